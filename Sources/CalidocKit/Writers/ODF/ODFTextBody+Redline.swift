/// Whole-paragraph tracked changes of a redline (``Attributes/mark``), the ODF way LibreOffice
/// reads and writes them: a paragraph inserted as a whole is the range from its start to the start
/// of the next paragraph (its text and its paragraph break), and a paragraph deleted as a whole
/// leaves the body and lives in its `text:deletion` region, followed by an empty paragraph (the
/// deleted break), with a `text:change` where the next paragraph starts. Accepting or rejecting
/// every change then leaves no empty paragraph behind.
extension ODFTextBody {
    /// A change mark that belongs where the next paragraph starts.
    enum PendingMark {
        /// The end of a whole-paragraph insertion.
        case insertionEnd(id: String)
        /// Consecutive paragraphs deleted as a whole by one change.
        case deletion(id: String, change: TrackedChange, paragraphs: [DeletedParagraph])
    }

    /// A paragraph deleted as a whole, as its deletion region keeps it.
    struct DeletedParagraph {
        /// Its paragraph style.
        let style: String
        let text: String
        /// The list style of the list it was an item of: the region keeps it in a `text:list`, so
        /// rejecting the deletion gives it back as a list item (LibreOffice restores the
        /// paragraphs between a region's first and last one with the region's own structure).
        let listStyle: String?
    }

    /// A deletion point written at the end of the paragraph being written (before its break):
    /// the last items of a list deleted as a whole, restored after the list's last remaining item.
    struct EndOfParagraphDeletion {
        let id: String
        let change: TrackedChange
        let paragraphs: [DeletedParagraph]
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
    ///   - listStyle: The list style when the paragraph is a list item's.
    mutating func markedParagraph(
        _ element: String, style: String, outlineLevel: Int? = nil, listStyle: String? = nil, content: [Inline], mark: TrackedChange.Kind?
    ) -> Bool {
        guard let (change, inner) = Self.wholeChange(content, mark: mark) else { return false }
        switch change.kind {
        case .insertion:
            trackedRegionCount += 1
            let id = "ct\(trackedRegionCount)"
            region(id: id, change: change, deleted: nil)
            writer.start(element)
            writer.attribute("text:style-name", paragraphStyle(style))
            if let outlineLevel { writer.attribute("text:outline-level", String(outlineLevel)) }
            flushMarks()
            writer.element("text:change-start", ["text:change-id": id])
            inlines(inner)
            writer.end()
            pendingMarks.append(.insertionEnd(id: id))
        case .deletion:
            let paragraph = DeletedParagraph(style: style, text: inner.plainTextIncludingDeletions, listStyle: listStyle)
            if case .deletion(let id, let previous, let paragraphs)? = pendingMarks.last, previous == change {
                pendingMarks[pendingMarks.count - 1] = .deletion(id: id, change: change, paragraphs: paragraphs + [paragraph])
            } else {
                trackedRegionCount += 1
                pendingMarks.append(.deletion(id: "ct\(trackedRegionCount)", change: change, paragraphs: [paragraph]))
            }
        }
        return true
    }

    /// Writes the pending marks at the current position: the start of the paragraph just opened,
    /// or between blocks (before a table, at the end of the text), where ODF allows them too.
    mutating func flushMarks() {
        guard !pendingMarks.isEmpty else { return }
        for mark in pendingMarks {
            switch mark {
            case .insertionEnd(let id):
                writer.element("text:change-end", ["text:change-id": id])
            case .deletion(let id, let change, let paragraphs):
                deletionRegion(id: id, change: change, paragraphs: paragraphs)
                writer.element("text:change", ["text:change-id": id])
            }
        }
        pendingMarks.removeAll()
    }

    /// Writes the deletion point waiting for the end of the paragraph being written, if any.
    mutating func flushEndOfParagraphDeletion() {
        guard let pending = endOfParagraphDeletion else { return }
        endOfParagraphDeletion = nil
        deletionRegion(id: pending.id, change: pending.change, paragraphs: pending.paragraphs, atParagraphEnd: true)
        writer.element("text:change", ["text:change-id": pending.id])
    }

    /// A `text:changed-region` holding whole deleted paragraphs and an empty paragraph standing
    /// for the deleted paragraph break: after them when the point is where the next paragraph
    /// starts, before them when it is at the end of the paragraph they followed
    /// (`atParagraphEnd`). List items stay items, in a `text:list` of their list style.
    private func deletionRegion(id: String, change: TrackedChange, paragraphs: [DeletedParagraph], atParagraphEnd: Bool = false) {
        let out = trackedRegions
        out.start("text:changed-region")
        out.attribute("xml:id", id)
        out.attribute("text:id", id)
        out.start("text:deletion")
        out.element("office:change-info") {
            out.element("dc:creator", text: change.author)
            out.element("dc:date", text: PackageTimestamp.of(change.date))
        }
        let breakStyle = (atParagraphEnd ? paragraphs.first?.style : paragraphs.last?.style) ?? "Text_20_body"
        if atParagraphEnd { out.element("text:p", ["text:style-name": breakStyle]) }
        var index = 0
        while index < paragraphs.count {
            guard let listStyle = paragraphs[index].listStyle else {
                out.element("text:p", ["text:style-name": paragraphs[index].style], text: XMLText.sanitized(paragraphs[index].text))
                index += 1
                continue
            }
            out.start("text:list")
            out.attribute("text:style-name", listStyle)
            while index < paragraphs.count, paragraphs[index].listStyle == listStyle {
                out.element("text:list-item") {
                    out.element("text:p", ["text:style-name": paragraphs[index].style], text: XMLText.sanitized(paragraphs[index].text))
                }
                index += 1
            }
            out.end()
        }
        if !atParagraphEnd { out.element("text:p", ["text:style-name": breakStyle]) }
        out.end()
        out.end()
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
/// A deleted item has no `text:list-item` of its own: its paragraphs live in the deletion region
/// and its point opens the next item, so rejecting gives it back before that item, numbered.
/// The last items of a list have no next item: their point goes at the end of the last remaining
/// item's paragraph (the region an empty paragraph, the deleted break, then the items), so
/// rejecting splits that paragraph and the items come back inside the list. Deleted last items
/// that follow inserted ones are written before them, which changes nothing once the changes are
/// resolved either way, and opens the first inserted item with their point.
extension ODFTextBody {
    /// Whether `block` is a paragraph a redline inserts or deletes as a whole.
    static func isWhole(_ block: Block, _ kind: TrackedChange.Kind) -> Bool {
        guard case .paragraph(let content, let attributes) = block, attributes.mark == kind else { return false }
        return wholeChange(content, mark: kind) != nil
    }

    /// Whether every block of a list item is a paragraph inserted or deleted as a whole.
    static func isWhole(item: [Block], _ kind: TrackedChange.Kind) -> Bool {
        !item.isEmpty && item.allSatisfy { isWhole($0, kind) }
    }

    /// The items in the order they are written, and the index where the last items deleted as a
    /// whole start when their point goes at the end of the item before them (`items.count` when not).
    static func redlineOrder(_ items: [[Block]]) -> (items: [[Block]], trailingDeleted: Int) {
        var deletedStart = items.count
        while deletedStart > 0, isWhole(item: items[deletedStart - 1], .deletion) { deletedStart -= 1 }
        guard deletedStart < items.count else { return (items, items.count) }
        var insertedStart = deletedStart
        while insertedStart > 0, isWhole(item: items[insertedStart - 1], .insertion) { insertedStart -= 1 }
        if insertedStart < deletedStart {
            let reordered = Array(items[..<insertedStart]) + Array(items[deletedStart...]) + Array(items[insertedStart..<deletedStart])
            return (reordered, reordered.count)
        }
        // The item before must end with a paragraph of its own (not one changed as a whole).
        guard deletedStart > 0, case .paragraph(_, let attributes)? = items[deletedStart - 1].last, attributes.mark == nil else {
            return (items, items.count)
        }
        return (items, deletedStart)
    }

    /// The deletion of `items` (each deleted as a whole) as one point and region.
    mutating func deletedItems(_ items: ArraySlice<[Block]>, listStyle: String) -> EndOfParagraphDeletion? {
        var change: TrackedChange?
        var paragraphs: [DeletedParagraph] = []
        for case .paragraph(let content, let attributes) in items.joined() {
            guard let (itemChange, inner) = Self.wholeChange(content, mark: attributes.mark) else { continue }
            change = change ?? itemChange
            paragraphs.append(DeletedParagraph(style: slideParagraphStyle ?? "List", text: inner.plainTextIncludingDeletions, listStyle: listStyle))
        }
        guard let change, !paragraphs.isEmpty else { return nil }
        trackedRegionCount += 1
        return EndOfParagraphDeletion(id: "ct\(trackedRegionCount)", change: change, paragraphs: paragraphs)
    }
}
