import Foundation
import Testing
@testable import CalidocKit

/// A copy of the servicio sample in a temporary folder, for hostile-input tests: change files,
/// build into an empty output folder, and see what came out.
struct HostileWorkspace {
    /// The workspace folder.
    let folder: URL
    /// The output root, empty until a build writes something.
    let output: URL

    /// Copies the servicio sample (its YAML inputs) into a fresh folder.
    init() throws {
        folder = try TestPaths.temporaryFolder()
        output = try TestPaths.temporaryFolder()
        for name in ["calidoc.yaml", "politica.yaml", "plan.yaml", "diagnostico.yaml"] {
            try FileManager.default.copyItem(at: TestPaths.servicio.appending(path: name), to: folder.appending(path: name))
        }
    }

    /// The URL of a file of the workspace.
    func url(_ name: String) -> URL { folder.appending(path: name) }

    /// Replaces (or creates) a file with text.
    func write(_ name: String, _ text: String) throws {
        try write(name, Array(text.utf8))
    }

    /// Replaces (or creates) a file with bytes, creating its folder.
    func write(_ name: String, _ bytes: [UInt8]) throws {
        try FileManager.default.createDirectory(at: url(name).deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url(name))
    }

    /// Adds lines at the end of the manifest.
    func appendToManifest(_ lines: String) throws {
        let text = try String(contentsOf: url("calidoc.yaml"), encoding: .utf8)
        try write("calidoc.yaml", text + lines)
    }

    /// The manifest line (1-based) where `lines` will start once appended.
    func nextManifestLine() throws -> Int {
        try String(contentsOf: url("calidoc.yaml"), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).count
    }

    /// Runs `calidoc build` (html, odt, docx) and returns the error it threw, or `nil`.
    func build(reference: URL? = nil) -> (any Error)? {
        do {
            _ = try BuildPipeline().run(
                .init(workspace: folder, formats: [.html, .odt, .docx], outputRoot: output, reference: reference))
            return nil
        } catch {
            return error
        }
    }

    /// Every file under the output root (hidden ones too).
    func outputs() throws -> [String] {
        try FileManager.default.subpathsOfDirectory(atPath: output.path).filter { path in
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: output.appending(path: path).path, isDirectory: &isDirectory)
            return !isDirectory.boolValue
        }
    }

    /// Builds, expects a failure of the input stage, and returns its one error diagnostic; checks
    /// that nothing was written.
    func loaderError(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Diagnostic {
        let error = build()
        let failure = try #require(error as? BuildFailure, "expected BuildFailure, got \(String(describing: error))", sourceLocation: sourceLocation)
        #expect(try outputs().isEmpty, sourceLocation: sourceLocation)
        let errors = failure.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1, "\(errors.map { $0.headline(.es) })", sourceLocation: sourceLocation)
        return try #require(errors.first, sourceLocation: sourceLocation)
    }
}
