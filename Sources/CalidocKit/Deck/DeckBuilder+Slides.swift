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

    /// Splits a content slide whose text would overflow into continuation slides.
    static func paginate(_ slide: Slide) -> [Slide] {
        guard slide.layout == .content else { return [slide] }
        var pages: [[Block]] = [[]]
        var used = 0
        func add(_ block: Block, lines: Int) {
            if used + lines > linesPerSlide && !(pages.last ?? []).isEmpty {
                pages.append([])
                used = 0
            }
            pages[pages.count - 1].append(block)
            used += lines
        }
        for block in slide.blocks {
            if case .list(let list) = block, lines(of: block) > linesPerSlide {
                // A long list continues on the next slide, numbering included.
                var start = list.start
                var chunk: [[Block]] = []
                var chunkLines = 0
                for item in list.items {
                    let itemLines = item.reduce(0) { $0 + lines(of: $1) }
                    if used + chunkLines + itemLines > linesPerSlide && !chunk.isEmpty {
                        add(.list(ListBlock(kind: list.kind, start: start, items: chunk, attributes: list.attributes)), lines: chunkLines)
                        start += chunk.count
                        chunk = []
                        chunkLines = 0
                        pages.append([])
                        used = 0
                    }
                    chunk.append(item)
                    chunkLines += itemLines
                }
                if !chunk.isEmpty { add(.list(ListBlock(kind: list.kind, start: start, items: chunk, attributes: list.attributes)), lines: chunkLines) }
            } else {
                add(block, lines: lines(of: block))
            }
        }
        let nonEmpty = pages.filter { !$0.isEmpty }
        return nonEmpty.enumerated().map { index, blocks in
            Slide(layout: .content, title: index == 0 ? slide.title : slide.title + " (continuación)", blocks: blocks)
        }
    }

    /// Approximate rendered lines of a block on a slide (about 95 characters a line).
    static func lines(of block: Block) -> Int {
        switch block {
        case .heading(_, let content, _), .paragraph(let content, _): max(1, (content.plainText.count + 84) / 85)
        case .list(let list): list.items.reduce(0) { total, item in total + item.reduce(0) { $0 + lines(of: $1) } }
        case .table(let table): table.headerRows.count + table.bodyRows.count
        case .figure: 9
        case .blockQuote(let children, _), .section(let children, _): children.reduce(0) { $0 + lines(of: $1) }
        case .tableOfContents: 1
        }
    }
}
