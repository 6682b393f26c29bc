import ArgumentParser
import Foundation
import Testing
@testable import CalidocCLI
@testable import CalidocKit

/// Issue 13: `calidoc build` and `calidoc init` do what a person expects, and every message says
/// what really happened. Run through the real executable, so stdout, stderr and exit codes are
/// exactly what a user sees.
@Suite(.serialized) struct BuildCommandTests {
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static let samples = CommandTests.repository.appending(path: "Samples")

    static func run(_ arguments: [String], in folder: URL? = nil) throws -> Run {
        let binary = try #require(CalidocBinary.find(), "the calidoc executable was not found; build it with «swift build»")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appending(path: "calidoc-build-\(UUID().uuidString)").standardizedFileURL
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func copySample(_ name: String, to url: URL) throws {
        try FileManager.default.copyItem(at: samples.appending(path: name), to: url)
    }

    /// Relative path → bytes of every file below `folder`.
    static func files(in folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for path in (try? FileManager.default.subpathsOfDirectory(atPath: folder.path)) ?? [] {
            let url = folder.appending(path: path)
            if !AtomicFile.isFolder(url) { result[path] = try Data(contentsOf: url) }
        }
        return result
    }

    @Test func outThatIsAFileIsRefusedInSpanish() throws {
        let root = try Self.folder()
        let file = root.appending(path: "salida.txt")
        try Data("no soy carpeta".utf8).write(to: file)
        let result = try Self.run(["build", Self.samples.appending(path: "gore-santiago").path, "--out", file.path])
        #expect(result.status == 73)
        #expect(result.stderr == "calidoc: «\(file.path)» es un archivo, no una carpeta: indique con --out una carpeta nueva o existente; no se escribió ningún documento\n")
        #expect(try String(contentsOf: file, encoding: .utf8) == "no soy carpeta")
        let below = try Self.run(["build", Self.samples.appending(path: "gore-santiago").path, "--out", file.appending(path: "sub").path, "--lang", "en"])
        #expect(below.status == 73)
        #expect(below.stderr == "calidoc: «\(file.path)» is a file, not a folder: give --out a new or existing folder; no document was written\n")
    }

    /// One output path taken by a folder: no document of the build is replaced, and the message says so.
    @Test func aFolderInTheWayReplacesNothing() throws {
        let root = try Self.folder()
        let workspace = root.appending(path: "servicio")
        try Self.copySample("servicio-tramites", to: workspace)
        let out = root.appending(path: "Output")
        #expect(try Self.run(["build", workspace.path, "--out", out.path, "--format", "html"]).status == 0)
        let before = try Self.files(in: out)
        let folder = out.appending(path: "senatrac-servicio-nacional-de-tramites-ciudadanos/2025-1")
        // politica.html comes first in the build; plan.html, later, is now a folder.
        try FileManager.default.removeItem(at: folder.appending(path: "plan.html"))
        try FileManager.default.createDirectory(at: folder.appending(path: "plan.html"), withIntermediateDirectories: false)
        let policy = workspace.appending(path: "politica.yaml")
        let text = try String(contentsOf: policy, encoding: .utf8).replacingOccurrences(of: "tiene la misión de facilitar", with: "tiene la misión de facilitar siempre")
        try Data(text.utf8).write(to: policy)
        let result = try Self.run(["build", workspace.path, "--out", out.path, "--format", "html"])
        #expect(result.status == 73)
        #expect(result.stderr.hasSuffix(
            "calidoc: «\(folder.path)/plan.html» es una carpeta y no se puede reemplazar por el documento: muévala o elija otra carpeta con --out; "
                + "no se reemplazó ningún documento (los anteriores quedan intactos)\n"))
        let after = try Self.files(in: out)
        for (path, bytes) in before where !path.hasSuffix("plan.html") { #expect(after[path] == bytes, "\(path) was replaced") }
        #expect(after.keys.filter { $0.contains(".tmp-") }.isEmpty)
    }

    @Test func aFolderWithoutManifestIsNotSearchedUnlessAsked() throws {
        let root = try Self.folder()
        try Self.copySample("gore-santiago", to: root.appending(path: "gore"))
        try Self.copySample("servicio-tramites", to: root.appending(path: "servicio"))
        let out = root.appending(path: "Output")
        let refused = try Self.run(["build", "--out", out.path], in: root)
        #expect(refused.status == 64)
        #expect(refused.stderr == "calidoc: «.» no contiene calidoc.yaml pero tiene 2 espacio(s) de trabajo dentro (gore, servicio); "
            + "nómbrelos (calidoc build gore servicio) o agregue --todos para generarlos todos\n")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let empty = try Self.folder()
        let nothing = try Self.run(["build", empty.path])
        #expect(nothing.status == 64)
        #expect(nothing.stderr == "calidoc: «\(empty.path)» no es un espacio de trabajo: no contiene calidoc.yaml (créelo con «calidoc init \(empty.path)»)\n")
        let all = try Self.run(["build", ".", "--todos", "--out", out.path, "--format", "html"], in: root)
        #expect(all.status == 0)
        #expect(all.stderr.hasPrefix("Se generarán 2 espacios de trabajo: gore, servicio\n"))
        #expect(try Self.files(in: out).keys.filter { $0.hasSuffix(".html") }.count == 6)
    }

    @Test func twoWorkspacesIntoOneFolderAreRefusedBeforeWriting() throws {
        let root = try Self.folder()
        try Self.copySample("servicio-tramites", to: root.appending(path: "copia-a"))
        try Self.copySample("servicio-tramites", to: root.appending(path: "copia-b"))
        let out = root.appending(path: "Output")
        let result = try Self.run(["build", "copia-a", "copia-b", "--out", "Output"], in: root)
        #expect(result.status == 64)
        #expect(result.stderr == "calidoc: «copia-a» y «copia-b» escribirían en la misma carpeta «Output/senatrac-servicio-nacional-de-tramites-ciudadanos/2025-1» "
            + "(misma institución y versión) y uno borraría al otro; no se generó ningún documento (genérelos por separado con --out distintos, o cambie version.etiqueta)\n")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func strictBuildFailsOnWarningsAndWritesNothing() throws {
        let out = try Self.folder().appending(path: "Output")
        let earlier = Self.samples.appending(path: "gore-santiago/versiones/1-inicial").path
        #expect(try Self.run(["build", earlier, "--out", out.path, "--format", "html"]).status == 0)
        try FileManager.default.removeItem(at: out)
        let strict = try Self.run(["build", earlier, "--out", out.path, "--format", "html", "--strict"])
        #expect(strict.status == 65)
        #expect(strict.stderr.contains("calidoc: el espacio de trabajo tiene "))
        #expect(strict.stderr.hasSuffix(" advertencia(s) y se pidió --strict; no se generó ningún documento (corríjalas o quite --strict)\n"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func initPrintsNextStepsAndItsTextsAreFlagged() throws {
        let root = try Self.folder()
        let result = try Self.run(["init", "nuevo", "--institucion", "Servicio de Prueba", "--fecha", "2025-03-01"], in: root)
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("""

            Espacio de trabajo creado en «nuevo». Próximos pasos:
              1. Complete calidoc.yaml con los datos de su institución.
              2. Reemplace los textos de ejemplo de politica.yaml, plan.yaml y diagnostico.yaml (calidoc validate señala los que quedan).
              3. Revise los archivos:     calidoc validate nuevo
              4. Genere los documentos:   calidoc build nuevo

            """))
        let validate = try Self.run(["validate", "nuevo"], in: root)
        #expect(validate.status == 0)
        #expect(validate.stderr.contains("nuevo/plan.yaml:8:23: advertencia: «Área responsable» es un texto de ejemplo de calidoc init y quedaría así en el documento [R-TXT-01]"))
        #expect(try Self.run(["validate", "nuevo", "--strict"], in: root).status == 65)
        #expect(try Self.run(["build", "nuevo", "--strict", "--out", "Output"], in: root).status == 65)
    }

    /// Every command of this room explains itself with at least one example.
    @Test func helpTextsHaveExamples() {
        let commands: [any ParsableCommand.Type] = [
            CalidocCommand.Build.self, CalidocCommand.Validate.self, CalidocCommand.Init.self, CalidocCommand.Diff.self,
            CalidocCommand.Deck.self, CalidocCommand.Schema.self,
        ]
        for command in commands {
            let help = command.helpMessage()
            #expect(help.contains("Ejemplo"), "\(command._commandName)")
            #expect(help.contains("calidoc \(command._commandName) "), "\(command._commandName)")
        }
    }
}
