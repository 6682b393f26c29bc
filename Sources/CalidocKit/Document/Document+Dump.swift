/// A stable, readable text dump of the document model, one node per line, for golden tests.
///
/// ```
/// Heading(2) "I. Contexto"
/// Paragraph
///   Text "La Estrategia …"
/// ```
extension Document {
    /// The dump of the whole document, metadata first.
    public func dump() -> String {
        var lines = [
            "Document kind=\(metadata.kind) title=\(quoted(metadata.title)) version=\(quoted(metadata.version)) "
                + "date=\(metadata.date) language=\(metadata.language)"
        ]
        for resource in resources {
            lines.append("Resource \(resource.name) \(resource.mediaType) \(resource.data.count) bytes")
        }
        for block in blocks { Self.dump(block, depth: 0, into: &lines) }
        return lines.joined(separator: "\n") + "\n"
    }

    static func dump(_ block: Block, depth: Int, into lines: inout [String]) {
        let pad = String(repeating: "  ", count: depth)
        switch block {
        case .heading(let level, let content, let attributes):
            lines.append(pad + "Heading(\(level))\(attributesText(attributes)) \(quoted(content.plainText))")
        case .paragraph(let content, let attributes):
            lines.append(pad + "Paragraph\(attributesText(attributes))")
            for inline in content { dump(inline, depth: depth + 1, into: &lines) }
        case .list(let list):
            lines.append(pad + "List \(list.kind.rawValue) start=\(list.start)\(attributesText(list.attributes))")
            for item in list.items {
                lines.append(pad + "  Item")
                for child in item { dump(child, depth: depth + 2, into: &lines) }
            }
        case .table(let table):
            lines.append(pad + "Table columns=\(table.columnCount) widths=\(table.columnWidths)\(attributesText(table.attributes)) caption=\(quoted(table.caption.plainText))")
            for (kind, rows) in [("HeaderRow", table.headerRows), ("Row", table.bodyRows)] {
                for row in rows {
                    let mark = row.mark.map { $0 == .insertion ? " [insertada]" : " [eliminada]" } ?? ""
                    lines.append(pad + "  " + kind + mark)
                    for cell in row.cells {
                        lines.append(pad + "    Cell\(cell.isHeader ? " th" : "") span=\(cell.columnSpan)x\(cell.rowSpan)")
                        for child in cell.blocks { dump(child, depth: depth + 3, into: &lines) }
                    }
                }
            }
        case .figure(let figure):
            lines.append(pad + "Figure src=\(figure.image.source) alt=\(quoted(figure.image.alt)) caption=\(quoted(figure.caption.plainText))")
        case .blockQuote(let children, let attributes):
            lines.append(pad + "BlockQuote\(attributesText(attributes))")
            for child in children { dump(child, depth: depth + 1, into: &lines) }
        case .section(let children, let attributes):
            lines.append(pad + "Section\(attributesText(attributes))")
            for child in children { dump(child, depth: depth + 1, into: &lines) }
        case .tableOfContents(let title, let maxLevel):
            lines.append(pad + "TableOfContents \(quoted(title)) levels=\(maxLevel)")
        }
    }

    static func dump(_ inline: Inline, depth: Int, into lines: inout [String]) {
        let pad = String(repeating: "  ", count: depth)
        switch inline {
        case .text(let text): lines.append(pad + "Text " + quoted(text))
        case .strong(let content):
            lines.append(pad + "Strong")
            for child in content { dump(child, depth: depth + 1, into: &lines) }
        case .emphasis(let content):
            lines.append(pad + "Emphasis")
            for child in content { dump(child, depth: depth + 1, into: &lines) }
        case .underline(let content):
            lines.append(pad + "Underline")
            for child in content { dump(child, depth: depth + 1, into: &lines) }
        case .link(let url, let content):
            lines.append(pad + "Link " + url)
            for child in content { dump(child, depth: depth + 1, into: &lines) }
        case .lineBreak: lines.append(pad + "LineBreak")
        case .span(let classes, let content):
            lines.append(pad + "Span " + classes.joined(separator: "."))
            for child in content { dump(child, depth: depth + 1, into: &lines) }
        case .image(let image): lines.append(pad + "Image src=\(image.source) alt=\(quoted(image.alt))")
        case .tracked(let change, let content):
            lines.append(pad + "Tracked \(change.kind.rawValue)")
            for child in content { dump(child, depth: depth + 1, into: &lines) }
        }
    }

    static func attributesText(_ attributes: Attributes) -> String {
        var text = ""
        if !attributes.id.isEmpty { text += " #" + attributes.id }
        for name in attributes.classes { text += " ." + name }
        return text
    }
}

private func quoted(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
}
