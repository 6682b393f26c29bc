/// Writes a ``Document`` as plain text: headings, paragraphs and lists with their numbers
/// (i., ii. …), tables as rows of cells. Used by `diff --format text`; Markdown is ``MarkdownWriter``.
public struct PlainTextWriter: DocumentWriter {
    /// `text`.
    public static let format = OutputFormat.text

    /// Creates the writer.
    public init() {}

    /// Plain text drops formatting by design, so it reports no warnings.
    public func render(_ document: Document, options: WriterOptions) throws -> WriterOutput {
        WriterOutput(bytes: Array(text(document).utf8))
    }

    /// The document as text.
    public func text(_ document: Document) -> String {
        var lines: [String] = []
        for block in document.blocks { render(block, indent: "", into: &lines) }
        var result = lines.joined(separator: "\n")
        while result.contains("\n\n\n") { result = result.replacingOccurrences(of: "\n\n\n", with: "\n\n") }
        return result.trimmingCharacters(in: .newlines) + "\n"
    }

    private func render(_ block: Block, indent: String, into lines: inout [String]) {
        switch block {
        case .heading(_, let content, _):
            lines.append("")
            lines.append(inlines(content))
            lines.append("")
        case .paragraph(let content, _):
            lines.append(indent + inlines(content))
        case .list(let list):
            let unit = "    "
            for (index, item) in list.items.enumerated() {
                let marker = Self.marker(list.kind, list.start + index)
                var itemLines: [String] = []
                for child in item { render(child, indent: indent + unit, into: &itemLines) }
                if let first = itemLines.first {
                    let trimmed = first.hasPrefix(indent + unit) ? String(first.dropFirst(indent.count + unit.count)) : first
                    lines.append(indent + marker + " " + trimmed)
                    lines.append(contentsOf: itemLines.dropFirst())
                } else {
                    lines.append(indent + marker)
                }
            }
            if indent.isEmpty { lines.append("") }
        case .table(let table):
            for row in table.headerRows + table.bodyRows {
                let cells = row.cells.map { cell in cell.blocks.map { block -> String in
                    var cellLines: [String] = []
                    render(block, indent: "", into: &cellLines)
                    return cellLines.joined(separator: " ")
                }.joined(separator: " ") }
                lines.append(indent + cells.joined(separator: " | "))
            }
            lines.append("")
        case .figure(let figure):
            lines.append(indent + "[" + figure.image.alt + "] " + inlines(figure.caption))
        case .blockQuote(let children, _):
            for child in children { render(child, indent: indent + "    ", into: &lines) }
        case .section(let children, _):
            for child in children { render(child, indent: indent, into: &lines) }
        case .tableOfContents:
            break
        }
    }

    static func marker(_ kind: ListBlock.Kind, _ number: Int) -> String {
        switch kind {
        case .bulleted: "-"
        case .decimal: "\(number)."
        case .upperRoman: RomanNumeral.upper(number) + "."
        case .lowerRoman: RomanNumeral.lower(number) + "."
        case .lowerAlpha: String(UnicodeScalar(UInt8(96 + min(max(number, 1), 26)))) + ")"
        }
    }

    private func inlines(_ content: [Inline]) -> String {
        content.map(inline).joined()
    }

    private func inline(_ inline: Inline) -> String {
        switch inline {
        case .text(let text): text
        case .strong(let content): inlines(content)
        case .emphasis(let content): inlines(content)
        case .underline(let content): inlines(content)
        case .link(_, let content): inlines(content)
        case .lineBreak: "\n"
        case .span(_, let content): inlines(content)
        case .image(let image): "[" + image.alt + "]"
        case .tracked(let change, let content): change.kind == .insertion ? "[+" + inlines(content) + "+]" : "[-" + inlines(content) + "-]"
        }
    }
}
