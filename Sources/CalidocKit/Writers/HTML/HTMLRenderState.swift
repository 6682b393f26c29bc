import Foundation

/// The walk over the document model that produces the HTML body.
struct HTMLRenderState {
    let document: Document
    /// Heading ids, assigned in order so the table of contents can link to them.
    private var headingIDs: [String] = []
    private var headingCounter = 0
    private let headings: [(level: Int, text: String, id: String)]

    init(document: Document) {
        self.document = document
        var found: [(Int, String, String)] = []
        var counter = 0
        HTMLRenderState.collectHeadings(document.blocks, into: &found, counter: &counter)
        self.headings = found
    }

    private static func collectHeadings(_ blocks: [Block], into found: inout [(Int, String, String)], counter: inout Int) {
        for block in blocks {
            switch block {
            case .heading(let level, let content, let attributes):
                counter += 1
                found.append((level, content.plainText, attributes.id.isEmpty ? "titulo-\(counter)" : attributes.id))
            case .section(let children, _), .blockQuote(let children, _):
                collectHeadings(children, into: &found, counter: &counter)
            case .paragraph, .list, .table, .figure, .tableOfContents:
                continue
            }
        }
    }

    mutating func blocks(_ blocks: [Block]) -> String {
        blocks.map { block($0) }.joined()
    }

    mutating func block(_ block: Block) -> String {
        switch block {
        case .heading(let level, let content, _):
            let id = headings[headingCounter].id
            headingCounter += 1
            return "<h\(level) id=\"\(XMLText.escaped(id))\">\(inlines(content))</h\(level)>\n"
        case .paragraph(let content, let attributes):
            return "<p\(classAttribute(attributes))>\(inlines(content))</p>\n"
        case .list(let list):
            return self.list(list)
        case .table(let table):
            return self.table(table)
        case .figure(let figure):
            var html = "<figure\(classAttribute(figure.attributes))>\(image(figure.image))"
            if !figure.caption.isEmpty { html += "<figcaption>\(inlines(figure.caption))</figcaption>" }
            return html + "</figure>\n"
        case .blockQuote(let children, let attributes):
            return "<blockquote\(classAttribute(attributes))>\n\(blocks(children))</blockquote>\n"
        case .section(let children, let attributes):
            let id = attributes.id.isEmpty ? "" : " id=\"\(XMLText.escaped(attributes.id))\""
            return "<section\(id)\(classAttribute(attributes))>\n\(blocks(children))</section>\n"
        case .tableOfContents(let title, let maxLevel):
            return tableOfContents(title: title, maxLevel: maxLevel)
        }
    }

    private func tableOfContents(title: String, maxLevel: Int) -> String {
        var html = "<nav class=\"indice\" aria-labelledby=\"indice-titulo\">\n<h2 id=\"indice-titulo\">\(XMLText.escaped(title))</h2>\n<ul>\n"
        for heading in headings where heading.level >= 2 && heading.level <= maxLevel {
            html += "<li class=\"nivel-\(heading.level)\"><a href=\"#\(XMLText.escaped(heading.id))\">\(XMLText.escaped(heading.text))</a></li>\n"
        }
        return html + "</ul>\n</nav>\n"
    }

    private func classAttribute(_ attributes: Attributes) -> String {
        attributes.classes.isEmpty ? "" : " class=\"\(XMLText.escaped(attributes.classes.joined(separator: " ")))\""
    }

    mutating func list(_ list: ListBlock) -> String {
        let tag = list.isOrdered ? "ol" : "ul"
        var attributes = classAttribute(list.attributes)
        switch list.kind {
        case .upperRoman: attributes += " type=\"I\""
        case .lowerRoman: attributes += " type=\"i\""
        case .lowerAlpha: attributes += " type=\"a\""
        case .decimal, .bulleted: break
        }
        if list.isOrdered && list.start != 1 { attributes += " start=\"\(list.start)\"" }
        var html = "<\(tag)\(attributes)>\n"
        for item in list.items {
            html += "<li>" + blocks(item) + "</li>\n"
        }
        return html + "</\(tag)>\n"
    }

    mutating func table(_ table: Table) -> String {
        var html = "<table\(classAttribute(table.attributes))>\n"
        if !table.caption.isEmpty { html += "<caption>\(inlines(table.caption))</caption>\n" }
        if !table.columnWidths.isEmpty {
            let total = table.columnWidths.reduce(0, +)
            html += "<colgroup>"
            for width in table.columnWidths {
                let percent = total > 0 ? width / total * 100 : 0
                html += "<col style=\"width: \(String(format: "%.1f", percent))%\">"
            }
            html += "</colgroup>\n"
        }
        if !table.headerRows.isEmpty {
            html += "<thead>\n" + table.headerRows.map { row($0, inHeader: true) }.joined() + "</thead>\n"
        }
        html += "<tbody>\n" + table.bodyRows.map { row($0, inHeader: false) }.joined() + "</tbody>\n</table>\n"
        return html
    }

    private mutating func row(_ row: TableRow, inHeader: Bool) -> String {
        var html = "<tr>"
        for cell in row.cells {
            let tag = cell.isHeader ? "th" : "td"
            var attributes = ""
            if cell.isHeader { attributes += inHeader ? " scope=\"col\"" : " scope=\"row\"" }
            if cell.columnSpan > 1 { attributes += " colspan=\"\(cell.columnSpan)\"" }
            if cell.rowSpan > 1 { attributes += " rowspan=\"\(cell.rowSpan)\"" }
            html += "<\(tag)\(attributes)>\(blocks(cell.blocks))</\(tag)>"
        }
        return html + "</tr>\n"
    }

    func image(_ image: Image) -> String {
        let source = document.resource(named: image.source).map(Self.dataURI) ?? image.source
        var style = ""
        if let width = image.widthMM { style += "width: \(width)mm;" }
        if let height = image.heightMM { style += "height: \(height)mm;" }
        let styleAttribute = style.isEmpty ? "" : " style=\"\(style)\""
        return "<img src=\"\(XMLText.escaped(source))\" alt=\"\(XMLText.escaped(image.alt))\"\(styleAttribute)>"
    }

    static func dataURI(_ resource: Resource) -> String {
        "data:\(resource.mediaType);base64,\(Data(resource.data).base64EncodedString())"
    }

    func inlines(_ inlines: [Inline]) -> String {
        inlines.map(inline).joined()
    }

    func inline(_ inline: Inline) -> String {
        switch inline {
        case .text(let text): XMLText.escaped(text)
        case .strong(let content): "<strong>\(inlines(content))</strong>"
        case .emphasis(let content): "<em>\(inlines(content))</em>"
        case .underline(let content): "<u>\(inlines(content))</u>"
        case .link(let url, let content): "<a href=\"\(XMLText.escaped(url))\">\(inlines(content))</a>"
        case .lineBreak: "<br>"
        case .span(let classes, let content):
            "<span class=\"\(XMLText.escaped(classes.joined(separator: " ")))\">\(inlines(content))</span>"
        case .image(let picture): image(picture)
        case .tracked(let change, let content):
            change.kind == .insertion
                ? "<ins datetime=\"\(XMLText.escaped(change.date))\">\(inlines(content))</ins>"
                : "<del datetime=\"\(XMLText.escaped(change.date))\">\(inlines(content))</del>"
        }
    }
}
