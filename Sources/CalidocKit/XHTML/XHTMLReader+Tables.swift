import CLibXML2

extension XHTMLReader {
    mutating func table(_ node: xmlNodePtr, attributes: Attributes) throws -> Table {
        var caption: [Inline] = []
        var widths: [Double] = []
        var header: [TableRow] = []
        var body: [TableRow] = []
        for child in XHTMLNode.children(node) where XHTMLNode.isElement(child) {
            switch XHTMLNode.name(child) {
            case "caption": caption = try trimmedInlines(of: XHTMLNode.children(child))
            case "colgroup":
                for column in XHTMLNode.children(child) where XHTMLNode.isElement(column) {
                    let width = XHTMLNode.attribute(column, "data-ancho").flatMap(Double.init) ?? 1
                    widths.append(width)
                }
            case "col": widths.append(XHTMLNode.attribute(child, "data-ancho").flatMap(Double.init) ?? 1)
            case "thead": header += try rows(child)
            case "tbody": body += try rows(child)
            case "tr": body.append(try row(child))
            default: throw Self.misplaced(XHTMLNode.name(child), child)
            }
        }
        return Table(caption: caption, columnWidths: widths, headerRows: header, bodyRows: body, attributes: attributes)
    }

    private mutating func rows(_ section: xmlNodePtr) throws -> [TableRow] {
        var result: [TableRow] = []
        for child in XHTMLNode.children(section) where XHTMLNode.isElement(child) {
            guard XHTMLNode.name(child) == "tr" else { throw Self.misplaced(XHTMLNode.name(child), child) }
            result.append(try row(child))
        }
        return result
    }

    private mutating func row(_ node: xmlNodePtr) throws -> TableRow {
        var cells: [TableCell] = []
        for child in XHTMLNode.children(node) where XHTMLNode.isElement(child) {
            let name = XHTMLNode.name(child)
            guard name == "th" || name == "td" else { throw Self.misplaced(name, child) }
            let columns = max(1, Int(XHTMLNode.attribute(child, "colspan") ?? "") ?? 1)
            let rows = max(1, Int(XHTMLNode.attribute(child, "rowspan") ?? "") ?? 1)
            cells.append(
                TableCell(isHeader: name == "th", columnSpan: columns, rowSpan: rows, blocks: try blocks(in: child)))
        }
        return TableRow(cells: cells)
    }
}
