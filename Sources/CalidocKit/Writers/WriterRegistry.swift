/// The one table from output format to writer.
public enum WriterRegistry {
    /// The writer for a format.
    ///
    /// - Throws: ``WriterError/unsupportedFormat(_:)`` for formats without a writer yet.
    public static func writer(for format: OutputFormat) throws -> any DocumentWriter {
        switch format {
        case .html: HTMLWriter()
        case .odt: ODTWriter()
        case .docx: DOCXWriter()
        case .pdf: PDFWriter()
        case .odp, .pptx: throw WriterError.unsupportedFormat(format)
        }
    }

    /// Formats that have a writer.
    public static var supportedFormats: [OutputFormat] {
        OutputFormat.allCases.filter { (try? writer(for: $0)) != nil }
    }
}
