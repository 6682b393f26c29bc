/// A writer turns the format-neutral ``Document`` into the bytes of one output format.
///
/// ```swift
/// struct HTMLWriter: DocumentWriter {
///     static let format = OutputFormat.html
///     func write(_ document: Document, options: WriterOptions) throws -> [UInt8] { … }
/// }
/// ```
public protocol DocumentWriter: Sendable {
    /// The format this writer produces.
    static var format: OutputFormat { get }
    /// Renders `document`.
    ///
    /// - Throws: ``WriterError`` when the document cannot be written (a broken reference document …).
    func write(_ document: Document, options: WriterOptions) throws -> [UInt8]
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
    /// The format has no writer yet.
    case unsupportedFormat(OutputFormat)
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
        case .unsupportedFormat(let format):
            "el formato «\(format.rawValue)» aún no tiene escritor"
        case .missingTool(let tool, let hint):
            "falta el programa «\(tool)»: \(hint)"
        case .conversionFailed(let reason):
            "falló la conversión a PDF: \(reason)"
        }
    }
}
