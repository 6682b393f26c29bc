import Foundation

/// The result of `calidoc validate`: loading problems, rule findings and a summary.
public struct WorkspaceValidation: Sendable {
    /// The folder validated (or the folder in-memory files stand for).
    public let directory: URL
    /// What the loader produced.
    public let loaded: LoadedWorkspace
    /// Loader and rule diagnostics together.
    public let diagnostics: [Diagnostic]
    /// Counts and computed figures, when the workspace could be read.
    public let summary: WorkspaceSummary?

    /// Loads and validates the workspace in `directory`.
    public static func run(at directory: URL) -> WorkspaceValidation {
        validate(WorkspaceLoader.load(at: directory), directory: directory, sessions: SessionLoader.check(in: directory))
    }

    /// Loads and validates a workspace whose input files are in memory (see ``WorkspaceLoader/load(files:directory:)``).
    public static func run(files: [InputFile: [UInt8]], directory: URL) -> WorkspaceValidation {
        validate(WorkspaceLoader.load(files: files, directory: directory), directory: directory)
    }

    /// Validates a workspace built in memory (an import, a generated benchmark version): every rule
    /// that reads the model runs; findings carry no source location, as there is no file.
    public static func run(model workspace: Workspace) -> WorkspaceValidation {
        let loaded = LoadedWorkspace(workspace: workspace, diagnostics: [])
        let diagnostics = Validator.validate(workspace, sourceMap: loaded.sourceMap)
        return WorkspaceValidation(
            directory: workspace.directory, loaded: loaded, diagnostics: diagnostics, summary: WorkspaceSummary(workspace))
    }

    private static func validate(_ loaded: LoadedWorkspace, directory: URL, sessions: [Diagnostic] = []) -> WorkspaceValidation {
        var diagnostics = loaded.diagnostics + sessions
        var summary: WorkspaceSummary?
        if let workspace = loaded.workspace {
            let unreadable = Set(loaded.diagnostics.filter { $0.severity == .error }.compactMap { diagnostic in
                diagnostic.location.flatMap { InputFile(rawValue: URL(fileURLWithPath: $0.file).lastPathComponent) }
            })
            diagnostics += Validator.validate(workspace, sourceMap: loaded.sourceMap, unreadable: unreadable)
            diagnostics += loaded.layoutFindings
            diagnostics += TemplateSet.keyDiagnostics(for: workspace)
            summary = WorkspaceSummary(workspace)
        }
        return WorkspaceValidation(directory: directory, loaded: loaded, diagnostics: diagnostics, summary: summary)
    }

    /// Whether the result must fail the command (errors, or warnings with `--strict`).
    public func failed(strict: Bool) -> Bool {
        diagnostics.contains { $0.severity == .error || (strict && $0.severity == .warning) }
    }

    /// The errors.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
}
