import Foundation
import GRDB
import Testing
@testable import CalidocKit

/// `calidoc archive verify|anchor|rebuild|export` and `calidoc sign` as a user runs them: exit codes,
/// the exact Spanish (and English) sentences, and that a read-only check writes nothing.
@Suite(.serialized) struct ArchiveVerifyProcessTests {
    static func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        let binary = try #require(ArchiveProcessTests.binary, "calidoc binary not built")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let (out, err) = (Pipe(), Pipe())
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let error = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: error, as: UTF8.self))
    }

    /// A workspace with a three-entry archive made by the binary.
    static func archived() throws -> URL {
        let workspace = try ArchiveProcessTests.workspace(files: 3)
        for index in 0..<3 {
            let result = try run(["archive", "add", workspace.appending(path: "firmado-\(index).pdf").path, "--document", "politica",
                                  "--version", "\(index)", "--workspace", workspace.path])
            try #require(result.status == 0, "\(result)")
        }
        return workspace
    }

    /// Names, sizes and contents of every file under `folder`.
    static func snapshot(_ folder: URL) throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            var directory: ObjCBool = false
            let url = folder.appending(path: path)
            _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &directory)
            files[path] = directory.boolValue ? [] : [UInt8](try Data(contentsOf: url))
        }
        return files
    }

    @Test func verifyWritesNothingAndWorksOnAReadOnlyCopy() throws {
        let workspace = try Self.archived()
        let archive = workspace.appending(path: "archivo")
        let before = try Self.snapshot(archive)
        #expect(try Self.run(["archive", "verify", "--workspace", workspace.path]).out.hasPrefix("archivo íntegro: 3 entradas y 10 archivos comprobados; cabeza 3:"))
        #expect(try Self.snapshot(archive) == before)
        // A read-only copy (the folder mounted from a CD or shared read-only).
        let copy = try CLITool.temporaryFolder().appending(path: "ws")
        try FileManager.default.copyItem(at: workspace, to: copy)
        let (status, _) = try CLITool.run(URL(fileURLWithPath: "/bin/chmod"), ["-R", "a-w", copy.appending(path: "archivo").path])
        #expect(status == 0)
        let result = try Self.run(["archive", "verify", "--workspace", copy.path, "--lang", "en"])
        #expect(result.status == 0 && result.out.hasPrefix("archive intact: 3 entries"), "\(result)")
        #expect(try Self.snapshot(copy.appending(path: "archivo")) == before)
        _ = try CLITool.run(URL(fileURLWithPath: "/bin/chmod"), ["-R", "u+w", copy.path])
    }

    @Test func aPathWithoutAnArchiveIsRefusedAndNothingIsCreated() throws {
        let folder = try CLITool.temporaryFolder().appending(path: "espacio-mal-escrito")
        for command in [["verify"], ["list"], ["show", "1"], ["anchor"], ["export", "1", folder.appending(path: "x").path]] {
            let result = try Self.run(["archive"] + command + ["--workspace", folder.path])
            #expect(result.status == 74, "\(command): \(result)")
            #expect(result.err == "calidoc: No hay un archivo de versiones en «\(folder.path)/archivo». Revise --workspace (el archivo se crea con «calidoc archive add»).\n")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path))
        // `add` with a mistyped workspace does not grow an archive there either.
        let signed = try CLITool.temporaryFolder().appending(path: "firmado.pdf")
        try Data("%PDF-1.7 firmado".utf8).write(to: signed)
        let add = try Self.run(["archive", "add", signed.path, "--document", "politica", "--version", "1", "--workspace", folder.path])
        #expect(add.status == 74)
        #expect(add.err == "calidoc: «\(folder.path)» no es válido: se espera una carpeta de espacio de trabajo con calidoc.yaml (revise --workspace).\n")
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test func damageIsReportedAndNothingIsServed() throws {
        let workspace = try Self.archived()
        let archive = workspace.appending(path: "archivo")
        // The index row of a file names a path outside the export folder.
        let database = try DatabaseQueue(path: archive.appending(path: "indice.sqlite").path)
        try database.write { db in
            try db.execute(sql: "UPDATE entradas SET json = replace(json, 'firmado-2.pdf', '../../escape.yaml') WHERE id = 3")
        }
        try database.close()
        let destination = try CLITool.temporaryFolder().appending(path: "a/b/destino")
        let export = try Self.run(["archive", "export", "3", destination.path, "--workspace", workspace.path])
        #expect(export.status == 74)
        #expect(export.err.hasPrefix("calidoc: El archivo está alterado: índice: la fila de la entrada 3 fue modificada. Nada se usó;"), "\(export.err)")
        #expect(!FileManager.default.fileExists(atPath: destination.deletingLastPathComponent().appending(path: "escape.yaml").path))
        #expect(!FileManager.default.fileExists(atPath: destination.path))
        let verify = try Self.run(["archive", "verify", "--workspace", workspace.path])
        #expect(verify.status == 1)
        #expect(verify.err.contains("calidoc: índice: la fila de la entrada 3 fue modificada\n"))
        #expect(verify.err.hasSuffix("calidoc: El archivo NO está íntegro (1 problema). Conserve esta carpeta como está y compárela con una copia de respaldo.\n"))
        // Rebuilt from the objects, the index says again what was archived.
        let rebuild = try Self.run(["archive", "rebuild", "--workspace", workspace.path])
        #expect(rebuild.status == 0 && rebuild.out.hasPrefix("índice reconstruido: 3 entradas; cabeza 3:"), "\(rebuild)")
        #expect(try Self.run(["archive", "verify", "--workspace", workspace.path]).status == 0)
        // Deleting the index is damage, not an empty archive.
        try FileManager.default.removeItem(at: archive.appending(path: "indice.sqlite"))
        let missing = try Self.run(["archive", "verify", "--workspace", workspace.path])
        #expect(missing.status == 1 && missing.err.contains("falta el índice (indice.sqlite); se puede reconstruir con «calidoc archive rebuild»"))
    }

    @Test func anchorPrintsTheHeadAndVerifyChecksIt() throws {
        let workspace = try Self.archived()
        let anchor = try Self.run(["archive", "anchor", "--workspace", workspace.path])
        #expect(anchor.status == 0)
        let head = anchor.out.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try ArchiveSeal(anchor: String(head)).entradas == 3)
        #expect(try Self.run(["archive", "verify", "--anchor", head, "--workspace", workspace.path]).status == 0)
        let wrong = "3:" + String(repeating: "0", count: 63) + "1"
        let result = try Self.run(["archive", "verify", "--anchor", wrong, "--workspace", workspace.path])
        #expect(result.status == 1 && result.err.contains("el archivo no conserva la cabeza anotada 3:000000000000…"))
        let bad = try Self.run(["archive", "verify", "--anchor", "tres", "--workspace", workspace.path])
        #expect(bad.status == 74 && bad.err == "calidoc: «tres» no es válido: se espera N:HASH (vea «calidoc archive anchor»).\n")
    }

    @Test func signRefusesAForeignKeyInSpanish() throws {
        let openssl = try #require(CLITool.find("openssl"), "openssl is missing: run .ci/setup test")
        let folder = try CLITool.temporaryFolder()
        let path = { (name: String) in folder.appending(path: name).path }
        for step in [["ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", path("a.key")],
                     ["ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", path("b.key")],
                     ["req", "-x509", "-new", "-key", path("a.key"), "-subj", "/CN=Firmante", "-days", "5", "-out", path("a.pem")]] {
            #expect(try CLITool.run(openssl, step).0 == 0)
        }
        try Data("documento".utf8).write(to: folder.appending(path: "doc.pdf"))
        let result = try Self.run(["sign", path("doc.pdf"), "--cert", path("a.pem"), "--key", path("b.key")])
        #expect(result.status == 75)
        #expect(result.err == "calidoc: La clave privada no corresponde al certificado. Use la clave con la que se emitió ese certificado.\n")
        #expect(!FileManager.default.fileExists(atPath: path("doc.pdf.p7s")))
        let english = try Self.run(["sign", path("doc.pdf"), "--cert", path("a.pem"), "--key", path("b.key"), "--lang", "en"])
        #expect(english.err == "calidoc: The private key does not belong to the certificate. Use the key the certificate was issued for.\n")
        let garbage = try Self.run(["verify", path("doc.pdf"), "--signature", path("a.key"), "--trust", path("a.pem")])
        #expect(garbage.status == 75 && garbage.err.hasPrefix("calidoc: La firma no se puede leer:") && !garbage.err.contains("detalle: "))
        let verbose = try Self.run(["verify", path("doc.pdf"), "--signature", path("a.key"), "--trust", path("a.pem"), "--verbose"])
        #expect(verbose.err.contains("calidoc: detalle: "))
    }
}

/// Temporary folders and external programs for the CLI tests.
enum CLITool {
    /// A new empty temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appending(path: "calidoc-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// An executable on PATH.
    static func find(_ name: String) -> URL? {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .map { URL(fileURLWithPath: String($0)).appending(path: name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs a program and returns (exit status, stdout + stderr).
    static func run(_ executable: URL, _ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
