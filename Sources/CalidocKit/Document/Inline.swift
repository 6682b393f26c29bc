/// An inline element of the document model.
///
/// Writers must `switch` over every case, without `default:`.
public indirect enum Inline: Hashable, Sendable, Codable {
    /// Text. May contain tabs and runs of spaces, which writers preserve; never contains newlines.
    case text(String)
    /// Strong importance (`strong`), rendered bold.
    case strong([Inline])
    /// Emphasis (`em`), rendered italic.
    case emphasis([Inline])
    /// Underline (`u`).
    case underline([Inline])
    /// A hyperlink (`a href`).
    case link(url: String, content: [Inline])
    /// A line break inside a paragraph (`br`).
    case lineBreak
    /// A character-style span (`span class`); writers map known classes to character styles.
    case span(classes: [String], content: [Inline])
    /// An inline image (`img` inside a paragraph).
    case image(Image)
}

extension Array where Element == Inline {
    /// The plain text of these inlines (line breaks become spaces).
    public var plainText: String {
        var result = ""
        for inline in self {
            switch inline {
            case .text(let text): result += text
            case .strong(let content), .emphasis(let content), .underline(let content):
                result += content.plainText
            case .link(_, let content): result += content.plainText
            case .lineBreak: result += " "
            case .span(_, let content): result += content.plainText
            case .image(let image): result += image.alt
            }
        }
        return result
    }
}
