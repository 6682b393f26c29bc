/// A problem found in the inputs or templates, with where it is and how to fix it.
///
/// Prints as `politica.yaml:12:7: error: falta la clave obligatoria «titulo» [CAL012]`,
/// followed by the source line and a caret under the column.
public struct Diagnostic: Hashable, Sendable, Codable {
    /// How serious the problem is.
    public enum Severity: String, Hashable, Sendable, Codable, Comparable {
        case note
        case warning
        case error

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }

        /// Orders notes < warnings < errors.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// How serious it is.
    public var severity: Severity
    /// Stable rule or error code, e.g. `CAL012` or `R-ACT-01`.
    public var code: String
    /// What is wrong.
    public var message: LocalizedMessage
    /// Where it is, when known.
    public var location: SourceLocation?
    /// How to fix it, when there is something useful to say.
    public var hint: LocalizedMessage?
    /// How to fix it in the web application's form, when ``hint`` speaks of YAML keys, files or
    /// command options that a person filling in the form never sees (the form shows labels).
    public var formHint: LocalizedMessage?

    /// The hint for the web application's form: ``formHint`` when there is one, else ``hint``.
    public var hintForForm: LocalizedMessage? { formHint ?? hint }

    /// Creates a diagnostic.
    public init(
        severity: Severity, code: String, message: LocalizedMessage, location: SourceLocation? = nil,
        hint: LocalizedMessage? = nil, formHint: LocalizedMessage? = nil
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.hint = hint
        self.formHint = formHint
    }
}
