import Foundation

/// A workspace that passed validation: what build, diff, deck, the archive and the web server take.
///
/// Only ``WorkspaceValidation/validated(strict:)`` makes one (its initializer is not public), so a
/// stage that needs valid input cannot be handed a workspace that skipped the rules.
public struct ValidatedWorkspace: Sendable {
    /// The decoded inputs.
    public let workspace: Workspace
    /// What the loader read (source lines for printing the warnings with their carets).
    public let loaded: LoadedWorkspace
    /// The warnings that did not stop it (never an error).
    public let warnings: [Diagnostic]

    init(workspace: Workspace, loaded: LoadedWorkspace, warnings: [Diagnostic]) {
        self.workspace = workspace
        self.loaded = loaded
        self.warnings = warnings
    }

    /// The folder it was read from.
    public var directory: URL { workspace.directory }
    /// `calidoc.yaml`.
    public var manifest: Manifest { workspace.manifest }
}

/// A workspace that validation refused: its errors (or, with `--strict`, its warnings).
public struct ValidationFailure: CalidocError {
    /// The folder.
    public let directory: URL
    /// Every finding, errors and warnings, in the order validation produced them.
    public let diagnostics: [Diagnostic]
    /// What the loader read (for printing the findings with their source lines).
    public let loaded: LoadedWorkspace
    /// Whether only warnings stopped it (`--strict`).
    public let strict: Bool

    /// The errors (the warnings, when only `--strict` stopped it).
    public var blocking: [Diagnostic] {
        let errors = diagnostics.filter { $0.severity == .error }
        return errors.isEmpty && strict ? diagnostics.filter { $0.severity == .warning } : errors
    }

    /// A missing manifest or a file that cannot be read is an input error; the rest, validation.
    public var category: ErrorCategory { loaded.workspace == nil ? .input : .validation }

    /// One sentence; the findings themselves are printed with their locations.
    public func message(_ language: MessageLanguage) -> String {
        let count = max(1, blocking.count)
        let path = directory.path
        if blocking.allSatisfy({ $0.severity == .warning }) && strict {
            return language.pick(
                "«\(path)» tiene \(count) advertencia\(count == 1 ? "" : "s") y se pidió --strict; corríjalas o quite --strict",
                "«\(path)» has \(count) warning\(count == 1 ? "" : "s") and --strict was given; fix them or drop --strict")
        }
        return language.pick(
            "«\(path)» tiene \(count) error\(count == 1 ? "" : "es"); corríjalos y vuelva a intentarlo",
            "«\(path)» has \(count) error\(count == 1 ? "" : "s"); fix them and try again")
    }
}

extension WorkspaceValidation {
    /// The workspace, when validation let it through.
    ///
    /// - Parameter strict: Warnings stop it too.
    /// - Throws: ``ValidationFailure`` with every finding.
    public func validated(strict: Bool = false) throws -> ValidatedWorkspace {
        guard let workspace = loaded.workspace, !failed(strict: strict) else {
            throw ValidationFailure(
                directory: loaded.workspace?.directory ?? directory, diagnostics: diagnostics, loaded: loaded,
                strict: strict && errors.isEmpty)
        }
        return ValidatedWorkspace(
            workspace: workspace, loaded: loaded, warnings: diagnostics.filter { $0.severity != .error })
    }

    /// Loads, validates and returns the workspace in `directory` (see ``validated(strict:)``).
    public static func validated(at directory: URL, strict: Bool = false) throws -> ValidatedWorkspace {
        try run(at: directory).validated(strict: strict)
    }
}
