import Foundation

/// One domain or structural rule checked on a decoded workspace.
///
/// ```swift
/// struct ObjectiveLinkRule: ValidationRule {
///     func check(_ workspace: Workspace, context: ValidationContext) -> [Diagnostic] { … }
/// }
/// ```
protocol ValidationRule: Sendable {
    /// Checks the workspace and returns every problem found.
    func check(_ workspace: Workspace, context: ValidationContext) -> [Diagnostic]
}

/// What a rule needs besides the workspace: positions, and a way to word diagnostics.
struct ValidationContext: Sendable {
    let sourceMap: SourceMap
    /// Input files that exist but could not be read (their errors are already reported): a rule that
    /// needs one stays silent instead of saying the file is missing.
    var unreadable: Set<InputFile> = []
    /// The workspace's texts, found once for every rule that reads them all (R-TXT-01, R-TXT-02).
    let texts = TextLeavesOnce()

    /// A diagnostic located at `path` of `file` (or its nearest recorded ancestor).
    func diagnostic(
        _ severity: Diagnostic.Severity, _ code: String, es: String, en: String, file: InputFile,
        _ path: [any PathComponentConvertible], hintES: String? = nil, hintEN: String? = nil,
        formHintES: String? = nil, formHintEN: String? = nil
    ) -> Diagnostic {
        let hint: LocalizedMessage? = hintES.map { LocalizedMessage(es: $0, en: hintEN ?? $0) }
        let formHint: LocalizedMessage? = formHintES.map { LocalizedMessage(es: $0, en: formHintEN ?? $0) }
        return Diagnostic(
            severity: severity, code: code, message: LocalizedMessage(es: es, en: en),
            location: sourceMap.location(file, path), hint: hint, formHint: formHint)
    }
}

/// ``TextLeaves/all(_:)`` of one workspace, computed the first time a rule asks.
final class TextLeavesOnce: @unchecked Sendable {
    private let lock = NSLock()
    private var found: [(file: InputFile, path: [any PathComponentConvertible], text: String)]?

    /// The texts of `workspace` (always the same workspace for one validation).
    func of(_ workspace: Workspace) -> [(file: InputFile, path: [any PathComponentConvertible], text: String)] {
        lock.withLock {
            if let found { return found }
            let leaves = TextLeaves.all(workspace)
            found = leaves
            return leaves
        }
    }
}
