/// How two sequences (blocks, list items, table rows, words) line up: what stayed, what was
/// compared inside, what came and what went — in the order a reader meets them.
enum SequenceAlignment {
    /// One step of the alignment.
    enum Step<Element> {
        /// The same entry in both (equal keys).
        case same(old: Element, new: Element)
        /// Similar entries: compare them inside.
        case paired(old: Element, new: Element)
        /// Only in the new sequence.
        case inserted(Element)
        /// Only in the old sequence, placed where it stood.
        case deleted(Element)
    }

    /// Aligns `old` with `new`: equal keys anchor by a longest common subsequence; between two
    /// anchors each new entry is paired with the first remaining old one that `pairable` accepts
    /// (the old entries skipped over are deletions there); the rest are insertions and deletions.
    static func align<Element>(
        old: [Element], new: [Element], key: (Element) -> String, pairable: (Element, Element) -> Bool
    ) -> [Step<Element>] {
        let anchors = Redline.lcs(old.map(key), new.map(key))
        var steps: [Step<Element>] = []
        var previous = (old: -1, new: -1)
        for anchor in anchors + [(old.count, new.count)] {
            var unused = Array((previous.old + 1)..<anchor.0)[...]
            for index in (previous.new + 1)..<anchor.1 {
                if let position = unused.firstIndex(where: { pairable(old[$0], new[index]) }) {
                    steps += unused[..<position].map { .deleted(old[$0]) }
                    steps.append(.paired(old: old[unused[position]], new: new[index]))
                    unused = unused[(position + 1)...]
                } else {
                    steps.append(.inserted(new[index]))
                }
            }
            steps += unused.map { .deleted(old[$0]) }
            if anchor.0 < old.count && anchor.1 < new.count {
                steps.append(.same(old: old[anchor.0], new: new[anchor.1]))
            }
            previous = anchor
        }
        return steps
    }
}
