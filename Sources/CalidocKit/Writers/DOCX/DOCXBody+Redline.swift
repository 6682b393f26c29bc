/// Paragraphs a redline deletes as a whole at the very end of the document.
///
/// A body always ends with a paragraph, so the last paragraph's mark cannot go: Word and
/// LibreOffice keep it when every change is accepted, leaving an empty paragraph (an empty list
/// item when the glossary's last terms were deleted). The deletion is moved one paragraph mark
/// back instead, as Word itself records it: the mark of the paragraph before the deleted ones is
/// deleted (its text stays), and the last paragraph keeps its mark while its text is deleted, so
/// accepting joins that text to the last mark, which has the same kind of paragraph (an item of
/// the same list, or a plain paragraph), and rejecting changes nothing.
extension DOCXBody {
    /// Where a paragraph is: a plain paragraph of a role, or the only block of an item of a list.
    enum Slot: Equatable {
        case plain(BlockRole)
        case item(list: Int)
        case other
    }

    /// `blocks` with the deletion of its last paragraphs moved one paragraph mark back (see above),
    /// or as they are when they do not end with paragraphs deleted as a whole, or the paragraph
    /// before those is not of the same kind as the last.
    static func endingDeletionMovedBack(_ blocks: [Block]) -> [Block] {
        var copy = blocks
        var slots: [(Slot, TrackedChange.Kind?)] = []
        var listCount = 0
        walkBack(&copy, slot: .other, lists: &listCount) { block, slot in
            let mark = Self.mark(block)
            slots.append((slot, mark))
            return mark == .deletion
        }
        guard slots.count >= 2, let last = slots.first, let before = slots.last,
            before.1 == nil, last.0 == before.0, last.0 != .other
        else { return blocks }
        var visited = 0
        listCount = 0
        walkBack(&copy, slot: .other, lists: &listCount) { block, _ in
            visited += 1
            if visited == 1 { block = Self.with(block, deletedMark: false) }
            if visited == slots.count {
                block = Self.with(block, deletedMark: true)
                return false
            }
            return true
        }
        return copy
    }

    private static func mark(_ block: Block) -> TrackedChange.Kind? {
        switch block {
        case .paragraph(_, let attributes), .heading(_, _, let attributes): attributes.mark
        case .list, .table, .figure, .blockQuote, .section, .tableOfContents: nil
        }
    }

    /// The paragraph with its mark deleted, or with no mark of its own.
    private static func with(_ block: Block, deletedMark: Bool) -> Block {
        func attributes(_ old: Attributes) -> Attributes {
            let classes = old.classes.filter { BlockClass(rawValue: $0) != .inserted && BlockClass(rawValue: $0) != .deleted }
            return Attributes(id: old.id, classes: deletedMark ? classes + [BlockClass.deleted.rawValue] : classes)
        }
        switch block {
        case .paragraph(let content, let old): return .paragraph(content: content, attributes: attributes(old))
        case .heading(let level, let content, let old): return .heading(level: level, content: content, attributes: attributes(old))
        case .list, .table, .figure, .blockQuote, .section, .tableOfContents: return block
        }
    }

    /// Visits the paragraphs and headings of `blocks` from the last one back, through sections
    /// and list items, until `visit` returns false or a block of another kind ends the walk;
    /// returns whether the walk goes on.
    @discardableResult
    private static func walkBack(
        _ blocks: inout [Block], slot: Slot, lists: inout Int, _ visit: (inout Block, Slot) -> Bool
    ) -> Bool {
        for index in blocks.indices.reversed() {
            switch blocks[index] {
            case .paragraph(_, let attributes):
                let own: Slot =
                    switch slot {
                    case .other: .plain(attributes.role)
                    case .item, .plain: slot
                    }
                if !visit(&blocks[index], own) { return false }
            case .heading:
                if !visit(&blocks[index], .other) { return false }
            case .section(var children, let attributes):
                let goesOn = walkBack(&children, slot: slot, lists: &lists, visit)
                blocks[index] = .section(blocks: children, attributes: attributes)
                if !goesOn { return false }
            case .list(var list):
                lists += 1
                let key = lists
                var goesOn = true
                for item in list.items.indices.reversed() where goesOn {
                    let itemSlot: Slot = list.items[item].count == 1 ? .item(list: key) : .other
                    goesOn = walkBack(&list.items[item], slot: itemSlot, lists: &lists, visit)
                }
                blocks[index] = .list(list)
                if !goesOn { return false }
            case .table, .figure, .blockQuote, .tableOfContents:
                return false
            }
        }
        return true
    }
}
