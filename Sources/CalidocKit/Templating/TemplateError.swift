/// A broken template: where it is broken and how to fix it.
public struct TemplateError: CalidocError, Hashable {
    /// Template file (its name in `Templates/` or its path in the workspace override folder).
    public let file: String
    /// 1-based line in that file, when known.
    public let line: Int?
    /// What is wrong.
    public let problem: LocalizedMessage

    /// Creates a template error.
    public init(file: String, line: Int?, problem: LocalizedMessage) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    /// Template errors map to their own exit code.
    public var category: ErrorCategory { .template }

    /// `file:line: error: …` followed by a hint.
    public func message(_ language: MessageLanguage) -> String {
        let place = line.map { "\(file):\($0)" } ?? file
        let hint = language.pick(
            "revise la plantilla en esa línea (elementos permitidos: sección «Templates» del README de calidoc) o quite su versión personalizada",
            "check the template at that line (allowed elements: «Templates» section of calidoc's README) or remove your customised copy")
        return "\(place): error: \(problem.text(language)) [CAL-PL-001]\n    \(language.pick("sugerencia", "hint")): \(hint)"
    }

    /// As a diagnostic, for tools that list problems.
    public var diagnostic: Diagnostic {
        Diagnostic(
            severity: .error, code: "CAL-PL-001", message: problem,
            location: SourceLocation(file: file, line: line ?? 1, column: 1))
    }
}
