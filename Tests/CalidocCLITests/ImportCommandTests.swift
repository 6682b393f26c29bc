import Foundation
import Testing
@testable import CalidocCLI
@testable import CalidocKit

/// `calidoc import`: exit codes, files written, never overwriting.
@Suite struct ImportCommandTests {
    static let corpus = CommandTests.repository.appending(path: "Tests/CalidocKitTests/Import/Corpus")

    static func temporary() -> URL {
        FileManager.default.temporaryDirectory.appending(path: "calidoc-import-\(UUID().uuidString)")
    }

    @Test func importWritesAWorkspaceThatValidatesAndExitsZero() throws {
        let folder = Self.temporary()
        let document = Self.corpus.appending(path: "tramites-writer.odt").path
        #expect(CommandTests.exitCode(["import", document, "--out", folder.path, "--institucion", "Servicio Nacional de Trámites"]) == 0)
        for name in ["calidoc.yaml", "politica.yaml", "importacion.md", "esquemas/politica.schema.json"] {
            #expect(FileManager.default.fileExists(atPath: folder.appending(path: name).path), "\(name)")
        }
        let manifest = try String(contentsOf: folder.appending(path: "calidoc.yaml"), encoding: .utf8)
        #expect(manifest.contains("nombre: \"Servicio Nacional de Trámites\""))
        #expect(CommandTests.exitCode(["validate", folder.path]) == 0)
    }

    @Test func importNeverOverwritesAndExitsAsUsageError() throws {
        let folder = Self.temporary()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "mío".write(to: folder.appending(path: "notas.txt"), atomically: true, encoding: .utf8)
        let document = Self.corpus.appending(path: "fomento-aysen.docx").path
        #expect(CommandTests.exitCode(["import", document, "--out", folder.path]) == 64)
        #expect(!FileManager.default.fileExists(atPath: folder.appending(path: "politica.yaml").path))
    }

    @Test func unreadableDocumentsExit65AndWriteNothing() throws {
        let folder = Self.temporary()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let pdf = folder.appending(path: "politica.pdf")
        try Data("%PDF-1.4\n".utf8).write(to: pdf)
        let out = folder.appending(path: "salida")
        #expect(CommandTests.exitCode(["import", pdf.path, "--out", out.path]) == 65)
        #expect(CommandTests.exitCode(["import", folder.appending(path: "no-existe.docx").path, "--out", out.path]) == 65)
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
