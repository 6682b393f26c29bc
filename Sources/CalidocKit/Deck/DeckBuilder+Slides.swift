extension DeckBuilder {
    /// Top-level `section.diapositiva` elements become slides; their first heading is the title.
    static func slides(from blocks: [Block]) -> [Slide] {
        blocks.compactMap { block -> Slide? in
            guard case .section(let children, let attributes) = block, attributes.hasClass("diapositiva") else { return nil }
            let layout = [Slide.Layout.title, .section, .closing].first { attributes.hasClass($0.rawValue) } ?? .content
            var title = ""
            var body = children
            if let index = children.firstIndex(where: { if case .heading = $0 { true } else { false } }),
                case .heading(_, let content, _) = children[index]
            {
                title = content.plainText
                body.remove(at: index)
            }
            return Slide(layout: layout, title: title, blocks: body)
        }
    }

    /// Splits a content slide whose text would overflow into continuation slides, filling each
    /// slide first: the height of each paragraph is estimated from the font's widths and the
    /// body frame (``SlideTextMetrics``). A paragraph followed by a list heads it ("II. Actores y
    /// roles:") and stays on the slide of the list's first item; a section of three quarters of a
    /// slide at most is kept whole; a long list continues on the next slide, its numbering included.
    static func paginate(_ slide: Slide) -> [Slide] {
        guard slide.layout == .content else { return [slide] }
        var pages = SlidePages(capacity: SlideTextMetrics.bodyHeight * SlideTextMetrics.margin)
        let blocks = slide.blocks
        var index = 0
        while index < blocks.count {
            let block = blocks[index]
            if case .paragraph = block, index + 1 < blocks.count, case .list(let list) = blocks[index + 1] {
                // The writers put a heading's items one level below it.
                let heading = SlideTextMetrics.height(of: block, level: 0)
                let first = list.items.first.map { SlideTextMetrics.height(ofItem: $0, level: 2) } ?? 0
                let whole = heading + list.items.reduce(0) { $0 + SlideTextMetrics.height(ofItem: $1, level: 2) }
                // A short section (three quarters of a slide at most) is not split: it starts a
                // slide if it does not fit whole on this one.
                pages.makeRoom(whole <= pages.capacity * SlidePages.wholeSection ? whole : heading + first)
                pages.add(block, height: heading)
                pages.add(list, level: 2, keepingFirst: true)
                index += 2
                continue
            }
            if case .list(let list) = block {
                pages.add(list, level: 1)
            } else {
                let height = SlideTextMetrics.height(of: block, level: 0)
                pages.makeRoom(height)
                pages.add(block, height: height)
            }
            index += 1
        }
        return pages.pages.filter { !$0.isEmpty }.enumerated().map { index, blocks in
            Slide(layout: .content, title: index == 0 ? slide.title : slide.title + " (continuación)", blocks: blocks)
        }
    }
}
