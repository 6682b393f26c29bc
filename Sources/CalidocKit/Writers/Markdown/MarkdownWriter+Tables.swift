extension MarkdownRenderState {
    /// A GFM pipe table: one header row (empty when the table has none), the delimiter row, the body.
    /// Cells covered by a span get an empty cell so columns stay aligned.
    func table(_ table: Table) -> [String] {
        let columns = max(table.columnCount, 1)
        let rows = table.headerRows + table.bodyRows
        var header = Array(repeating: "", count: columns)
        var grid: [[String]] = []
        var covered = Array(repeating: 0, count: columns)
        for row in rows { grid.append(cells(row, columns: columns, covered: &covered)) }
        if !table.headerRows.isEmpty, let first = grid.first {
            header = first
            grid.removeFirst()
        }
        var lines: [String] = []
        if !table.caption.isEmpty { lines += paragraph(table.caption) + [""] }
        lines.append(Self.row(header))
        lines.append(Self.row(Array(repeating: "---", count: columns)))
        lines += grid.map(Self.row)
        return lines
    }

    private static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }

    /// One row laid on the grid: columns still covered by a row span above are left empty.
    private func cells(_ row: TableRow, columns: Int, covered: inout [Int]) -> [String] {
        var result: [String] = []
        var pending = row.cells[...]
        var column = 0
        while column < columns {
            if covered[column] > 0 {
                covered[column] -= 1
                result.append("")
                column += 1
                continue
            }
            guard let cell = pending.popFirst() else {
                result.append("")
                column += 1
                continue
            }
            result.append(text(of: cell))
            let span = max(1, min(cell.columnSpan, columns - column))
            if cell.columnSpan > 1 || cell.rowSpan > 1 { log.log(.cellSpan) }
            for offset in 0..<span {
                if cell.rowSpan > 1 { covered[column + offset] = cell.rowSpan - 1 }
                if offset > 0 { result.append("") }
            }
            column += span
        }
        if !pending.isEmpty { log.log(.cellSpan) }
        return result
    }

    /// A cell's content on one line (a GFM cell holds inline content only).
    private func text(of cell: TableCell) -> String {
        var parts: [String] = []
        for block in cell.blocks {
            switch block {
            case .heading(_, let content, _), .paragraph(let content, _):
                parts.append(inlines(content).replacingOccurrences(of: "\\\n", with: " "))
            case .figure(let figure):
                parts.append(image(figure.image))
            case .list, .table, .blockQuote, .section, .tableOfContents:
                log.log(.cellBlocks)
                parts.append(MarkdownText.escaped(block.plainText))
            }
        }
        if parts.count > 1 { log.log(.cellBlocks) }
        return parts.joined(separator: " ")
    }
}
