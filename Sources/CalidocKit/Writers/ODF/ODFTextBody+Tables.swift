import Foundation

extension ODFTextBody {
    /// A table with a repeated header row, borders and column widths scaled to the A4 text width.
    /// Spanned cells are followed by the `table:covered-table-cell`s ODF requires.
    mutating func table(_ table: Table) {
        tableCount += 1
        let name = "Tabla\(tableCount)"
        let columns = max(table.columnCount, 1)
        var widths = table.columnWidths.count == columns ? table.columnWidths : Array(repeating: 1, count: columns)
        if widths.contains(where: { $0 <= 0 }) { widths = Array(repeating: 1, count: columns) }
        let total = widths.reduce(0, +)
        let styles = automaticStyles
        styles.element("style:style", ["style:name": name, "style:family": "table"]) {
            styles.element("style:table-properties", [
                "style:width": ODFLength.cm(Self.textWidthCM), "table:align": "margins", "fo:margin-top": "0.2cm", "fo:margin-bottom": "0.2cm",
            ])
        }
        for (index, width) in widths.enumerated() {
            styles.element("style:style", ["style:name": "\(name).C\(index + 1)", "style:family": "table-column"]) {
                styles.element("style:table-column-properties", ["style:column-width": ODFLength.cm(Self.textWidthCM * width / total)])
            }
        }
        styles.element("style:style", ["style:name": "\(name).Celda", "style:family": "table-cell"]) {
            styles.element("style:table-cell-properties", ["fo:border": "0.5pt solid #000000", "fo:padding": "0.1cm"])
        }
        styles.element("style:style", ["style:name": "\(name).Encabezado", "style:family": "table-cell"]) {
            styles.element("style:table-cell-properties", ["fo:background-color": "#e6e6e6", "fo:border": "0.5pt solid #000000", "fo:padding": "0.1cm"])
        }
        if (table.headerRows + table.bodyRows).contains(where: { $0.mark != nil }) {
            Self.trackedRowStyle(name, into: styles)
        }

        if !table.caption.isEmpty {
            startParagraph("text:p", style: "Caption")
            inlines(table.caption)
            endParagraph()
        }
        // A change that ends where the table starts ends between the blocks.
        flushMarks()
        barrier()
        writer.start("table:table")
        writer.attribute("table:name", name)
        writer.attribute("table:style-name", name)
        for index in 0..<columns {
            writer.element("table:table-column", ["table:style-name": "\(name).C\(index + 1)"])
        }
        var grid = CoverageGrid(columns: columns)
        if !table.headerRows.isEmpty {
            writer.start("table:table-header-rows")
            for row in table.headerRows { self.row(row, name: name, grid: &grid, header: true) }
            writer.end()
        }
        for row in table.bodyRows { self.row(row, name: name, grid: &grid, header: false) }
        if table.headerRows.isEmpty && table.bodyRows.isEmpty {
            writer.start("table:table-row")
            for _ in 0..<columns { emptyCell(name: name) }
            writer.end()
        }
        writer.end()
        barrier()
    }

    private mutating func row(_ row: TableRow, name: String, grid: inout CoverageGrid, header: Bool) {
        writer.start("table:table-row")
        if row.mark != nil { writer.attribute("table:style-name", Self.trackedRowStyleName(name)) }
        var cells = row.cells[...]
        var column = 0
        while column < grid.columns {
            if grid.isCovered(column) {
                writer.element("table:covered-table-cell")
                column += 1
                continue
            }
            guard let cell = cells.popFirst() else {
                emptyCell(name: name)
                column += 1
                continue
            }
            let span = min(max(cell.columnSpan, 1), grid.columns - column)
            writer.start("table:table-cell")
            writer.attribute("table:style-name", cell.isHeader ? "\(name).Encabezado" : "\(name).Celda")
            writer.attribute("office:value-type", "string")
            if span > 1 { writer.attribute("table:number-columns-spanned", String(span)) }
            if cell.rowSpan > 1 { writer.attribute("table:number-rows-spanned", String(cell.rowSpan)) }
            cellContent(cell.blocks, style: header || cell.isHeader ? "Table_20_Heading" : "Table_20_Contents")
            writer.end()
            grid.occupy(from: column, width: span, rows: max(cell.rowSpan, 1))
            for _ in 1..<max(span, 1) { writer.element("table:covered-table-cell") }
            column += span
        }
        grid.advanceRow()
        writer.end()
    }

    private mutating func emptyCell(name: String) {
        writer.start("table:table-cell")
        writer.attribute("table:style-name", "\(name).Celda")
        writer.attribute("office:value-type", "string")
        writer.element("text:p", ["text:style-name": "Table_20_Contents"])
        writer.end()
    }

    /// Cell blocks, with paragraphs in the table styles; a cell always holds at least one paragraph.
    /// A cell is a text of its own: a deletion inside it is placed inside it. Paragraphs deleted
    /// as a whole are tracked with their breaks, as in the body (an inserted one is tracked as
    /// text: rejecting an inserted row removes it whatever its cells hold); when a cell's every
    /// paragraph is deleted, one empty paragraph holds them all, so accepting leaves the cell
    /// empty and LibreOffice removes a deleted row (with one point per paragraph, the breaks
    /// between them were left and so was the row).
    private mutating func cellContent(_ blocks: [Block], style: String) {
        let (outerFlow, outerLists) = (flow, listStack)
        flowCount += 1
        flow = flowCount
        listStack = []
        defer { (flow, listStack) = (outerFlow, outerLists) }
        if blocks.isEmpty { writer.element("text:p", ["text:style-name": style]) }
        let (firstSlot, firstDeleted) = (record.slots.count, record.deleted.count)
        for block in blocks {
            if case .paragraph(let content, let attributes) = block {
                if attributes.mark == .deletion, markedParagraph("text:p", style: style, content: content, mark: .deletion) { continue }
                startParagraph("text:p", style: style, breaksPage: false)
                inlines(content)
                endParagraph()
            } else {
                self.block(block, listStyle: nil)
            }
        }
        if record.slots.count == firstSlot, record.deleted.count > firstDeleted {
            startParagraph("text:p", style: style, breaksPage: false, holdsDeletions: true)
            endParagraph()
        }
    }
}

/// Which grid columns are still covered by cells spanning rows from above.
struct CoverageGrid {
    let columns: Int
    /// Remaining rows covered, per column (counting the current row).
    private var remaining: [Int]

    init(columns: Int) {
        self.columns = columns
        self.remaining = Array(repeating: 0, count: columns)
    }

    func isCovered(_ column: Int) -> Bool { remaining[column] > 0 }

    mutating func occupy(from column: Int, width: Int, rows: Int) {
        for index in column..<min(column + width, columns) where rows > 1 {
            remaining[index] = rows
        }
    }

    /// Called at the end of each row: rows spanning from this row cover the next ones.
    mutating func advanceRow() {
        for index in 0..<columns where remaining[index] > 0 { remaining[index] -= 1 }
    }
}
