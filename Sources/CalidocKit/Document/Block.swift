/// A block-level element of the document model.
///
/// Writers must `switch` over every case, without `default:`, so a new case breaks every writer's build.
public indirect enum Block: Hashable, Sendable, Codable {
    /// A heading of level 1–4 (`h1`–`h4`).
    case heading(level: Int, content: [Inline], attributes: Attributes)
    /// A paragraph (`p`).
    case paragraph(content: [Inline], attributes: Attributes)
    /// A list (`ul`/`ol`).
    case list(ListBlock)
    /// A table with header and body rows.
    case table(Table)
    /// An image with an optional caption (`figure`/`img`).
    case figure(Figure)
    /// A block quotation.
    case blockQuote(blocks: [Block], attributes: Attributes)
    /// A grouping of blocks (`section`); class `salto-pagina` starts it on a new page.
    case section(blocks: [Block], attributes: Attributes)
    /// The place where the table of contents goes; writers fill it from the headings.
    case tableOfContents(title: String, maxLevel: Int)
}

/// A bulleted or numbered list.
public struct ListBlock: Hashable, Sendable, Codable {
    /// Numbering style.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// Bullets.
        case bulleted
        /// Arabic numbers: 1. 2. 3.
        case decimal
        /// Lower-case Roman numerals: i. ii. iii.
        case lowerRoman
        /// Upper-case Roman numerals: I. II. III.
        case upperRoman
        /// Lower-case letters: a) b) c).
        case lowerAlpha
    }

    /// Bullets or which numbering.
    public var kind: Kind
    /// First number for numbered lists.
    public var start: Int
    /// The items, each a sequence of blocks (nested lists included).
    public var items: [[Block]]
    /// Id and classes.
    public var attributes: Attributes

    /// Creates a list.
    public init(kind: Kind, start: Int = 1, items: [[Block]], attributes: Attributes = .empty) {
        self.kind = kind
        self.start = start
        self.items = items
        self.attributes = attributes
    }

    /// Whether items are numbered.
    public var isOrdered: Bool { kind != .bulleted }
}

/// An image placed as a block, with its caption.
public struct Figure: Hashable, Sendable, Codable {
    /// The image.
    public var image: Image
    /// Caption below the image, possibly empty.
    public var caption: [Inline]
    /// Id and classes.
    public var attributes: Attributes

    /// Creates a figure.
    public init(image: Image, caption: [Inline] = [], attributes: Attributes = .empty) {
        self.image = image
        self.caption = caption
        self.attributes = attributes
    }
}

/// An image reference.
public struct Image: Hashable, Sendable, Codable {
    /// Name of the `Resource` holding the bytes.
    public var source: String
    /// Alternative text.
    public var alt: String
    /// Display width in millimetres, when given.
    public var widthMM: Double?
    /// Display height in millimetres, when given.
    public var heightMM: Double?

    /// Creates an image reference.
    public init(source: String, alt: String, widthMM: Double? = nil, heightMM: Double? = nil) {
        self.source = source
        self.alt = alt
        self.widthMM = widthMM
        self.heightMM = heightMM
    }
}
