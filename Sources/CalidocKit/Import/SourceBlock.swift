/// One run of text of a source document with the formatting recognition cares about.
struct SourceRun: Hashable, Sendable {
    /// The run's text, already normalised (see ``ImportText``).
    var text: String
    /// Bold (`w:b`, `fo:font-weight="bold"`, a bold style).
    var bold: Bool
    /// Italic.
    var italic: Bool
}

/// A list marker of a paragraph: Word's or LibreOffice's automatic numbering, or a number typed
/// as text ("1.", "a)", "i.", "-").
struct ListMarker: Hashable, Sendable {
    /// Nesting level, 0 for the outermost list.
    var level: Int
    /// Whether the list is numbered (a bulleted list otherwise).
    var numbered: Bool
    /// Whether the marker was typed as text rather than produced by automatic numbering.
    var typed: Bool
}

/// A block of the source document in a neutral form, whatever format it came from: a paragraph
/// (with its heading level, style, runs and list marker) or a table (rows of cells, each a list of
/// paragraphs). Recognition and placement only ever see these.
struct SourceBlock: Hashable, Sendable {
    /// What the block is.
    enum Kind: Hashable, Sendable {
        /// A paragraph.
        case paragraph
        /// A table: rows of cells, each cell its paragraphs.
        case table([[[SourceBlock]]])
    }

    /// Paragraph or table.
    var kind: Kind = .paragraph
    /// The paragraph's runs (empty for a table).
    var runs: [SourceRun] = []
    /// The style's display name ("heading 1", "Título 1", "Heading_20_2", "List Paragraph").
    var style: String?
    /// The heading level (1 = top) from the style or the element (`text:h`), when a heading.
    var headingLevel: Int?
    /// Whether the style is a document title (Word's Title, LibreOffice's Title).
    var isTitle = false
    /// The list marker, when the paragraph is a list item.
    var list: ListMarker?
    /// Whether the paragraph continues the list item before it (a list paragraph without its own
    /// number, or a further paragraph of an ODF list item).
    var continuesListItem = false
    /// The 1-based position of the block in the document's body (paragraphs and tables).
    var number = 0

    /// The plain text, runs joined, whitespace collapsed.
    var text: String { ImportText.collapsed(runs.map(\.text).joined()) }

    /// The text with calidoc's light markup: `**bold**`, `*italic*`, literal asterisks escaped.
    var markup: String { ImportText.markup(runs) }

    /// Whether every visible character is bold.
    var isAllBold: Bool {
        let visible = runs.filter { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }
        return !visible.isEmpty && visible.allSatisfy(\.bold)
    }

    /// The leading bold text when the paragraph starts in bold and goes on in regular type
    /// ("**Ética e Integridad:** Los funcionarios…"): the lead and the rest, both trimmed.
    var boldLead: (lead: String, rest: [SourceRun])? {
        var index = 0
        var lead = ""
        while index < runs.count, runs[index].bold || runs[index].text.trimmingCharacters(in: .whitespaces).isEmpty {
            if index == runs.count - 1 && !runs[index].bold { break }
            lead += runs[index].text
            index += 1
        }
        let trimmed = ImportText.collapsed(lead)
        let rest = Array(runs[index...])
        guard !trimmed.isEmpty, !ImportText.collapsed(rest.map(\.text).joined()).isEmpty else { return nil }
        return (trimmed, rest)
    }

    /// A paragraph made of `runs`, keeping this block's position.
    func with(runs: [SourceRun]) -> SourceBlock {
        var copy = self
        copy.runs = runs
        return copy
    }
}
