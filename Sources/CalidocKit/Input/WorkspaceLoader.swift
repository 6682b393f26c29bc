import Foundation
import Yams

/// A workspace read from disk, with every problem found while reading it.
public struct LoadedWorkspace: Sendable {
    /// The decoded workspace; `nil` when the manifest itself could not be read.
    public var workspace: Workspace?
    /// Problems found while reading and decoding (syntax, types, unknown keys …).
    public var diagnostics: [Diagnostic]

    /// Creates a result.
    public init(workspace: Workspace?, diagnostics: [Diagnostic]) {
        self.workspace = workspace
        self.diagnostics = diagnostics
    }
}

/// Reads a workspace folder (`calidoc.yaml` plus the input files that exist).
///
/// PROVISIONAL implementation (plain `YAMLDecoder`, no positions): the inputs issue replaces its
/// internals with a position-keeping loader; the signature stays.
public enum WorkspaceLoader {
    /// Reads the workspace in `directory`.
    public static func load(at directory: URL) -> LoadedWorkspace {
        var diagnostics: [Diagnostic] = []
        func read<T: Decodable>(_ file: InputFile, as type: T.Type) -> T? {
            let url = directory.appending(path: file.rawValue)
            guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
            do {
                return try YAMLDecoder().decode(T.self, from: data)
            } catch {
                diagnostics.append(
                    Diagnostic(
                        severity: .error, code: "CAL-IN-000",
                        message: LocalizedMessage(es: "\(error)", en: "\(error)"),
                        location: SourceLocation(file: url.path, line: 1, column: 1)))
                return nil
            }
        }
        guard let manifest = read(.manifest, as: Manifest.self) else {
            return LoadedWorkspace(workspace: nil, diagnostics: diagnostics)
        }
        let workspace = Workspace(
            directory: directory, manifest: manifest, policy: read(.politica, as: Policy.self),
            plan: read(.plan, as: ImprovementPlan.self), diagnosis: read(.diagnostico, as: Diagnosis.self),
            participation: read(.participacion, as: Participation.self),
            recommendations: read(.recomendaciones, as: Recommendations.self))
        return LoadedWorkspace(workspace: workspace, diagnostics: diagnostics)
    }
}
