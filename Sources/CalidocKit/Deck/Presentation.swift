/// The slide model every deck writer (HTML slides, ODP, PPTX) reads.
public struct Presentation: Hashable, Sendable {
    /// Title, institution, date, language.
    public var metadata: DocumentMetadata
    /// The slides, in order.
    public var slides: [Slide]
    /// Images (charts as SVG, the logo).
    public var resources: [Resource]

    /// Creates a presentation.
    public init(metadata: DocumentMetadata, slides: [Slide], resources: [Resource]) {
        self.metadata = metadata
        self.slides = slides
        self.resources = resources
    }
}

/// One slide.
public struct Slide: Hashable, Sendable {
    /// Which layout the slide uses.
    public enum Layout: String, Hashable, Sendable {
        /// Title slide (title, subtitle lines).
        case title = "titulo"
        /// Title and content.
        case content = "contenido"
        /// Section divider (a big title).
        case section = "seccion"
        /// Closing slide ("Gracias").
        case closing = "cierre"
    }

    /// Layout.
    public var layout: Layout
    /// The slide title.
    public var title: String
    /// Body blocks (paragraphs, lists, figures).
    public var blocks: [Block]

    /// Creates a slide.
    public init(layout: Layout, title: String, blocks: [Block]) {
        self.layout = layout
        self.title = title
        self.blocks = blocks
    }
}
