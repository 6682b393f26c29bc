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
    /// What failed and how to fix it, in Spanish or English.
    public func message(_ language: MessageLanguage) -> String {
        guard language == .en else { return description }
        switch self {
        case .badReference(let name, let reason):
            return "the reference document «\(name)» cannot be used: \(reason)"
        case .missingResource(let name):
            return "the resource «\(name)» (an image) the document uses is missing; check its path in the manifest or template"
        case .package(let error):
            return error.message(language)
        case .unsupportedFormat(let format, let product):
            return FormatChoiceError(name: format.rawValue, product: product, format: format).message(.en)
        case .missingTool(let tool, _):
            return "the program «\(tool)» is missing: install LibreOffice (apt-get install libreoffice-writer-nogui) or use --format odt"
        case .conversionFailed(let reason):
            return "the PDF conversion failed: \(reason)"
        }
    }
}

extension PackageError: CalidocError {
    /// Packaging failures are `.writer`.
    public var category: ErrorCategory { .writer }
    /// What failed, in Spanish or English.
    public func message(_ language: MessageLanguage) -> String {
        guard language == .en else { return description }
        switch self {
        case .zip(let operation, let detail): return "libzip error in \(operation): \(detail)"
        case .duplicatePart(let path): return "part «\(path)» appears twice in the package (a writer bug)"
        case .unreadableArchive(let name): return "cannot read «\(name)» as a zip file (is it a valid .odt/.docx/.pptx?)"
        case .unsafeArchive(let name, let entry, let problem): return "«\(name)» is not used: \(problem.message(entry: entry).en)"
        }
    }
}
