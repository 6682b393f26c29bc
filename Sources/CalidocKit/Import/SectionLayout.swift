/// A section's blocks split the way the Política writes every section: paragraphs before the
/// list (introduction), the list's items (each with the paragraphs that continue it and the
/// items of a list nested in it), tables, and paragraphs after the list (closing).
struct SectionLayout {
    /// One item with what belongs to it.
    struct Item {
        /// The item's own paragraph.
        var head: SourceBlock
        /// Paragraphs that continue it before a nested list.
        var continuation: [SourceBlock] = []
        /// Items of a list nested in it.
        var nested: [SourceBlock] = []
        /// Paragraphs that continue it after the nested list.
        var after: [SourceBlock] = []
    }

    /// Paragraphs before the first item.
    var introduction: [SourceBlock] = []
    /// The items.
    var items: [Item] = []
    /// Paragraphs after the last item.
    var closing: [SourceBlock] = []
    /// Tables, wherever they are.
    var tables: [SourceBlock] = []

    /// Splits `blocks`; `isItem` says which paragraphs start an item (by default, list items of
    /// the outermost level present).
    init(_ blocks: [SourceBlock], isItem: ((SourceBlock) -> Bool)? = nil) {
        let paragraphs = blocks.filter { $0.kind != .paragraph || !$0.text.isEmpty }
        let outer = paragraphs.compactMap(\.list?.level).min() ?? 0
        let startsItem = isItem ?? { $0.list.map { $0.level == outer } ?? false }
        var pending: [SourceBlock] = []
        for block in paragraphs {
            if case .table = block.kind {
                tables.append(block)
                continue
            }
            if startsItem(block) {
                if !items.isEmpty {
                    attach(pending, to: &items[items.count - 1])
                } else {
                    introduction += pending
                }
                pending = []
                items.append(Item(head: block))
            } else if items.isEmpty {
                introduction.append(block)
            } else if let list = block.list, list.level > outer {
                attach(pending, to: &items[items.count - 1])
                pending = []
                items[items.count - 1].nested.append(block)
            } else if block.continuesListItem, pending.isEmpty {
                attach([block], to: &items[items.count - 1])
            } else {
                pending.append(block)
            }
        }
        closing = pending
    }

    private func attach(_ blocks: [SourceBlock], to item: inout Item) {
        if item.nested.isEmpty { item.continuation += blocks } else { item.after += blocks }
    }
}
