/// Whole-paragraph tracked changes of a redline (``Attributes/mark``), the ODF way LibreOffice
/// reads and writes them: a paragraph inserted as a whole is the range from its start to the start
/// of the next paragraph (its text and its paragraph break), and a paragraph deleted as a whole
/// leaves the body and lives in a `text:deletion` region whose point is where LibreOffice restores
/// it (see ``ChangePlan``). Accepting or rejecting every change then leaves no empty paragraph
/// behind.
extension ODFTextBody {
    /// A change mark that belongs where the next paragraph starts.
    enum PendingMark {
        /// The end of a whole-paragraph insertion.
        case insertionEnd(id: String)
    }

    /// The list item whose first paragraph comes next, with its number in the old list (ordered lists).
    struct ItemStart {
        let number: Int?
    }

    /// The change a paragraph's whole content carries (`[.tracked(change, …)]`), when it matches `mark`.
    static func wholeChange(_ content: [Inline], mark: TrackedChange.Kind?) -> (TrackedChange, [Inline])? {
        guard let mark, content.count == 1, case .tracked(let change, let inner) = content[0], change.kind == mark else { return nil }
        return (change, inner)
    }

    /// Writes a paragraph or heading that a redline marks as a whole; `false` when it carries no
    /// whole-paragraph mark (the caller writes it as usual).
    ///
    /// - Parameters:
    ///   - element: `text:p` or `text:h`.
    ///   - style: Its paragraph style (also what deleted text gets back when the deletion is rejected).
    ///   - outlineLevel: A heading's level (`text:h`).
    mutating func markedParagraph(
        _ element: String, style: String, outlineLevel: Int? = nil, content: [Inline], mark: TrackedChange.Kind?
    ) -> Bool {
        guard let (change, inner) = Self.wholeChange(content, mark: mark) else { return false }
        switch change.kind {
        case .insertion:
            startParagraph(element, style: style, outlineLevel: outlineLevel, insertion: change)
            if changePlan.insertedInRuns.contains(record.slots.count - 1) {
                // Tracked by the range of its run (``PlannedInsertion``).
                inlines(inner)
                endParagraph()
                return true
            }
            // Nothing before it to start from: from its start to the start of the next paragraph.
            trackedRegionCount += 1
            let id = "ct\(trackedRegionCount)"
            region(id: id, change: change, deleted: nil)
            writer.element("text:change-start", ["text:change-id": id])
            inlines(inner)
            endParagraph()
            pendingMarks.append(.insertionEnd(id: id))
        case .deletion:
            recordDeletion(context(element, style: style, outlineLevel: outlineLevel), text: inner.plainTextIncludingDeletions, change: change)
        }
        return true
    }

    /// Opens a paragraph of the body with its style (a pending page break consumed when
    /// `breaksPage`), then writes what belongs at its start: the ends of insertions before it and
    /// the deletions planned there.
    mutating func startParagraph(
        _ element: String, style: String, outlineLevel: Int? = nil, insertion: TrackedChange? = nil, breaksPage: Bool = true,
        holdsDeletions: Bool = false
    ) {
        writer.start(element)
        writer.attribute("text:style-name", breaksPage ? paragraphStyle(style) : style)
        if let outlineLevel { writer.attribute("text:outline-level", String(outlineLevel)) }
        pendingItem = nil
        let position = record.slots.count
        record.slots.append(ParagraphSlot(
            flow: flow, insertion: insertion, context: context(element, style: style, outlineLevel: outlineLevel), holdsDeletions: holdsDeletions))
        openParagraphs.append(position)
        flushMarks()
        if let id = openBreaks.removeValue(forKey: position) {
            writer.element("text:change-end", ["text:change-id": id])
        }
        for planned in changePlan.atStart[position] ?? [] { writeDeletion(planned) }
    }

    /// Writes what is planned at the end of the paragraph being written — the deletions restored
    /// after it, then the start of the inserted paragraphs after it, or the end of the run of
    /// inserted paragraphs it closes, or the start of its break when that is inserted — and closes it.
    mutating func endParagraph() {
        if let position = openParagraphs.popLast() {
            for planned in changePlan.atEnd[position] ?? [] { writeDeletion(planned) }
            if let id = openInsertions.removeValue(forKey: position) {
                writer.element("text:change-end", ["text:change-id": id])
            }
            if let run = changePlan.insertionsAfter[position] {
                trackedRegionCount += 1
                let id = "ct\(trackedRegionCount)"
                region(id: id, change: run.change, deleted: nil)
                writer.element("text:change-start", ["text:change-id": id])
                openInsertions[run.last] = id
            }
            if let change = changePlan.insertedBreaks[position + 1] {
                // The break to the next paragraph, whose start ends it (see ``ChangePlan``).
                trackedRegionCount += 1
                let id = "ct\(trackedRegionCount)"
                region(id: id, change: change, deleted: nil)
                writer.element("text:change-start", ["text:change-id": id])
                openBreaks[position + 1] = id
            }
        }
        writer.end()
    }

    /// Marks something no deletion is placed across (a table, an index).
    mutating func barrier() {
        record.slots.append(.barrier)
    }

    /// Writes the pending marks at the current position: the start of the paragraph just opened,
    /// or between blocks (before a table, at the end of the text), where ODF allows them too.
    mutating func flushMarks() {
        guard !pendingMarks.isEmpty else { return }
        for mark in pendingMarks {
            switch mark {
            case .insertionEnd(let id):
                writer.element("text:change-end", ["text:change-id": id])
            }
        }
        pendingMarks.removeAll()
    }

    /// Writes the deletions that have no paragraph to go with (the text ends with them).
    mutating func flushTextEndDeletions() {
        for planned in changePlan.atTextEnd { writeDeletion(planned) }
    }
}

/// A table row a redline inserts or deletes as a whole. ODF 1.3 tracks no rows, only the text of
/// their cells; LibreOffice (7.2 on) marks a row whose change is the row itself with a row style
/// whose `loext:text-changes-only` is `false`, and removes the row when resolving the change leaves
/// its cells empty (an inserted row rejected, a deleted row accepted). Each cell's text is its own
/// change, so a reader that does not know the attribute still sees the words inserted or deleted.
/// The attribute is foreign markup: the part stays valid ODF 1.3 once it is removed (an *extended*
/// document in ODF 1.3's terms), which is how the tests check it against the schema.
extension ODFTextBody {
    /// The automatic row style of `table`'s rows that are inserted or deleted as a whole.
    static func trackedRowStyleName(_ table: String) -> String { "\(table).Fila_cambiada" }

    /// Writes the row style of ``trackedRowStyleName(_:)``.
    static func trackedRowStyle(_ table: String, into styles: XMLWriter) {
        styles.element("style:style", ["style:name": trackedRowStyleName(table), "style:family": "table-row"]) {
            styles.element("style:table-row-properties", ["loext:text-changes-only": "false"])
        }
    }
}

/// List items a redline inserts or deletes as a whole.
///
/// A deleted item has no `text:list-item` of its own, and a list deleted whole no `text:list`:
/// their paragraphs live in deletion regions (see ``ChangePlan``).
extension ODFTextBody {
    /// Whether `block` is inserted or deleted as a whole: a paragraph or heading whose whole
    /// content is the change, or a list all of whose items are.
    static func isWhole(_ block: Block, _ kind: TrackedChange.Kind) -> Bool {
        switch block {
        case .paragraph(let content, let attributes), .heading(_, let content, let attributes):
            return attributes.mark == kind && wholeChange(content, mark: kind) != nil
        case .list(let list):
            return !list.items.isEmpty && list.items.allSatisfy { isWhole(item: $0, kind) }
        case .table, .figure, .blockQuote, .section, .tableOfContents:
            return false
        }
    }

    /// Whether every block of a list item is inserted or deleted as a whole.
    static func isWhole(item: [Block], _ kind: TrackedChange.Kind) -> Bool {
        !item.isEmpty && item.allSatisfy { isWhole($0, kind) }
    }
}
