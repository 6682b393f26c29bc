/// Every output format calidoc writes, for every product: the one registry of formats.
///
/// Each format says its file extension, media type, which products it serves (``OutputProduct``)
/// and which kind of reference document styles it (``ReferenceKind``); ``WriterRegistry`` gives its
/// writer. Commands parse `--format` against this list and refuse, before doing anything, a format
/// that does not serve the product asked for (`build --format pptx`, `diff --redline --format md`).
///
/// Adding a format: a case here, its row in each `switch` below, its writer in ``WriterRegistry``;
/// the compiler points at every place (no `default:`). See README "Output formats".
public enum OutputFormat: String, Codable, Hashable, Sendable, CaseIterable {
    /// Standalone HTML5 (documents, change summaries, redlines with `<ins>`/`<del>`, slide decks).
    case html
    /// ODF text (documents, change summaries, redlines with `text:tracked-changes`).
    case odt
    /// WordprocessingML (documents, change summaries, redlines with `w:ins`/`w:del`).
    case docx
    /// PDF through LibreOffice from calidoc's ODT (documents).
    case pdf
    /// GitHub-flavoured Markdown (documents, change summaries).
    case md
    /// Plain UTF-8 text (change summaries).
    case text
    /// The change set itself as JSON (change summaries).
    case json
    /// ODF presentation (decks).
    case odp
    /// PresentationML (decks).
    case pptx

    /// File extension, without the dot.
    public var fileExtension: String {
        switch self {
        case .html: "html"
        case .odt: "odt"
        case .docx: "docx"
        case .pdf: "pdf"
        case .md: "md"
        case .text: "txt"
        case .json: "json"
        case .odp: "odp"
        case .pptx: "pptx"
        }
    }

    /// IANA media type (for downloads and the web application).
    public var mediaType: String {
        switch self {
        case .html: "text/html"
        case .odt: "application/vnd.oasis.opendocument.text"
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .pdf: "application/pdf"
        case .md: "text/markdown"
        case .text: "text/plain"
        case .json: "application/json"
        case .odp: "application/vnd.oasis.opendocument.presentation"
        case .pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation"
        }
    }

    /// The products this format serves.
    public var products: Set<OutputProduct> {
        switch self {
        case .html: [.document, .changeSummary, .redline, .deck]
        case .odt, .docx: [.document, .changeSummary, .redline]
        case .pdf: [.document]
        case .md: [.document, .changeSummary]
        case .text, .json: [.changeSummary]
        case .odp, .pptx: [.deck]
        }
    }

    /// The kind of reference document (`--reference`, `referencia_*`) that styles this format, if any.
    /// PDF is converted from calidoc's ODT, so the ODT reference styles it.
    public var referenceKind: ReferenceKind? {
        switch self {
        case .odt, .pdf: .odt
        case .docx: .docx
        case .pptx: .pptx
        case .html, .md, .text, .json, .odp: nil
        }
    }

    /// Whether this format can write `product`.
    public func serves(_ product: OutputProduct) -> Bool { products.contains(product) }

    /// The formats that serve `product`, in registry order.
    public static func serving(_ product: OutputProduct) -> [OutputFormat] {
        allCases.filter { $0.serves(product) }
    }
}

/// What calidoc writes; each ``OutputFormat`` serves some of these.
public enum OutputProduct: String, Hashable, Sendable, CaseIterable {
    /// Política, Plan, Diagnóstico and resolución (`calidoc build`).
    case document
    /// The change statements between two versions (`calidoc diff`).
    case changeSummary
    /// The new Política with tracked changes (`calidoc diff --redline`).
    case redline
    /// A Comité session presentation (`calidoc deck`).
    case deck

    /// What the product is called in messages, with the command that makes it.
    public func name(_ language: MessageLanguage) -> String {
        switch self {
        case .document: language.pick("los documentos (build)", "documents (build)")
        case .changeSummary: language.pick("el resumen de cambios (diff)", "change summaries (diff)")
        case .redline: language.pick("el control de cambios (diff --redline)", "redlines (diff --redline)")
        case .deck: language.pick("las presentaciones (deck)", "decks (deck)")
        }
    }
}

/// The package kind of a reference document.
public enum ReferenceKind: String, Hashable, Sendable, CaseIterable {
    /// An ODF text (`.odt`): its `styles.xml`.
    case odt
    /// A Word document (`.docx`): styles, page setup, header and footer.
    case docx
    /// A PowerPoint deck (`.pptx`): master, layouts, theme.
    case pptx
}
