import Foundation
import Testing
@testable import CalidocKit
import Yams

/// Issue 13: every input file calidoc writes or shows as a model starts with the
/// `# yaml-language-server: $schema=…` line, and that line points at a schema `calidoc init` /
/// `calidoc schema` writes (relative to the YAML file, as the YAML language server reads it).
@Suite struct SchemaModelineTests {
    static let prefix = "# yaml-language-server: $schema="

    /// The schema path of a file's first line, or `nil` without one.
    static func modeline(_ text: String) -> String? {
        guard let first = text.split(separator: "\n", maxSplits: 1).first, first.hasPrefix(prefix) else { return nil }
        return String(first.dropFirst(prefix.count))
    }

    /// A workspace made by `calidoc init`, where `file` (a path inside it) resolves `target`.
    static func resolves(_ target: String, from file: String, in workspace: URL) -> Bool {
        let folder = workspace.appending(path: file).deletingLastPathComponent()
        let url = URL(fileURLWithPath: target, relativeTo: folder).standardizedFileURL
        return url.path.hasPrefix(workspace.standardizedFileURL.path) && FileManager.default.fileExists(atPath: url.path)
    }

    /// Which schema each kind of file must name.
    static func expectedSchema(for file: String) -> String {
        file.hasPrefix("sesiones/") ? "sesion.schema.json" : file.replacingOccurrences(of: ".yaml", with: ".schema.json")
    }

    @Test func initFilesPointAtSchemasInitWrites() throws {
        let folder = try TestPaths.temporaryFolder().appending(path: "nuevo")
        let written = try WorkspaceScaffold.create(in: folder, institution: "Servicio de Prueba", date: "2025-05-01")
        let inputs = written.filter { $0.pathExtension == "yaml" }
        #expect(!inputs.isEmpty)
        for url in inputs {
            let name = url.lastPathComponent
            let target = try #require(Self.modeline(try String(contentsOf: url, encoding: .utf8)), "\(name) has no $schema line")
            #expect(target == "esquemas/" + Self.expectedSchema(for: name))
            #expect(Self.resolves(target, from: name, in: folder), "\(name) → \(target)")
        }
    }

    /// `participacion.yaml` and `sesiones/N.yaml` are not written by `init`: the samples are the
    /// models a person copies (README: «copie Samples/gore-santiago/sesiones/3.yaml»), so they carry
    /// the line, and it resolves once `calidoc schema --out CARPETA/esquemas` (or `init`) has run.
    @Test(arguments: [
        (TestPaths.gore, "participacion.yaml"), (TestPaths.servicio, "participacion.yaml"), (TestPaths.gore, "sesiones/3.yaml"),
    ])
    func copiedFilesPointAtTheSchemaCommandsSchemas(sample: URL, file: String) throws {
        let text = try String(contentsOf: sample.appending(path: file), encoding: .utf8)
        let target = try #require(Self.modeline(text), "\(file) has no $schema line")
        let expected = Self.expectedSchema(for: file)
        #expect(target.hasSuffix("esquemas/" + expected))
        #expect(InputSchemas.all().map(\.file).contains(expected))
        // A workspace with the schemas `calidoc schema` writes and the file copied into it.
        let workspace = try TestPaths.temporaryFolder()
        _ = try InputSchemas.write(to: workspace.appending(path: "esquemas"))
        #expect(Self.resolves(target, from: file, in: workspace), "\(file) → \(target)")
        // The schema it names is the one of that file: it accepts the sample's keys.
        let schema = try #require(InputSchemas.all().first { $0.file == expected }?.json)
        let properties = try #require(schema["properties"] as? [String: Any])
        let loaded = try #require(try Yams.load(yaml: text) as? [String: Any])
        #expect(Set(loaded.keys).isSubset(of: Set(properties.keys)), "\(Set(loaded.keys).subtracting(properties.keys))")
    }
}
