/// The slides a content slide's blocks are laid out on, filled in order.
struct SlidePages {
    /// Height a slide's body holds, in points.
    let capacity: Double
    /// The largest section (a heading and its items) kept whole on one slide, as a share of it.
    static let wholeSection = 0.75
    private(set) var pages: [[Block]] = [[]]
    private var used = 0.0

    init(capacity: Double) {
        self.capacity = capacity
    }

    /// Starts a new slide unless `height` still fits on this one (or this one is empty).
    mutating func makeRoom(_ height: Double) {
        guard used + height > capacity, !(pages.last ?? []).isEmpty else { return }
        pages.append([])
        used = 0
    }

    mutating func add(_ block: Block, height: Double) {
        pages[pages.count - 1].append(block)
        used += height
    }

    /// Adds a list item by item, continuing it on the next slide where it does not fit; the
    /// continuation starts at the number of its first item. With `keepingFirst` (the list follows
    /// its heading) the first item stays on the heading's slide even if it overflows it.
    mutating func add(_ list: ListBlock, level: Int, keepingFirst: Bool = false) {
        var start = list.start
        var chunk: [[Block]] = []
        var chunkHeight = 0.0
        for (index, item) in list.items.enumerated() {
            let height = SlideTextMetrics.height(ofItem: item, level: level)
            if used + chunkHeight + height > capacity, !(keepingFirst && index == 0) {
                if !chunk.isEmpty {
                    add(.list(ListBlock(kind: list.kind, start: start, items: chunk, attributes: list.attributes)), height: chunkHeight)
                    start += chunk.count
                    chunk = []
                    chunkHeight = 0
                }
                makeRoom(height)
            }
            chunk.append(item)
            chunkHeight += height
        }
        if !chunk.isEmpty {
            add(.list(ListBlock(kind: list.kind, start: start, items: chunk, attributes: list.attributes)), height: chunkHeight)
        }
    }
}
