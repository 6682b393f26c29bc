/// Paragraphs a redline deletes or inserts as a whole, marked where LibreOffice puts the marks: the
/// body is written twice, the first time to learn which paragraphs are written around each change
/// (``ParagraphRecord``), the second with each mark where it belongs (``ChangePlan``). XML is
/// written as a stream, and a mark may belong at the end of a paragraph already closed when the
/// change is met (inserted paragraphs: see ``PlannedInsertion``).
///
/// LibreOffice (7.4) restores a `text:deletion` by splitting the paragraph at its point: the
/// region's first paragraph joins the text before the point (and takes that paragraph's kind), the
/// ones after it come back as the region has them (a `text:h` a heading, a paragraph of a
/// `text:list` an item at that list's depth), and the last one joins the text after the point: it
/// keeps its own style, and its own list when the region puts it in one, but otherwise the list of
/// the paragraph at the point (a paragraph deleted after a list came back as an item of it).
/// Hence two forms, both LibreOffice's own, and a third where neither restores the paragraphs:
/// - **at the start of the next paragraph**, when the deleted paragraphs begin with one of that
///   paragraph's kind (items of the same list): one region per deleted item, its paragraphs then an
///   empty paragraph of the next one's style (the deleted break); the item rejoins the list and
///   keeps its number;
/// - **at the end of the paragraph before** otherwise (the last items of a list, an item after one
///   that ends with a nested list, a list deleted whole, a paragraph before a heading): an empty
///   paragraph (the break), then the deleted paragraphs in their own lists, the first item of each
///   list numbered from where it stood (`text:start-value`);
/// - **between the paragraph before and the next**, when the paragraph before is a list item and
///   the last deleted paragraph is in no list (a paragraph deleted between a list and a heading or
///   another list): the point at the start of the next paragraph, the region an empty paragraph,
///   the deleted paragraphs, an empty paragraph — all deleted paragraphs come back in the middle,
///   as the region has them — and the break between the paragraph before and the next tracked as
///   inserted, so rejecting removes the one break too many (the empty paragraph before the deleted
///   ones joins the paragraph before). LibreOffice restores neither of its own two forms there
///   (checked with what it writes when the paragraph is deleted with track changes on).
/// Inserted paragraphs around are skipped over (rejecting removes them), so a deletion never has
/// its point inside an insertion.
extension ODFTextBody {
    /// A list the writer is inside, for deleted items to keep their place in the region.
    struct ListLevel: Equatable {
        /// Which `text:list` of the body (two lists of one style differ).
        let serial: Int
        let style: String
        let ordered: Bool
    }

    /// What a paragraph is, as far as restoring a deletion into it goes.
    struct ParagraphContext: Equatable {
        /// `text:p` or `text:h`.
        let element: String
        let style: String
        let outlineLevel: Int?
        /// The lists it is an item of, outermost first.
        let lists: [ListLevel]
    }

    /// A paragraph written in the body (an entry per paragraph, in order).
    struct ParagraphSlot {
        /// Which text it belongs to: the body, or one table cell; `nil` for a barrier (a table or
        /// an index), which no deletion is placed across.
        let flow: Int?
        /// Inserted as a whole (its text and break go when the insertion is rejected).
        var inserted: Bool { insertion != nil }
        /// The change of a paragraph inserted as a whole.
        let insertion: TrackedChange?
        let context: ParagraphContext
        /// An empty paragraph written only to hold the deletion of every paragraph of its text
        /// (a table cell's), restored into it.
        var holdsDeletions = false

        static let barrier = ParagraphSlot(flow: nil, insertion: nil, context: ParagraphContext(element: "", style: "", outlineLevel: nil, lists: []))
    }

    /// A paragraph deleted as a whole, as its deletion region keeps it.
    struct DeletedParagraph {
        let context: ParagraphContext
        let text: String
        /// The first paragraph of its list item, and the item's number in the old list when the
        /// list is ordered.
        let startsItem: Bool
        let number: Int?
        let change: TrackedChange
        let flow: Int
        /// How many paragraphs were written before it.
        let position: Int
    }

    /// What the first writing of the body learns.
    struct ParagraphRecord {
        var slots: [ParagraphSlot] = []
        var deleted: [DeletedParagraph] = []
    }

    /// A deletion region and where its point goes.
    struct PlannedDeletion {
        enum Form {
            /// At the end of the paragraph before, whose style the empty first paragraph takes.
            case afterParagraph(ParagraphContext)
            /// At the start of the next paragraph, whose kind the empty last paragraph takes.
            case beforeParagraph(ParagraphContext)
            /// At the start of the next paragraph, the deleted paragraphs between two empty ones of
            /// its kind; the break before that paragraph is tracked as inserted (``ChangePlan/insertedBreaks``).
            case betweenParagraphs(ParagraphContext)
            /// In the empty paragraph that holds them (``ParagraphSlot/holdsDeletions``): the first
            /// joins its start, the last its end.
            case filling
        }
        let paragraphs: [DeletedParagraph]
        let form: Form
    }

    /// Paragraphs inserted as a whole one after the other, tracked as LibreOffice records them when
    /// typed: one range from the end of the paragraph before them to the end of the last one.
    /// Rejecting removes the paragraph before's break and the paragraphs' text, and the paragraph
    /// before keeps its kind (LibreOffice joins a removed range's paragraphs into the first); a range
    /// that starts where a paragraph starts would instead give the paragraph after it the kind of
    /// the inserted ones, and LibreOffice merges it with an insertion that ends the paragraph before
    /// (a word added at the end of the item before), removing that paragraph's break.
    struct PlannedInsertion {
        let change: TrackedChange
        /// The position of the run's last paragraph, where the range ends.
        let last: Int
    }

    /// Where each deletion's point goes: at the start or the end of a paragraph (by its position
    /// among the written paragraphs), or at the end of the text when it has neither; and where
    /// each run of inserted paragraphs starts and ends.
    struct ChangePlan {
        var atStart: [Int: [PlannedDeletion]] = [:]
        var atEnd: [Int: [PlannedDeletion]] = [:]
        var atTextEnd: [PlannedDeletion] = []
        /// Runs of inserted paragraphs by the position of the paragraph before them.
        var insertionsAfter: [Int: PlannedInsertion] = [:]
        /// Inserted paragraphs tracked by a run (no marks of their own).
        var insertedInRuns: Set<Int> = []
        /// Paragraphs whose break from the paragraph written before them is tracked as inserted,
        /// by their position (the break a ``PlannedDeletion/Form/betweenParagraphs`` region has
        /// too many).
        var insertedBreaks: [Int: TrackedChange] = [:]

        init() {}

        init(_ record: ParagraphRecord) {
            var position = 0
            while position < record.slots.count {
                guard let change = record.slots[position].insertion, let flow = record.slots[position].flow,
                    let before = Self.neighbour(from: position - 1, step: -1, flow: flow, record: record)
                else {
                    position += 1
                    continue
                }
                var last = position
                while last + 1 < record.slots.count, record.slots[last + 1].flow == flow, record.slots[last + 1].insertion == change { last += 1 }
                insertionsAfter[before] = PlannedInsertion(change: change, last: last)
                insertedInRuns.formUnion(position...last)
                position = last + 1
            }
            var index = 0
            let deleted = record.deleted
            while index < deleted.count {
                // Paragraphs deleted one after the other (no paragraph written between them).
                var end = index + 1
                while end < deleted.count, deleted[end].position == deleted[index].position, deleted[end].flow == deleted[index].flow { end += 1 }
                place(Array(deleted[index..<end]), record: record)
                index = end
            }
        }

        private mutating func place(_ run: [DeletedParagraph], record: ParagraphRecord) {
            let flow = run[0].flow
            let next = Self.neighbour(from: run[0].position, step: 1, flow: flow, record: record)
            let previous = Self.neighbour(from: run[0].position - 1, step: -1, flow: flow, record: record)
            let nextContext = next.map { record.slots[$0].context }
            if let next, record.slots[next].holdsDeletions {
                atStart[next, default: []].append(PlannedDeletion(paragraphs: run, form: .filling))
                return
            }
            let split = nextContext.flatMap { context in run.firstIndex { $0.context == context } } ?? run.count
            if split > 0 {
                let head = Array(run[..<split])
                if let previous, let next, let nextContext, !record.slots[previous].context.lists.isEmpty, head[head.count - 1].context.lists.isEmpty {
                    // After a list item, the last deleted paragraph would come back in its list.
                    atStart[next, default: []].append(PlannedDeletion(paragraphs: head, form: .betweenParagraphs(nextContext)))
                    let change = head[0].change
                    insertedBreaks[next] = TrackedChange(kind: .insertion, author: change.author, date: change.date)
                } else if let previous {
                    atEnd[previous, default: []].append(PlannedDeletion(paragraphs: head, form: .afterParagraph(record.slots[previous].context)))
                } else if let next, let nextContext {
                    atStart[next, default: []].append(PlannedDeletion(paragraphs: head, form: .beforeParagraph(nextContext)))
                } else {
                    atTextEnd.append(PlannedDeletion(paragraphs: head, form: .beforeParagraph(Self.bodyText)))
                }
            }
            guard split < run.count, let next, let nextContext else { return }
            // In a list, one region per item of the next paragraph's list, so each rejoins the
            // list and keeps its number (the paragraphs after a region's first are restored in a
            // list of their own); an item's later paragraphs (after its nested list) stay in its
            // region, unnumbered, as they were.
            var segment: [DeletedParagraph] = []
            for paragraph in run[split...] {
                if !nextContext.lists.isEmpty, paragraph.context == nextContext, paragraph.startsItem, !segment.isEmpty {
                    atStart[next, default: []].append(PlannedDeletion(paragraphs: segment, form: .beforeParagraph(nextContext)))
                    segment = []
                }
                segment.append(paragraph)
            }
            atStart[next, default: []].append(PlannedDeletion(paragraphs: segment, form: .beforeParagraph(nextContext)))
        }

        static let bodyText = ParagraphContext(element: "text:p", style: "Text_20_body", outlineLevel: nil, lists: [])

        /// The nearest paragraph of `flow` from `start` on (`step` 1) or back (`step` −1) that is
        /// not inserted as a whole; none across a barrier or another text.
        private static func neighbour(from start: Int, step: Int, flow: Int, record: ParagraphRecord) -> Int? {
            var index = start
            while index >= 0, index < record.slots.count {
                let slot = record.slots[index]
                guard slot.flow == flow else { return nil }
                if !slot.inserted { return index }
                index += step
            }
            return nil
        }
    }

    /// The context of a paragraph written now with `element` and `style`.
    func context(_ element: String, style: String, outlineLevel: Int?) -> ParagraphContext {
        ParagraphContext(element: element, style: style, outlineLevel: outlineLevel, lists: listStack)
    }

    /// Records a paragraph deleted as a whole (its point and region are written by the second pass).
    mutating func recordDeletion(_ context: ParagraphContext, text: String, change: TrackedChange) {
        let item = pendingItem
        pendingItem = nil
        record.deleted.append(DeletedParagraph(
            context: context, text: text, startsItem: item != nil, number: item?.number, change: change, flow: flow,
            position: record.slots.count))
    }

    /// Writes the deletion's region and its point at the current position.
    mutating func writeDeletion(_ planned: PlannedDeletion) {
        guard let first = planned.paragraphs.first else { return }
        trackedRegionCount += 1
        let id = "ct\(trackedRegionCount)"
        let out = trackedRegions
        out.start("text:changed-region")
        out.attribute("xml:id", id)
        out.attribute("text:id", id)
        out.start("text:deletion")
        out.element("office:change-info") {
            out.element("dc:creator", text: first.change.author)
            out.element("dc:date", text: PackageTimestamp.of(first.change.date))
        }
        var region = RegionLists(out: out)
        switch planned.form {
        case .afterParagraph(let before):
            // The deleted break first; inside the item that holds a nested first item, which
            // LibreOffice restores only when its item has a paragraph.
            let depth = first.context.lists.count
            if depth >= 2 { region.open(Array(first.context.lists.prefix(depth - 1)), number: nil) }
            out.element("text:p", ["text:style-name": before.style])
            for paragraph in planned.paragraphs { region.write(paragraph, numbered: true) }
            region.closeAll()
        case .beforeParagraph(let next):
            for (index, paragraph) in planned.paragraphs.enumerated() { region.write(paragraph, numbered: index > 0) }
            region.closeAll()
            // The deleted break, of the next paragraph's kind, outside any list (LibreOffice
            // gives the paragraph the list of a region's last paragraph).
            Self.emptyParagraph(next, into: out)
        case .betweenParagraphs(let next):
            // Joins the text before the point, then the paragraph before (the inserted break).
            Self.emptyParagraph(next, into: out)
            for paragraph in planned.paragraphs { region.write(paragraph, numbered: true) }
            region.closeAll()
            // Joins the next paragraph's text.
            Self.emptyParagraph(next, into: out)
        case .filling:
            for (index, paragraph) in planned.paragraphs.enumerated() { region.write(paragraph, numbered: index > 0) }
            region.closeAll()
        }
        out.end()
        out.end()
        writer.element("text:change", ["text:change-id": id])
    }

    /// An empty paragraph of a region with `context`'s kind (heading or paragraph, and style), outside any list.
    static func emptyParagraph(_ context: ParagraphContext, into out: XMLWriter) {
        if context.element == "text:h", let level = context.outlineLevel {
            out.element("text:h", ["text:style-name": context.style, "text:outline-level": String(level)])
        } else {
            out.element("text:p", ["text:style-name": context.style])
        }
    }

    /// The lists of a deletion region, opened and closed as its paragraphs need them.
    struct RegionLists {
        let out: XMLWriter
        /// The lists open, each with one item open.
        private var levels: [ListLevel] = []

        init(out: XMLWriter) { self.out = out }

        /// Opens `levels` below those open, the innermost item numbered `number`.
        mutating func open(_ levels: [ListLevel], number: Int?) {
            for (index, level) in levels.enumerated() {
                out.start("text:list")
                out.attribute("text:style-name", level.style)
                out.start("text:list-item")
                if index == levels.count - 1, let number { out.attribute("text:start-value", String(number)) }
                self.levels.append(level)
            }
        }

        /// Writes `paragraph` in its lists: a new item when it starts one.
        mutating func write(_ paragraph: DeletedParagraph, numbered: Bool) {
            let lists = paragraph.context.lists
            var common = 0
            while common < min(levels.count, lists.count), levels[common] == lists[common] { common += 1 }
            while levels.count > common { close() }
            if paragraph.startsItem, !lists.isEmpty, common == lists.count {
                out.end()
                out.start("text:list-item")
            }
            if levels.count < lists.count {
                open(Array(lists[levels.count...]), number: numbered ? paragraph.number : nil)
            }
            var attributes: KeyValuePairs<String, String> = ["text:style-name": paragraph.context.style]
            if paragraph.context.element == "text:h", let level = paragraph.context.outlineLevel {
                attributes = ["text:style-name": paragraph.context.style, "text:outline-level": String(level)]
            }
            // Spaces kept as `text:s` (see ``ODFTextBody/keptSpaces(_:into:)``).
            out.element(paragraph.context.element, attributes) { ODFTextBody.keptSpaces(XMLText.sanitized(paragraph.text), into: out) }
        }

        mutating func closeAll() {
            while !levels.isEmpty { close() }
        }

        private mutating func close() {
            out.end()
            out.end()
            levels.removeLast()
        }
    }
}
