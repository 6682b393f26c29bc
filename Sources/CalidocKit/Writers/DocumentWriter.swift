/// A writer turns the format-neutral ``Document`` into one output format, and says what the format
/// could not show (as pandoc's writers log "block not rendered").
///
/// ```swift
/// struct HTMLWriter: DocumentWriter {
///     static let format = OutputFormat.html
///     func render(_ document: Document, options: WriterOptions) throws -> WriterOutput { … }
/// }
/// ```
public protocol DocumentWriter: Sendable {
    /// The format this writer produces.
    static var format: OutputFormat { get }
    /// Renders `document`: the bytes, plus a warning for each thing the format could not show.
    ///
    /// - Throws: ``WriterError`` when the document cannot be written (a broken reference document …).
    func render(_ document: Document, options: WriterOptions) throws -> WriterOutput
}

extension DocumentWriter {
    /// Renders `document` and keeps only the bytes (for callers that report no warnings).
    ///
    /// - Throws: ``WriterError``.
    public func write(_ document: Document, options: WriterOptions) throws -> [UInt8] {
        try render(document, options: options).bytes
    }
}

/// A writer of slide decks (``Presentation``), under the same contract as ``DocumentWriter``.
public protocol DeckWriter: Sendable {
    /// The format this writer produces.
    static var format: OutputFormat { get }
    /// Renders `presentation`: the bytes, plus a warning for each thing the format could not show.
    ///
    /// - Throws: ``WriterError``.
    func render(_ presentation: Presentation, options: WriterOptions) throws -> WriterOutput
}

/// What a writer produced: the file's bytes and what it could not render.
public struct WriterOutput: Sendable {
    /// The file.
    public var bytes: [UInt8]
    /// What the format could not show, in document order, each reported once.
    public var warnings: [WriterWarning]

    /// Creates an output; repeated warnings are kept once.
    public init(bytes: [UInt8], warnings: [WriterWarning] = []) {
        self.bytes = bytes
        var unique: [WriterWarning] = []
        for warning in warnings where !unique.contains(warning) { unique.append(warning) }
        self.warnings = unique
    }
}

/// Options every writer understands.
public struct WriterOptions: Sendable {
    /// Bytes of a reference document (`--reference`): styles, page layout, header and footer come from it.
    public var referenceDocument: [UInt8]?
    /// Name of the reference document, for messages.
    public var referenceName: String?
    /// Language of warnings and generated labels.
    public var language: MessageLanguage
    /// PDF only: produce PDF/A-2b.
    public var pdfA: Bool

    /// Creates options.
    public init(
        referenceDocument: [UInt8]? = nil, referenceName: String? = nil, language: MessageLanguage = .es, pdfA: Bool = false
    ) {
        self.referenceDocument = referenceDocument
        self.referenceName = referenceName
        self.language = language
        self.pdfA = pdfA
    }
}

/// Failures while writing a document.
public enum WriterError: Error, Sendable, CustomStringConvertible {
    /// The reference document cannot be used.
    case badReference(name: String, reason: String)
    /// A resource (image) the body refers to is missing.
    case missingResource(String)
    /// Packaging failed.
    case package(PackageError)
    /// The format cannot write this product (the commands refuse it while parsing arguments).
    case unsupportedFormat(OutputFormat, OutputProduct)
    /// An external program the format needs is not installed.
    case missingTool(String, hint: String)
    /// The external conversion failed.
    case conversionFailed(String)

    /// What failed and how to fix it.
    public var description: String {
        switch self {
        case .badReference(let name, let reason):
            "el documento de referencia «\(name)» no se puede usar: \(reason)"
        case .missingResource(let name):
            "falta el recurso «\(name)» (imagen) que el documento usa; revise la ruta en el manifiesto o la plantilla"
        case .package(let error):
            error.description
        case .unsupportedFormat(let format, let product):
            FormatChoiceError(name: format.rawValue, product: product, format: format).message(.es)
        case .missingTool(let tool, let hint):
            "falta el programa «\(tool)»: \(hint)"
        case .conversionFailed(let reason):
            "falló la conversión a PDF: \(reason)"
        }
    }
}
