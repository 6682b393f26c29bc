import Foundation

extension DOCXBody {
    /// A table in the `TablaCalidoc` style; header rows repeat on every page (`w:tblHeader`);
    /// column spans are `w:gridSpan`, row spans `w:vMerge` with continuation cells below.
    mutating func table(_ table: Table) {
        let columns = max(table.columnCount, 1)
        var widths = table.columnWidths.count == columns ? table.columnWidths : Array(repeating: 1, count: columns)
        if widths.contains(where: { $0 <= 0 }) { widths = Array(repeating: 1, count: columns) }
        let total = widths.reduce(0, +)
        let twips = widths.map { Int(Double(Self.textWidthTwips) * $0 / total) }
        if !table.caption.isEmpty {
            startParagraph(style: "Caption", keepNext: true)
            runs(table.caption)
            writer.end()
        }
        writer.start("w:tbl")
        writer.start("w:tblPr")
        writer.element("w:tblStyle", ["w:val": "TablaCalidoc"])
        writer.element("w:tblW", ["w:w": "5000", "w:type": "pct"])
        writer.element("w:tblLayout", ["w:type": "fixed"])
        writer.element("w:tblLook", [
            "w:val": "04A0", "w:firstRow": "1", "w:lastRow": "0", "w:firstColumn": "0", "w:lastColumn": "0", "w:noHBand": "1",
            "w:noVBand": "1",
        ])
        writer.end()
        writer.start("w:tblGrid")
        for width in twips { writer.element("w:gridCol", ["w:w": String(width)]) }
        writer.end()
        var merges = VerticalMerges(columns: columns)
        for row in table.headerRows { self.row(row, widths: twips, merges: &merges, header: true) }
        for row in table.bodyRows { self.row(row, widths: twips, merges: &merges, header: false) }
        if table.headerRows.isEmpty && table.bodyRows.isEmpty {
            self.row(TableRow(cells: []), widths: twips, merges: &merges, header: false)
        }
        writer.end()
        // Word needs a paragraph between consecutive tables and after a table that ends a cell.
        startParagraph(style: "Normal")
        writer.end()
    }

    private mutating func row(_ row: TableRow, widths: [Int], merges: inout VerticalMerges, header: Bool) {
        writer.start("w:tr")
        if header || row.mark != nil {
            writer.start("w:trPr")
            if header { writer.element("w:tblHeader") }
            if let mark = row.mark {
                // The row itself is inserted or deleted, so rejecting a new actor (or accepting a
                // removed one) leaves no empty row behind.
                trackedChangeCount += 1
                writer.element(mark == .insertion ? "w:ins" : "w:del", [
                    "w:id": String(10_000 + trackedChangeCount), "w:author": document.metadata.institution,
                    "w:date": PackageTimestamp.of(document.metadata.date) + "Z",
                ])
            }
            writer.end()
        }
        var cells = row.cells[...]
        var column = 0
        while column < widths.count {
            if let span = merges.continuation(at: column) {
                cell(span: span, widths: widths, column: column, merge: "continue", header: header, blocks: [])
                column += span
                continue
            }
            guard let next = cells.popFirst() else {
                cell(span: 1, widths: widths, column: column, merge: nil, header: header, blocks: [])
                column += 1
                continue
            }
            let span = min(max(next.columnSpan, 1), widths.count - column)
            let rows = max(next.rowSpan, 1)
            cell(span: span, widths: widths, column: column, merge: rows > 1 ? "restart" : nil,
                 header: header || next.isHeader, blocks: next.blocks)
            if rows > 1 { merges.start(at: column, span: span, rows: rows) }
            column += span
        }
        merges.advanceRow()
        writer.end()
    }

    private mutating func cell(span: Int, widths: [Int], column: Int, merge: String?, header: Bool, blocks: [Block]) {
        writer.start("w:tc")
        writer.start("w:tcPr")
        let width = widths[column..<min(column + span, widths.count)].reduce(0, +)
        writer.element("w:tcW", ["w:w": String(width), "w:type": "dxa"])
        if span > 1 { writer.element("w:gridSpan", ["w:val": String(span)]) }
        if let merge {
            if merge == "restart" { writer.element("w:vMerge", ["w:val": "restart"]) } else { writer.element("w:vMerge") }
        }
        if header { writer.element("w:shd", ["w:val": "clear", "w:color": "auto", "w:fill": "E6E6E6"]) }
        writer.end()
        let style = header ? "TableHeading" : "TableContents"
        var wrotePargraph = false
        for block in blocks {
            if case .paragraph(let content, let attributes) = block {
                startParagraph(style: style, mark: attributes.mark)
                runs(content)
                writer.end()
            } else {
                self.block(block, list: nil)
            }
            wrotePargraph = true
        }
        // A cell must end with a paragraph.
        if !wrotePargraph || !Self.endsWithParagraph(blocks) {
            startParagraph(style: style)
            writer.end()
        }
        writer.end()
    }

    private static func endsWithParagraph(_ blocks: [Block]) -> Bool {
        switch blocks.last {
        case .paragraph?, .heading?, .figure?: true
        case .list?, .table?, .blockQuote?, .section?, .tableOfContents?, nil: false
        }
    }
}

/// Cells spanning rows: which columns continue a merge in the next rows, and how wide.
struct VerticalMerges {
    private var remaining: [Int]
    private var spans: [Int]

    init(columns: Int) {
        remaining = Array(repeating: 0, count: columns)
        spans = Array(repeating: 1, count: columns)
    }

    /// The width of the merge continuing at `column` in this row, if any.
    func continuation(at column: Int) -> Int? {
        remaining[column] > 0 && remaining[column] < Int.max ? spans[column] : nil
    }

    mutating func start(at column: Int, span: Int, rows: Int) {
        // Counted from the next row, since `advanceRow` runs at the end of this one.
        remaining[column] = rows
        spans[column] = span
    }

    mutating func advanceRow() {
        for index in remaining.indices where remaining[index] > 0 { remaining[index] -= 1 }
    }
}
