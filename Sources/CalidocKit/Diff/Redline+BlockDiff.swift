extension Redline {
    /// The new blocks with the old ones merged in as tracked changes, level by level (see
    /// ``Redline``): a change is always marked on the unit it belongs to — a paragraph, a list item,
    /// a table row — so accepting or rejecting it leaves that unit whole or absent, never empty.
    struct BlockDiff {
        let insertion: TrackedChange
        let deletion: TrackedChange

        /// `new`, with what changed from `old` marked.
        func blocks(old: [Block], new: [Block]) -> [Block] {
            SequenceAlignment.align(old: old, new: new, key: Self.key, pairable: Self.pairable).flatMap { step -> [Block] in
                switch step {
                case .same(_, let block): [block]
                case .paired(let before, let after): [paired(before, after)]
                case .inserted(let block): [marked(block, insertion)]
                case .deleted(let block): [marked(block, deletion)]
                }
            }
        }

        /// The text a block is compared by (with its kind, so a heading never equals a paragraph).
        static func key(_ block: Block) -> String {
            var leaves: [[Inline]] = []
            Redline.collect([block], into: &leaves)
            let text = leaves.map(\.plainText).joined(separator: "\n")
            switch block {
            case .heading(let level, _, _): return "h\(level)|" + text
            case .paragraph: return "p|" + text
            case .list(let list): return "l\(list.kind.rawValue)|" + text
            case .table: return "t|" + text
            case .blockQuote: return "q|" + text
            case .section: return "s|" + text
            case .figure(let figure): return "f|" + figure.image.source
            case .tableOfContents: return "c|"
            }
        }

        /// Whether two blocks between anchors are one block changed: paragraphs and headings when
        /// their words are similar; lists, tables (of the same columns) and sections by their kind,
        /// as their entries are aligned inside.
        static func pairable(_ old: Block, _ new: Block) -> Bool {
            switch (old, new) {
            case (.paragraph(let a, _), .paragraph(let b, _)):
                return TextSimilarity.similarity(a.plainText, b.plainText) >= TextSimilarity.sameItemThreshold
            case (.heading(let levelA, let a, _), .heading(let levelB, let b, _)):
                return levelA == levelB && TextSimilarity.similarity(a.plainText, b.plainText) >= TextSimilarity.sameItemThreshold
            case (.list(let a), .list(let b)):
                return a.isOrdered == b.isOrdered
            case (.table(let a), .table(let b)):
                return a.columnCount == b.columnCount
            case (.blockQuote, .blockQuote), (.section, .section):
                return true
            default:
                return false
            }
        }

        /// Two versions of one block, compared inside.
        private func paired(_ old: Block, _ new: Block) -> Block {
            switch (old, new) {
            case (.paragraph(let before, _), .paragraph(let after, let attributes)):
                return .paragraph(content: WordDiff.inlines(old: before, new: after, insertion: insertion, deletion: deletion), attributes: attributes)
            case (.heading(_, let before, _), .heading(let level, let after, let attributes)):
                return .heading(level: level, content: WordDiff.inlines(old: before, new: after, insertion: insertion, deletion: deletion), attributes: attributes)
            case (.list(let before), .list(var after)):
                after.items = items(old: before.items, new: after.items)
                return .list(after)
            case (.table(let before), .table(var after)):
                after.headerRows = rows(old: before.headerRows, new: after.headerRows)
                after.bodyRows = rows(old: before.bodyRows, new: after.bodyRows)
                return .table(after)
            case (.blockQuote(let before, _), .blockQuote(let after, let attributes)):
                return .blockQuote(blocks: blocks(old: before, new: after), attributes: attributes)
            case (.section(let before, _), .section(let after, let attributes)):
                return .section(blocks: blocks(old: before, new: after), attributes: attributes)
            default:
                return new
            }
        }

        /// A list's items: an item that went stays an item of the list, marked deleted.
        ///
        /// Two items are one item changed only when their first blocks are (the paragraph that
        /// carries the item's number): otherwise the old item is deleted and the new one inserted
        /// whole, so whichever way the changes are resolved the surviving first paragraph keeps
        /// its number.
        private func items(old: [[Block]], new: [[Block]]) -> [[Block]] {
            let key = { (item: [Block]) in item.map(Self.key).joined(separator: "\n") }
            return SequenceAlignment.align(old: old, new: new, key: key, pairable: { a, b in
                guard let first = a.first, let other = b.first else { return false }
                return Self.pairable(first, other)
            }).map { step in
                switch step {
                case .same(_, let item): item
                case .paired(let before, let after): blocks(old: before, new: after)
                case .inserted(let item): item.map { marked($0, insertion) }
                case .deleted(let item): item.map { marked($0, deletion) }
                }
            }
        }

        /// A table's rows: a row that came or went is marked as a row.
        private func rows(old: [TableRow], new: [TableRow]) -> [TableRow] {
            let key = { (row: TableRow) in row.cells.map { $0.blocks.map(Self.key).joined(separator: "\n") }.joined(separator: "\t") }
            return SequenceAlignment.align(old: old, new: new, key: key, pairable: { a, b in
                a.cells.count == b.cells.count && TextSimilarity.similarity(key(a), key(b)) >= TextSimilarity.sameItemThreshold
            }).map { step -> TableRow in
                switch step {
                case .same(_, let row): return row
                case .paired(let before, var after):
                    after.cells = zip(before.cells, after.cells).map { old, new in
                        var cell = new
                        cell.blocks = blocks(old: old.blocks, new: new.blocks)
                        return cell
                    }
                    return after
                case .inserted(let row): return marked(row, insertion)
                case .deleted(let row): return marked(row, deletion)
                }
            }
        }

        /// A whole block inserted or deleted: its text tracked and its paragraph marks set.
        private func marked(_ block: Block, _ change: TrackedChange) -> Block {
            switch block {
            case .paragraph(let content, let attributes):
                return .paragraph(content: [.tracked(change, content)], attributes: attributes.marked(change.kind))
            case .heading(let level, let content, let attributes):
                return .heading(level: level, content: [.tracked(change, content)], attributes: attributes.marked(change.kind))
            case .list(var list):
                list.items = list.items.map { $0.map { marked($0, change) } }
                return .list(list)
            case .table(var table):
                table.caption = table.caption.isEmpty ? [] : [.tracked(change, table.caption)]
                table.headerRows = table.headerRows.map { marked($0, change) }
                table.bodyRows = table.bodyRows.map { marked($0, change) }
                return .table(table)
            case .blockQuote(let children, let attributes):
                return .blockQuote(blocks: children.map { marked($0, change) }, attributes: attributes)
            case .section(let children, let attributes):
                return .section(blocks: children.map { marked($0, change) }, attributes: attributes)
            case .figure, .tableOfContents:
                return block
            }
        }

        private func marked(_ row: TableRow, _ change: TrackedChange) -> TableRow {
            var row = row
            row.mark = change.kind
            row.cells = row.cells.map { cell in
                var cell = cell
                cell.blocks = cell.blocks.map { marked($0, change) }
                return cell
            }
            return row
        }
    }
}
