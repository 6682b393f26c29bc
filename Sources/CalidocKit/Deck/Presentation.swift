/// The slide model every deck writer (HTML slides, ODP, PPTX) reads.
public struct Presentation: Hashable, Sendable {
    /// Title, institution, date, language.
    public var metadata: DocumentMetadata
    /// The slides, in order.
    public var slides: [Slide]
    /// Images (charts as SVG, the logo).
    public var resources: [Resource]
    /// The data behind each chart image, by resource name, for writers that draw native charts.
    public var charts: [String: ChartData]

    /// Creates a presentation.
    public init(metadata: DocumentMetadata, slides: [Slide], resources: [Resource], charts: [String: ChartData] = [:]) {
        self.metadata = metadata
        self.slides = slides
        self.resources = resources
        self.charts = charts
    }
}

/// A bar chart's data: categories with counts, and the total the percentages refer to.
public struct ChartData: Hashable, Sendable {
    /// Chart title.
    public var title: String
    /// (category, count) in order.
    public var bars: [(String, Int)]
    /// Total for percentages (the participants).
    public var total: Int

    /// Creates chart data.
    public init(title: String, bars: [(String, Int)], total: Int) {
        self.title = title
        self.bars = bars
        self.total = total
    }

    public static func == (a: ChartData, b: ChartData) -> Bool {
        a.title == b.title && a.total == b.total && a.bars.map(\.0) == b.bars.map(\.0) && a.bars.map(\.1) == b.bars.map(\.1)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(title)
        hasher.combine(total)
        for (name, count) in bars {
            hasher.combine(name)
            hasher.combine(count)
        }
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
