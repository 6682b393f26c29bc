/// The one table from output format to writer: every command (and the web application) asks here.
///
/// Which products a format serves is ``OutputFormat/products``; the `switch`es below give the
/// writer of each, with no `default:`, so a new format does not compile until it has its row.
public enum WriterRegistry {
    /// The writer of documents, change summaries or redlines in `format`.
    ///
    /// - Throws: ``WriterError/unsupportedFormat(_:_:)`` when `format` does not serve `product`
    ///   (the commands refuse that while parsing arguments, so this is the library's guard).
    public static func writer(for format: OutputFormat, product: OutputProduct = .document) throws -> any DocumentWriter {
        guard format.serves(product), product != .deck, let writer = documentWriter(for: format) else {
            throw WriterError.unsupportedFormat(format, product)
        }
        return writer
    }

    /// The writer of slide decks in `format`.
    ///
    /// - Throws: ``WriterError/unsupportedFormat(_:_:)`` when `format` writes no decks.
    public static func deckWriter(for format: OutputFormat) throws -> any DeckWriter {
        let writer: (any DeckWriter)? =
            switch format {
            case .html: HTMLSlidesWriter()
            case .odp: ODPWriter()
            case .pptx: PPTXWriter()
            case .odt, .docx, .pdf, .md, .text, .json: nil
            }
        guard format.serves(.deck), let writer else { throw WriterError.unsupportedFormat(format, .deck) }
        return writer
    }

    /// The ``DocumentWriter`` of a format, if it has one (JSON is the change set itself, decks have their own).
    static func documentWriter(for format: OutputFormat) -> (any DocumentWriter)? {
        switch format {
        case .html: HTMLWriter()
        case .odt: ODTWriter()
        case .docx: DOCXWriter()
        case .pdf: PDFWriter()
        case .md: MarkdownWriter()
        case .text: PlainTextWriter()
        case .json, .odp, .pptx: nil
        }
    }

    /// Formats that write documents.
    public static var supportedFormats: [OutputFormat] { OutputFormat.serving(.document) }
}
