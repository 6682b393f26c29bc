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
        /// Consecutive paragraphs deleted as a whole by one change: (paragraph style, text).
        case deletion(id: String, change: TrackedChange, paragraphs: [(style: String, text: String)])
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
            let text = inner.plainTextIncludingDeletions
            if case .deletion(let id, let previous, let paragraphs)? = pendingMarks.last, previous == change {
                pendingMarks[pendingMarks.count - 1] = .deletion(id: id, change: change, paragraphs: paragraphs + [(style, text)])
            } else {
                trackedRegionCount += 1
                pendingMarks.append(.deletion(id: "ct\(trackedRegionCount)", change: change, paragraphs: [(style, text)]))
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

    /// A `text:changed-region` holding whole deleted paragraphs and the empty paragraph that stands
    /// for the last deleted paragraph break.
    private func deletionRegion(id: String, change: TrackedChange, paragraphs: [(style: String, text: String)]) {
        let out = trackedRegions
        out.start("text:changed-region")
        out.attribute("xml:id", id)
        out.attribute("text:id", id)
        out.start("text:deletion")
        out.element("office:change-info") {
            out.element("dc:creator", text: change.author)
            out.element("dc:date", text: PackageTimestamp.of(change.date))
        }
        for paragraph in paragraphs {
            out.element("text:p", ["text:style-name": paragraph.style], text: XMLText.sanitized(paragraph.text))
        }
        out.element("text:p", ["text:style-name": paragraphs.last?.style ?? "Text_20_body"])
        out.end()
        out.end()
    }
}
