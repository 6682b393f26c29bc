/// What kind of failure an error is; the CLI maps each category to one exit code (`ExitCodes.swift`).
public enum ErrorCategory: String, Sendable, CaseIterable {
    /// Wrong command-line usage.
    case usage
    /// An input file cannot be read or parsed (missing, invalid UTF-8, YAML syntax, too large).
    case input
    /// The inputs were read but break validation rules.
    case validation
    /// A template is broken (syntax, unknown element, missing partial).
    case template
    /// A writer could not produce its format (reference document, packaging).
    case writer
    /// Reading or writing files in the output folder failed.
    case io
    /// The archive is inconsistent or an archive operation failed.
    case archive
    /// A signature is invalid or cannot be checked.
    case signature
}

/// An error calidoc reports to a person: it says what failed, where, and how to fix it, in Spanish or English.
public protocol CalidocError: Error, Sendable {
    /// Which exit code family it belongs to.
    var category: ErrorCategory { get }
    /// The message in the requested language (may span several lines).
    func message(_ language: MessageLanguage) -> String
}

extension WriterError: CalidocError {
    /// Writer failures are `.writer`.
    public var category: ErrorCategory { .writer }
    /// The description (Spanish); English wording where available.
    public func message(_ language: MessageLanguage) -> String { description }
}

extension PackageError: CalidocError {
    /// Packaging failures are `.writer`.
    public var category: ErrorCategory { .writer }
    /// The description.
    public func message(_ language: MessageLanguage) -> String { description }
}
