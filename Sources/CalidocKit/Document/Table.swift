/// A table: optional caption, column widths, header rows (repeated on each page) and body rows.
public struct Table: Hashable, Sendable, Codable {
    /// Caption, possibly empty.
    public var caption: [Inline]
    /// Relative column widths (any positive numbers; writers scale them to the page). Empty means equal.
    public var columnWidths: [Double]
    /// Rows of the header (`thead`).
    public var headerRows: [TableRow]
    /// Rows of the body (`tbody`).
    public var bodyRows: [TableRow]
    /// Id and classes.
    public var attributes: Attributes

    /// Creates a table.
    public init(
        caption: [Inline] = [], columnWidths: [Double] = [], headerRows: [TableRow], bodyRows: [TableRow],
        attributes: Attributes = .empty
    ) {
        self.caption = caption
        self.columnWidths = columnWidths
        self.headerRows = headerRows
        self.bodyRows = bodyRows
        self.attributes = attributes
    }

    /// Number of grid columns (the widest row, spans counted).
    public var columnCount: Int {
        let widest = (headerRows + bodyRows).map { row in row.cells.reduce(0) { $0 + max(1, $1.columnSpan) } }.max() ?? 0
        return max(widest, columnWidths.count)
    }
}

/// A table row.
public struct TableRow: Hashable, Sendable, Codable {
    /// The cells, left to right; cells covered by a span from above are not listed.
    public var cells: [TableCell]
    /// A redline's mark on the whole row: it was inserted or deleted (Word's `w:trPr/w:ins|w:del`),
    /// so accepting or rejecting every change leaves no empty row.
    public var mark: TrackedChange.Kind?

    /// Creates a row.
    public init(cells: [TableCell], mark: TrackedChange.Kind? = nil) {
        self.cells = cells
        self.mark = mark
    }
}

/// A table cell.
public struct TableCell: Hashable, Sendable, Codable {
    /// Whether this is a header cell (`th`).
    public var isHeader: Bool
    /// Columns spanned (≥ 1).
    public var columnSpan: Int
    /// Rows spanned (≥ 1).
    public var rowSpan: Int
    /// Content.
    public var blocks: [Block]

    /// Creates a cell.
    public init(isHeader: Bool = false, columnSpan: Int = 1, rowSpan: Int = 1, blocks: [Block]) {
        self.isHeader = isHeader
        self.columnSpan = columnSpan
        self.rowSpan = rowSpan
        self.blocks = blocks
    }
}
