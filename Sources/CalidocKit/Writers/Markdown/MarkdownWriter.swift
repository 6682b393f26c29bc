import Foundation

/// Writes a ``Document`` as GitHub-flavoured Markdown that pandoc (`-f gfm`) reads back to the same
/// structure: user text escaped, GFM tables with their delimiter row, nested lists indented to
/// their content column, images embedded as data URIs. What Markdown cannot show (underline, the
/// table of contents, merged cells, tracked changes) is reported as a ``WriterWarning``.
///
/// Roman and letter numbering has no Markdown list marker, so such items are paragraphs that start
/// with their number ("i. …"), as in the Comité's documents.
public struct MarkdownWriter: DocumentWriter {
    /// `md`.
    public static let format = OutputFormat.md

    /// Creates the writer.
    public init() {}

    /// Renders the document as UTF-8 Markdown.
    public func render(_ document: Document, options: WriterOptions) throws -> WriterOutput {
        let log = WarningLog(format: .md)
        let text = MarkdownRenderState(document: document, log: log).text()
        return WriterOutput(bytes: Array(text.utf8), warnings: log.warnings)
    }

    /// The document as Markdown text.
    public func text(_ document: Document) -> String {
        MarkdownRenderState(document: document, log: WarningLog(format: .md)).text()
    }
}

/// The walk over the model that produces Markdown lines.
struct MarkdownRenderState {
    let document: Document
    let log: WarningLog

    func text() -> String {
        let lines = blocks(document.blocks)
        return lines.joined(separator: "\n").trimmingCharacters(in: .newlines) + "\n"
    }

    /// Blocks separated by blank lines; two lists in a row alternate their markers so Markdown
    /// does not merge them into one.
    func blocks(_ blocks: [Block]) -> [String] {
        var lines: [String] = []
        var previousWasList = false
        var alternate = false
        for block in blocks {
            let rendered: [String]
            if case .list(let list) = block {
                alternate = previousWasList ? !alternate : false
                rendered = self.list(list, alternate: alternate)
                previousWasList = true
            } else {
                rendered = self.block(block)
                previousWasList = rendered.isEmpty && previousWasList
            }
            guard !rendered.isEmpty else { continue }
            if !lines.isEmpty { lines.append("") }
            lines += rendered
        }
        return lines
    }

    func block(_ block: Block) -> [String] {
        switch block {
        case .heading(let level, let content, _):
            let text = inlines(content).replacingOccurrences(of: "\\\n", with: " ")
            return [String(repeating: "#", count: min(max(level, 1), 6)) + " " + text]
        case .paragraph(let content, _):
            return paragraph(content)
        case .list(let list):
            return self.list(list, alternate: false)
        case .table(let table):
            return self.table(table)
        case .figure(let figure):
            var lines = [image(figure.image)]
            if !figure.caption.isEmpty { lines += [""] + paragraph(figure.caption) }
            return lines
        case .blockQuote(let children, _):
            return blocks(children).map { $0.isEmpty ? ">" : "> " + $0 }
        case .section(let children, _):
            return blocks(children)
        case .tableOfContents:
            log.log(.tableOfContents)
            return []
        }
    }

    /// A paragraph's lines (several when it has line breaks), each guarded against reading as markup.
    func paragraph(_ content: [Inline]) -> [String] {
        let text = inlines(content)
        guard !text.isEmpty else { return [] }
        return text.components(separatedBy: "\n").map(MarkdownText.guardingLineStart)
    }

    func list(_ list: ListBlock, alternate: Bool) -> [String] {
        var lines: [String] = []
        for (index, item) in list.items.enumerated() {
            let number = list.start + index
            let itemLines = blocks(item)
            if !lines.isEmpty { lines.append("") }
            switch list.kind {
            case .bulleted, .decimal:
                let marker = list.kind == .bulleted ? (alternate ? "*" : "-") : "\(number)" + (alternate ? ")" : ".")
                let indent = String(repeating: " ", count: marker.count + 1)
                guard let first = itemLines.first else {
                    lines.append(marker)
                    continue
                }
                lines.append(marker + " " + first)
                lines += itemLines.dropFirst().map { $0.isEmpty ? "" : indent + $0 }
            case .upperRoman, .lowerRoman, .lowerAlpha:
                // No Markdown marker: the number starts the item's first paragraph, the rest follows it.
                let marker = PlainTextWriter.marker(list.kind, number)
                guard let first = itemLines.first else {
                    lines.append(marker)
                    continue
                }
                lines.append(marker + " " + first)
                lines += itemLines.dropFirst()
            }
        }
        return lines
    }

    func image(_ image: Image) -> String {
        guard let resource = document.resource(named: image.source) else {
            log.log(.missingImage(source: image.source))
            return MarkdownText.escaped(image.alt)
        }
        return "![" + MarkdownText.escaped(image.alt) + "](" + HTMLRenderState.dataURI(resource) + ")"
    }

    func inlines(_ content: [Inline]) -> String {
        content.map(inline).joined()
    }

    func inline(_ inline: Inline) -> String {
        switch inline {
        case .text(let text): MarkdownText.escaped(text)
        case .strong(let content): delimited(inlines(content), by: "**")
        case .emphasis(let content): delimited(inlines(content), by: "*")
        case .underline(let content):
            underlined(content)
        case .link(let url, let content): "[" + inlines(content) + "](" + MarkdownText.destination(url) + ")"
        case .lineBreak: "\\\n"
        case .span(let classes, let content): styled(content, SpanStyle(classes: classes))
        case .image(let picture): image(picture)
        case .tracked(let change, let content): tracked(change, content)
        }
    }

    private func styled(_ content: [Inline], _ style: SpanStyle) -> String {
        var text = inlines(content)
        if style.italic { text = delimited(text, by: "*") }
        if style.bold { text = delimited(text, by: "**") }
        return text
    }

    private func underlined(_ content: [Inline]) -> String {
        log.log(.underline)
        return inlines(content)
    }

    private func tracked(_ change: TrackedChange, _ content: [Inline]) -> String {
        log.log(.trackedChanges)
        switch change.kind {
        case .insertion: return inlines(content)
        case .deletion: return ""
        }
    }

    /// `**text**` with the spaces at its edges moved outside, where Markdown still sees the delimiters.
    private func delimited(_ text: String, by delimiter: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return text }
        let leading = String(text.prefix { $0 == " " || $0 == "\t" })
        let trailing = String(text.reversed().prefix { $0 == " " || $0 == "\t" })
        return leading + delimiter + trimmed + delimiter + trailing
    }
}
