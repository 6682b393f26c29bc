/// The source split into the Política's sections: the blocks before the first section (title,
/// cover), and each recognised section's heading and blocks.
struct RecognizedPolicy: Sendable {
    /// One recognised section.
    struct Part: Sendable {
        /// Which section.
        var kind: PolicySectionKind
        /// The heading as the source writes it.
        var heading: String
        /// The heading's block number.
        var headingNumber: Int
        /// The blocks up to the next section's heading.
        var blocks: [SourceBlock]
    }

    /// The document's title, when one was found before the first section.
    var title: String?
    /// Blocks before the first section other than the title (cover, institution, version).
    var front: [SourceBlock]
    /// The sections found, in document order.
    var parts: [Part]
    /// How headings were recognised, for the report.
    var headingsBy: HeadingSource

    /// What told headings apart.
    enum HeadingSource: Sendable {
        /// Word's or LibreOffice's heading styles.
        case styles
        /// Short paragraphs in bold (the document has no heading styles).
        case boldParagraphs
    }
}

/// Finds the eight sections by their headings: heading styles when the document has them, short
/// bold paragraphs otherwise; the heading's words decide the section (``PolicySectionKind``),
/// and sections must come in order, so a later subheading that happens to say "objetivos" does
/// not reopen section III.
enum SectionRecognizer {
    /// Splits `document` into sections and marks typed list numbers ("1.", "a)", "-").
    static func recognize(_ document: SourceDocument) -> RecognizedPolicy {
        let blocks = document.blocks
        let byStyles = document.hasHeadingStyles
        var matches: [(index: Int, kind: PolicySectionKind)] = []
        for (index, block) in blocks.enumerated() where block.kind == .paragraph {
            guard isCandidate(block, byStyles: byStyles), let match = PolicySectionKind.matching(block.text) else { continue }
            matches.append((index, match.kind))
        }
        let starts = inOrder(matches)
        var parts: [RecognizedPolicy.Part] = []
        for (position, start) in starts.enumerated() {
            let end = position + 1 < starts.count ? starts[position + 1].index : blocks.count
            let content = markTypedLists(Array(blocks[(start.index + 1)..<end]))
            parts.append(.init(
                kind: start.kind, heading: blocks[start.index].text, headingNumber: blocks[start.index].number, blocks: content))
        }
        let frontBlocks = Array(blocks[..<(starts.first?.index ?? blocks.count)]).filter { !$0.text.isEmpty || $0.kind != .paragraph }
        var title: String?
        var front: [SourceBlock] = []
        for block in frontBlocks {
            let folded = ImportText.folded(block.text)
            if title == nil, block.kind == .paragraph,
                block.isTitle || block.headingLevel != nil || (folded.hasPrefix("politica") && block.text.count < 200)
            {
                title = block.text
            } else {
                front.append(block)
            }
        }
        return RecognizedPolicy(title: title, front: front, parts: parts, headingsBy: byStyles ? .styles : .boldParagraphs)
    }

    /// The longest run of matches whose sections come in order (I before II …): a stray early
    /// match (a subheading, a line of the cover) cannot hide the real headings after it. Among
    /// runs of equal length, the one that starts earliest.
    static func inOrder(_ matches: [(index: Int, kind: PolicySectionKind)]) -> [(index: Int, kind: PolicySectionKind)] {
        // A document has eight headings; thousands of matching lines are not headings, and the
        // search below is quadratic: only the first few hundred are considered.
        let matches = Array(matches.prefix(400))
        guard !matches.isEmpty else { return [] }
        var length = [Int](repeating: 1, count: matches.count)
        var previous = [Int?](repeating: nil, count: matches.count)
        for current in matches.indices {
            for earlier in 0..<current where matches[earlier].kind < matches[current].kind && length[earlier] + 1 > length[current] {
                length[current] = length[earlier] + 1
                previous[current] = earlier
            }
        }
        guard let best = length.indices.max(by: { length[$0] < length[$1] || (length[$0] == length[$1] && $0 > $1) }) else { return [] }
        var chain: [Int] = []
        var cursor: Int? = best
        while let index = cursor {
            chain.append(index)
            cursor = previous[index]
        }
        return chain.reversed().map { matches[$0] }
    }

    /// Whether a paragraph can be a section heading.
    private static func isCandidate(_ block: SourceBlock, byStyles: Bool) -> Bool {
        let text = block.text
        guard !text.isEmpty, text.count <= 120, !text.hasSuffix(":") else { return false }
        if byStyles, block.headingLevel != nil { return true }
        // A bold short paragraph, numbered or not; in a styled document only with a numeral,
        // where an author typed one heading by hand.
        guard block.isAllBold || isUpperCase(text) else { return false }
        return !byStyles || PolicySectionKind.splitNumeral(text).0 != nil
    }

    private static func isUpperCase(_ text: String) -> Bool {
        let letters = text.filter(\.isLetter)
        return letters.count >= 5 && letters == letters.uppercased()
    }

    /// Paragraphs that start with a number, letter or bullet typed as text become list items,
    /// the marker removed from their text: "1." and "I." at the outer level, "a)" and bullets
    /// inside a numbered list one level deeper.
    static func markTypedLists(_ blocks: [SourceBlock]) -> [SourceBlock] {
        var result: [SourceBlock] = []
        var lastNumberedDigit = false
        for var block in blocks {
            defer { result.append(block) }
            guard block.kind == .paragraph, block.list == nil, block.headingLevel == nil else {
                if block.list?.numbered == true, block.list?.level == 0 { lastNumberedDigit = true }
                continue
            }
            guard let (kind, length) = typedMarker(block.text) else { continue }
            let level: Int
            let numbered: Bool
            switch kind {
            case .digit:
                level = 0
                numbered = true
                lastNumberedDigit = true
            case .letter:
                level = lastNumberedDigit ? 1 : 0
                numbered = true
            case .bullet:
                level = lastNumberedDigit ? 1 : 0
                numbered = false
            }
            block.list = ListMarker(level: level, numbered: numbered, typed: true)
            block.runs = dropping(length, from: block.runs)
        }
        return result
    }

    /// What kind of marker a typed list item starts with.
    enum TypedMarker {
        case digit, letter, bullet
    }

    /// The marker at the start of `text` and the characters it takes (with the spaces after it).
    static func typedMarker(_ text: String) -> (TypedMarker, Int)? {
        let characters = Array(text)
        guard let first = characters.first else { return nil }
        if "-–•·▪◦‣*○●■□➢✓".contains(first), characters.count > 2, characters[1] == " " {
            return (.bullet, 2)
        }
        var index = 0
        while index < characters.count, index < 4, characters[index].isLetter || characters[index].isNumber { index += 1 }
        guard index > 0, index < characters.count - 1, ".)".contains(characters[index]), characters[index + 1] == " " else { return nil }
        let token = String(characters[..<index])
        let length = index + 2
        if Int(token) != nil { return (.digit, length) }
        if PolicySectionKind.romanValue(token) != nil { return (.digit, length) }
        if token.count == 1, token.first?.isLowercase == true { return (.letter, length) }
        if PolicySectionKind.romanValue(token.uppercased()) != nil, token == token.lowercased() { return (.letter, length) }
        return nil
    }

    /// Runs without their first `count` characters (of the collapsed text), keeping formatting.
    static func dropping(_ count: Int, from runs: [SourceRun]) -> [SourceRun] {
        var remaining = count
        var result: [SourceRun] = []
        var leadingSpaceSkipped = false
        for var run in runs {
            if !leadingSpaceSkipped {
                let trimmed = String(run.text.drop { $0 == " " })
                if trimmed.isEmpty { continue }
                run.text = trimmed
                leadingSpaceSkipped = true
            }
            if remaining > 0 {
                let take = min(remaining, run.text.count)
                run.text = String(run.text.dropFirst(take))
                remaining -= take
                if remaining == 0 { run.text = String(run.text.drop { $0 == " " }) }
            }
            if !run.text.isEmpty { result.append(run) }
        }
        return result
    }
}
