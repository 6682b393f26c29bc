import Foundation

extension Redline {
    /// Walks the new document and marks each leaf as the alignment says.
    struct Rewriter {
        let oldLeaves: [[Inline]]
        let alignment: Alignment
        let insertion: TrackedChange
        let deletion: TrackedChange
        var leaf = 0

        init(oldLeaves: [[Inline]], alignment: Alignment, insertion: TrackedChange, deletion: TrackedChange) {
            self.oldLeaves = oldLeaves
            self.alignment = alignment
            self.insertion = insertion
            self.deletion = deletion
        }

        /// Deleted old paragraphs that belong before new leaf `index`.
        func deletedParagraphs(before index: Int) -> [Block] {
            (alignment.deletedBefore[index] ?? []).map { old in
                .paragraph(content: [.tracked(deletion, oldLeaves[old])], attributes: Attributes(role: .body, mark: .deletion))
            }
        }

        mutating func blocks(_ blocks: [Block]) -> [Block] {
            blocks.flatMap { block($0) }
        }

        mutating func block(_ block: Block) -> [Block] {
            switch block {
            case .heading(let level, let content, let attributes):
                let (deleted, marked, mark) = next(content)
                return deleted + [.heading(level: level, content: marked, attributes: mark.map(attributes.marked) ?? attributes)]
            case .paragraph(let content, let attributes):
                let (deleted, marked, mark) = next(content)
                return deleted + [.paragraph(content: marked, attributes: mark.map(attributes.marked) ?? attributes)]
            case .list(var list):
                list.items = list.items.map { blocks($0) }
                return [.list(list)]
            case .table(var table):
                table.headerRows = table.headerRows.map { row($0) }
                table.bodyRows = table.bodyRows.map { row($0) }
                return [.table(table)]
            case .blockQuote(let children, let attributes):
                return [.blockQuote(blocks: blocks(children), attributes: attributes)]
            case .section(let children, let attributes):
                return [.section(blocks: blocks(children), attributes: attributes)]
            case .figure, .tableOfContents:
                return [block]
            }
        }

        private mutating func row(_ row: TableRow) -> TableRow {
            TableRow(cells: row.cells.map { cell in
                var cell = cell
                cell.blocks = blocks(cell.blocks)
                return cell
            })
        }

        /// The deleted paragraphs before the next leaf, the leaf's marked content and its paragraph mark.
        private mutating func next(_ content: [Inline]) -> ([Block], [Inline], TrackedChange.Kind?) {
            let index = leaf
            leaf += 1
            let deleted = deletedParagraphs(before: index)
            switch alignment.matches[index] {
            case .same:
                return (deleted, content, nil)
            case .inserted:
                return (deleted, [.tracked(insertion, content)], .insertion)
            case .reworded(let old):
                return (deleted, WordDiff.inlines(old: oldLeaves[old].plainText, new: content.plainText, insertion: insertion, deletion: deletion), nil)
            }
        }
    }
}

/// Word-level differences of two paragraphs as inlines with tracked insertions and deletions.
enum WordDiff {
    static func tokens(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in text {
            if character == " " {
                current.append(character)
            } else {
                if current.last == " " {
                    result.append(current)
                    current = ""
                }
                current.append(character)
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    static func inlines(old: String, new: String, insertion: TrackedChange, deletion: TrackedChange) -> [Inline] {
        let a = tokens(old)
        let b = tokens(new)
        let pairs = Redline.Alignment.lcs(a.map { $0.trimmingCharacters(in: .whitespaces) }, b.map { $0.trimmingCharacters(in: .whitespaces) })
        var result: [Inline] = []
        var i = 0
        var j = 0
        func flush(_ removed: [String], _ added: [String]) {
            if !removed.isEmpty { result.append(.tracked(deletion, [.text(removed.joined())])) }
            if !added.isEmpty { result.append(.tracked(insertion, [.text(added.joined())])) }
        }
        for (oldIndex, newIndex) in pairs + [(a.count, b.count)] {
            flush(Array(a[i..<oldIndex]), Array(b[j..<newIndex]))
            if newIndex < b.count {
                if case .text(let previous)? = result.last {
                    result[result.count - 1] = .text(previous + b[newIndex])
                } else {
                    result.append(.text(b[newIndex]))
                }
            }
            i = oldIndex + 1
            j = newIndex + 1
        }
        return result
    }
}
