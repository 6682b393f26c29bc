extension Block {
    /// The text of a block, for places where only text can go (a slide line, a table cell of a
    /// format without nested blocks, a list item that cannot hold a table).
    public var plainText: String {
        switch self {
        case .heading(_, let content, _), .paragraph(let content, _): content.plainText
        case .list(let list): list.items.map { $0.map(\.plainText).joined(separator: " ") }.joined(separator: "; ")
        case .table(let table):
            (table.headerRows + table.bodyRows).flatMap(\.cells).map { $0.blocks.map(\.plainText).joined(separator: " ") }.joined(separator: " ")
        case .figure(let figure): figure.image.alt
        case .blockQuote(let children, _), .section(let children, _): children.map(\.plainText).joined(separator: " ")
        case .tableOfContents(let title, _): title
        }
    }
}
