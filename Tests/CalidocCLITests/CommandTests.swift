import ArgumentParser
import Foundation
import Testing
@testable import CalidocCLI
@testable import CalidocKit

/// End-to-end: parse arguments as the shell would and check the exit codes `ExitCodes` gives.
@Suite struct CommandTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let gore = repository.appending(path: "Samples/gore-santiago").path

    /// Runs a command and returns its exit code (0 when it returns normally).
    static func exitCode(_ arguments: [String]) -> Int32 {
        do {
            var command = try CalidocCommand.parseAsRoot(arguments)
            try command.run()
            return 0
        } catch let exit as ExitCode {
            return exit.rawValue
        } catch {
            return CalidocCommand.exitCode(for: error).rawValue
        }
    }

    @Test func rootCommandHasSpanishAbstract() {
        #expect(CalidocCommand.configuration.abstract.contains("Calidad de Servicio"))
        let names = CalidocCommand.configuration.subcommands.map { $0.configuration.commandName ?? "" }
        #expect(names == ["build", "validate", "diff", "deck", "archive", "sign", "verify", "init", "import",
                          "schema", "session", "serve", "cuentas"])
    }

    @Test func validateExitCodes() throws {
        #expect(Self.exitCode(["validate", Self.gore]) == 0)
        #expect(Self.exitCode(["validate", Self.gore, "--lang", "en"]) == 0)
        // The earlier version has warnings: fine, unless --strict.
        #expect(Self.exitCode(["validate", Self.gore + "/versiones/1-inicial"]) == 0)
        #expect(Self.exitCode(["validate", Self.gore + "/versiones/1-inicial", "--strict"]) == 65)
        #expect(Self.exitCode(["validate", "/no/existe"]) == 65)
        #expect(Self.exitCode(["validate", "--lang", "fr"]) == 64)
    }

    @Test func verifyExitCodes() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "calidoc-verify-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let unsigned = folder.appending(path: "resolucion.pdf")
        try Data("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".utf8).write(to: unsigned)
        // A PDF without signatures, and a file that is neither a PDF nor given a .p7s: exit 75.
        #expect(Self.exitCode(["verify", unsigned.path]) == 75)
        #expect(Self.exitCode(["verify", Self.gore + "/calidoc.yaml"]) == 75)
        // A broken /ByteRange is reported as a failed signature (75), not a crash.
        try Data("%PDF-1.7\n1 0 obj << /ByteRange [0 5 900 1] /Contents <00> >> endobj\n".utf8).write(to: unsigned)
        #expect(Self.exitCode(["verify", unsigned.path, "--lang", "en"]) == 75)
        // --signature needs --trust; a missing file is an error, not a crash.
        #expect(Self.exitCode(["verify", unsigned.path, "--signature", unsigned.path]) == 64)
        #expect(Self.exitCode(["verify", "/no/existe.pdf"]) == 75)
    }

    @Test func buildDiffInitSchema() throws {
        let out = FileManager.default.temporaryDirectory.appending(path: "calidoc-cli-\(UUID().uuidString)")
        #expect(Self.exitCode(["build", Self.gore, "--out", out.path, "--format", "html,odt", "--format", "docx"]) == 0)
        let written = try FileManager.default.subpathsOfDirectory(atPath: out.path).filter { $0.contains("politica.") }
        #expect(Set(written.map { URL(fileURLWithPath: $0).pathExtension }) == ["html", "odt", "docx"])
        #expect(Self.exitCode(["build", Self.gore, "--format", "rtf"]) == 64)
        #expect(Self.exitCode(["diff", Self.gore, Self.gore]) == 0)
        #expect(Self.exitCode(["diff", Self.gore + "/versiones/2-resultados", Self.gore, "--out", out.appending(path: "c.json").path, "--format", "json"]) == 1)
        #expect(FileManager.default.fileExists(atPath: out.appending(path: "c.json").path))
        let fresh = out.appending(path: "nuevo").path
        #expect(Self.exitCode(["init", fresh, "--institucion", "Prueba", "--fecha", "2025-01-01"]) == 0)
        // The example texts init writes validate, with a warning each: an error with --strict (issue 13).
        #expect(Self.exitCode(["validate", fresh]) == 0)
        #expect(Self.exitCode(["validate", fresh, "--strict"]) == 65)
        #expect(Self.exitCode(["init", fresh]) == 64)
        #expect(Self.exitCode(["schema", "--out", out.appending(path: "esquemas").path]) == 0)
    }
}
