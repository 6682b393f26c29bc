import Foundation
import Testing
@testable import CalidocKit

/// Markdown is escaped, has real GFM tables and nested lists, and pandoc reads it back to the
/// document's structure (block kinds, nesting and text), compared on pandoc's JSON AST.
@Suite struct MarkdownWriterTests {
    static func paragraph(_ text: String) -> Block { .paragraph(content: [.text(text)], attributes: .empty) }

    static let tricky = [
        "*no es énfasis* ni _esto_ ni **esto**", "# no es un título", "1. no es una lista", "- tampoco", "+ ni esto",
        "[no es enlace](http://x) ni ![imagen](y)", "<b>no es HTML</b> & &amp; ni `código`", "barra | vertical \\ invertida",
        "~~no tachado~~ 3 > 2", "===", "2) tampoco",
    ]

    static func document() -> Document {
        let nested = ListBlock(kind: .bulleted, items: [
            [paragraph("uno"), .list(ListBlock(kind: .decimal, start: 3, items: [
                [paragraph("tres a"), .list(ListBlock(kind: .bulleted, items: [[paragraph("hoja *profunda*")]]))],
                [paragraph("tres b"), paragraph("segundo párrafo del ítem")],
            ]))],
            [paragraph("dos")],
        ])
        let table = Table(
            caption: [.text("Tabla de prueba")],
            headerRows: [TableRow(cells: [TableCell(isHeader: true, blocks: [paragraph("Nombre | con barra")]),
                                          TableCell(isHeader: true, blocks: [paragraph("*valor*")])])],
            bodyRows: [
                TableRow(cells: [TableCell(blocks: [paragraph("1. uno")]), TableCell(blocks: [.paragraph(content: [.strong([.text("negrita ")]), .text("suelta")], attributes: .empty)])]),
                TableRow(cells: [TableCell(blocks: [paragraph("a_b")]), TableCell(blocks: [])]),
            ])
        return Document(
            metadata: DocumentMetadata(title: "Prueba", institution: "I", version: "1", date: "2025-01-01", kind: "prueba"),
            blocks: [
                .heading(level: 1, content: [.text("Título con # y *")], attributes: Attributes(classes: ["titulo"])),
                .section(blocks: tricky.map(paragraph), attributes: .empty),
                .paragraph(content: [.text("antes"), .lineBreak, .text("- después del salto")], attributes: .empty),
                .paragraph(content: [.emphasis([.text(" cursiva ")]), .text("y "), .link(url: "https://ejemplo.cl/a b(c)", content: [.text("enlace [1]")])], attributes: .empty),
                .paragraph(content: [.span(classes: ["negrita"], content: [.text("span fuerte")]), .text(" y "),
                                     .span(classes: ["cursiva", "otra"], content: [.text("span cursivo")])], attributes: .empty),
                .heading(level: 2, content: [.text("Listas")], attributes: .empty),
                .list(nested),
                .list(ListBlock(kind: .bulleted, items: [[paragraph("otra lista")]])),
                .list(ListBlock(kind: .upperRoman, items: [[paragraph("romano"), .list(ListBlock(kind: .bulleted, items: [[paragraph("bajo el romano")]]))]])),
                .blockQuote(blocks: [paragraph("cita con - guion"), paragraph("1. segunda")], attributes: .empty),
                .table(table),
            ])
    }

    // MARK: - The expected structure, from the model

    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }

    static func expected(_ blocks: [Block], depth: Int = 0) -> [String] {
        let pad = String(repeating: "  ", count: depth)
        var lines: [String] = []
        for block in blocks {
            switch block {
            case .heading(let level, let content, _): lines.append(pad + "Header \(level): " + collapse(content.plainText))
            case .paragraph(let content, _): lines.append(pad + "Para: " + collapse(content.plainText))
            case .list(let list):
                switch list.kind {
                case .bulleted, .decimal:
                    lines.append(pad + (list.kind == .bulleted ? "BulletList" : "OrderedList \(list.start)"))
                    for item in list.items {
                        lines.append(pad + "  Item")
                        lines += expected(item, depth: depth + 2)
                    }
                case .upperRoman, .lowerRoman, .lowerAlpha:
                    for (index, item) in list.items.enumerated() {
                        var children = expected(item, depth: depth)
                        if let first = children.first, first.hasPrefix(pad + "Para: ") {
                            children[0] = pad + "Para: " + PlainTextWriter.marker(list.kind, list.start + index) + " " + first.dropFirst(pad.count + 6)
                        }
                        lines += children
                    }
                }
            case .table(let table):
                if !table.caption.isEmpty { lines.append(pad + "Para: " + collapse(table.caption.plainText)) }
                let rows = (table.headerRows + table.bodyRows).map { row in row.cells.map { collapse($0.blocks.map(\.plainText).joined(separator: " ")) }.joined(separator: "|") }
                lines.append(pad + "Table " + rows.joined(separator: " / "))
            case .blockQuote(let children, _):
                lines.append(pad + "BlockQuote")
                lines += expected(children, depth: depth + 1)
            case .section(let children, _): lines += expected(children, depth: depth)
            case .figure, .tableOfContents: continue
            }
        }
        return lines
    }

    // MARK: - pandoc's reading

    static func text(_ inlines: Any?) -> String {
        guard let inlines = inlines as? [[String: Any]] else { return "" }
        return inlines.map { inline -> String in
            let content = inline["c"]
            switch inline["t"] as? String {
            case "Str": return content as? String ?? ""
            case "Space", "SoftBreak", "LineBreak": return " "
            case "Emph", "Strong", "Underline", "Strikeout", "SmallCaps", "Superscript", "Subscript": return text(content)
            case "Link", "Image", "Span", "Quoted", "Cite": return text((content as? [Any])?.dropFirst().first)
            case "Code": return (content as? [Any])?.last as? String ?? ""
            default: return "«\(inline["t"] ?? "?")»"
            }
        }.joined()
    }

    static func cellText(_ cell: Any) -> String {
        guard let parts = cell as? [Any], let blocks = parts.last as? [[String: Any]] else { return "" }
        return collapse(blocks.map { text($0["c"]) }.joined(separator: " "))
    }

    static func rows(_ rows: Any?) -> [String] {
        (rows as? [Any] ?? []).map { row in ((row as? [Any])?.last as? [Any] ?? []).map(cellText).joined(separator: "|") }
    }

    static func read(_ blocks: Any?, depth: Int = 0) -> [String] {
        let pad = String(repeating: "  ", count: depth)
        var lines: [String] = []
        for block in blocks as? [[String: Any]] ?? [] {
            let content = block["c"]
            switch block["t"] as? String {
            case "Header":
                let parts = content as? [Any] ?? []
                lines.append(pad + "Header \(parts.first as? Int ?? 0): " + collapse(text(parts.last)))
            case "Para", "Plain": lines.append(pad + "Para: " + collapse(text(content)))
            case "BulletList", "OrderedList":
                let items: [Any]
                if block["t"] as? String == "BulletList" {
                    lines.append(pad + "BulletList")
                    items = content as? [Any] ?? []
                } else {
                    let parts = content as? [Any] ?? []
                    lines.append(pad + "OrderedList \(((parts.first as? [Any])?.first as? Int) ?? 0)")
                    items = parts.last as? [Any] ?? []
                }
                for item in items {
                    lines.append(pad + "  Item")
                    lines += read(item, depth: depth + 2)
                }
            case "BlockQuote":
                lines.append(pad + "BlockQuote")
                lines += read(content, depth: depth + 1)
            case "Table":
                let parts = content as? [Any] ?? []
                let head = rows((parts[3] as? [Any])?.last)
                let bodies = (parts[4] as? [Any] ?? []).flatMap { rows(($0 as? [Any])?.last) }
                lines.append(pad + "Table " + (head.filter { !$0.replacingOccurrences(of: "|", with: "").isEmpty } + bodies).joined(separator: " / "))
            default:
                lines.append(pad + "«\(block["t"] ?? "?")»")
            }
        }
        return lines
    }

    @Test func pandocReadsTheSameStructure() throws {
        guard let pandoc = ExternalTool.find("pandoc") else {
            Issue.record("pandoc is missing: run .ci/setup test")
            return
        }
        let document = Self.document()
        let output = try MarkdownWriter().render(document, options: WriterOptions())
        let file = try TestPaths.temporaryFolder().appending(path: "prueba.md")
        try Data(output.bytes).write(to: file)
        let (status, json) = try ExternalTool.run(pandoc, ["-f", "gfm", "-t", "json", file.path])
        #expect(status == 0)
        let tree = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let read = Self.read(tree?["blocks"])
        let expected = Self.expected(document.blocks)
        #expect(read == expected, "\(String(decoding: output.bytes, as: UTF8.self))")
        #expect(output.warnings.map(\.loss) == [])
    }

    @Test func escapesAndTables() throws {
        let text = MarkdownWriter().text(Self.document())
        #expect(text.contains("\n\\# no es un título\n"))
        #expect(text.contains("\n1\\. no es una lista\n"))
        #expect(text.contains("\n\\- tampoco\n"))
        #expect(text.contains("\\*no es énfasis\\* ni \\_esto\\_"))
        #expect(text.contains("| Nombre \\| con barra | \\*valor\\* |\n| --- | --- |\n| 1. uno | **negrita** suelta |\n| a\\_b |  |"))
        #expect(text.contains("- uno\n\n  3. tres a\n\n     - hoja \\*profunda\\*\n\n  4. tres b\n\n     segundo párrafo del ítem\n\n- dos"))
        #expect(text.contains("\n\n* otra lista\n"))
        #expect(text.contains("\n**span fuerte** y *span cursivo*\n"))
        #expect(text.contains("*cursiva* y [enlace \\[1\\]](https://ejemplo.cl/a%20b\\(c\\))"))
    }

    /// What Markdown cannot hold is reported, not dropped silently.
    @Test func reportsWhatItCannotShow() throws {
        let document = Document(
            metadata: DocumentMetadata(title: "T", institution: "I", version: "1", date: "2025-01-01", kind: "prueba"),
            blocks: [
                .tableOfContents(title: "Índice", maxLevel: 2),
                .paragraph(content: [.underline([.text("subrayado")]), .image(Image(source: "falta.png", alt: "Falta"))], attributes: .empty),
                .table(KitchenSinkTable.spanning),
            ])
        let warnings = try MarkdownWriter().render(document, options: WriterOptions()).warnings.map(\.loss)
        #expect(warnings == [.tableOfContents, .underline, .missingImage(source: "falta.png"), .cellSpan, .cellBlocks])
    }
}

/// A table with merged cells and a list in a cell.
enum KitchenSinkTable {
    static let spanning = Table(
        headerRows: [TableRow(cells: [TableCell(isHeader: true, columnSpan: 2, blocks: [MarkdownWriterTests.paragraph("A+B")])])],
        bodyRows: [TableRow(cells: [
            TableCell(blocks: [MarkdownWriterTests.paragraph("x")]),
            TableCell(blocks: [.list(ListBlock(kind: .decimal, items: [[MarkdownWriterTests.paragraph("uno")]]))]),
        ])])
}
