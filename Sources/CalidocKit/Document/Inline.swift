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
    /// Text inserted or deleted between two versions (redlines); writers emit tracked changes.
    case tracked(TrackedChange, [Inline])
}

/// A tracked change: who and when, and whether the content was inserted or deleted.
public struct TrackedChange: Hashable, Sendable, Codable {
    /// Insertion or deletion.
    public enum Kind: String, Hashable, Sendable, Codable {
        case insertion
        case deletion
    }

    /// Insertion or deletion.
    public var kind: Kind
    /// Author shown by the word processor (the institution).
    public var author: String
    /// ISO date of the change (the new version's date).
    public var date: String

    /// Creates a tracked change.
    public init(kind: Kind, author: String, date: String) {
        self.kind = kind
        self.author = author
        self.date = date
    }
}

extension Array where Element == Inline {
    /// The plain text including deleted text (what a deletion removes).
    public var plainTextIncludingDeletions: String {
        map { inline -> String in
            if case .tracked(_, let content) = inline { return content.plainTextIncludingDeletions }
            return [inline].plainText
        }.joined()
    }

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
            case .tracked(let change, let content):
                // The plain text of a redlined paragraph is its new text.
                if change.kind == .insertion { result += content.plainText }
            }
        }
        return result
    }
}
