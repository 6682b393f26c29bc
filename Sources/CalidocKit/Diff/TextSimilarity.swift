import Foundation

/// Word-level text comparison used to match items without ids and to find appended text.
public enum TextSimilarity {
    /// Threshold at or above which two texts are the same item reworded rather than remove + add.
    ///
    /// Tuned on the GORE sample with its ids removed (`SimilarityTuningTests`): the two real
    /// rewordings score 0.70 (línea de acción) and 0.74 (objetivo N°3); the best score between two
    /// different items that are both unmatched is below 0.45. Every threshold in 0.45…0.70 gives the
    /// deck's statements with and without ids; 0.5 sits near the low end so that heavier rewordings
    /// still match.
    public static let sameItemThreshold = 0.5

    /// Lower-cased, accent-folded words.
    public static func words(_ text: String) -> [String] {
        RichText.plain(text).lowercased().folding(options: .diacriticInsensitive, locale: nil)
            .split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// Dice coefficient on word multisets (0 = nothing shared, 1 = same words).
    public static func similarity(_ a: String, _ b: String) -> Double {
        WordBag(a).similarity(to: WordBag(b))
    }

    /// The words inserted into `old` to give `new`, when the old text survives whole and in order and
    /// the new words form one contiguous run (a sentence appended, prepended or inserted); `nil` when
    /// the text was reworded instead. Compares word tokens (LCS), keeping the new text's spelling.
    public static func addition(from old: String, to new: String) -> String? {
        let oldTokens = RichText.plain(old).split(whereSeparator: \.isWhitespace).map(String.init)
        let newTokens = RichText.plain(new).split(whereSeparator: \.isWhitespace).map(String.init)
        guard newTokens.count > oldTokens.count, lcsLength(oldTokens, newTokens) == oldTokens.count else { return nil }
        var prefix = 0
        while prefix < oldTokens.count && oldTokens[prefix] == newTokens[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < oldTokens.count - prefix && oldTokens[oldTokens.count - 1 - suffix] == newTokens[newTokens.count - 1 - suffix] {
            suffix += 1
        }
        guard prefix + suffix == oldTokens.count else { return nil }
        return newTokens[prefix..<(newTokens.count - suffix)].joined(separator: " ")
    }

    static func lcsLength(_ a: [String], _ b: [String]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: b.count + 1)
        var current = previous
        for i in 1...a.count {
            for j in 1...b.count {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : max(previous[j], current[j - 1])
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

/// Pairs the items of two versions of a list: by `id` first, then by text similarity.
struct ItemMatcher {
    /// Old index → new index for matched items.
    let pairs: [(old: Int, new: Int)]
    let removed: [Int]
    let added: [Int]

    init(old: [(id: String?, text: String)], new: [(id: String?, text: String)], threshold: Double = TextSimilarity.sameItemThreshold) {
        var pairs: [(Int, Int)] = []
        var usedOld = Set<Int>()
        var usedNew = Set<Int>()
        for (newIndex, item) in new.enumerated() {
            guard let id = item.id, let oldIndex = old.firstIndex(where: { $0.id == id }) else { continue }
            pairs.append((oldIndex, newIndex))
            usedOld.insert(oldIndex)
            usedNew.insert(newIndex)
        }
        // Items with ids never match by similarity to items with other ids: ids win.
        // Word bags are built once per item, so n × m comparisons do not re-tokenise.
        let openOld = old.indices.filter { !usedOld.contains($0) }
        let oldBags = Dictionary(uniqueKeysWithValues: openOld.map { ($0, WordBag(old[$0].text)) })
        var candidates: [(Double, Int, Int)] = []
        for (newIndex, newItem) in new.enumerated() where !usedNew.contains(newIndex) {
            let newBag = WordBag(newItem.text)
            for oldIndex in openOld {
                if let a = old[oldIndex].id, let b = newItem.id, a != b { continue }
                guard let oldBag = oldBags[oldIndex] else { continue }
                let score = oldBag.similarity(to: newBag)
                if score >= threshold { candidates.append((score, oldIndex, newIndex)) }
            }
        }
        // Best scores first; ties keep document order so the result is deterministic.
        candidates.sort { ($0.0, -$0.2, -$0.1) > ($1.0, -$1.2, -$1.1) }
        for (_, oldIndex, newIndex) in candidates
        where !usedOld.contains(oldIndex) && !usedNew.contains(newIndex) {
            pairs.append((oldIndex, newIndex))
            usedOld.insert(oldIndex)
            usedNew.insert(newIndex)
        }
        self.pairs = pairs.sorted { $0.1 < $1.1 }.map { (old: $0.0, new: $0.1) }
        self.removed = old.indices.filter { !usedOld.contains($0) }
        self.added = new.indices.filter { !usedNew.contains($0) }
    }

    /// New indices of matched items whose order relative to the others changed (a real move,
    /// not a renumbering caused by an insertion or removal).
    var moved: [Int] {
        let olds = pairs.map(\.old)
        guard olds.count > 1 else { return [] }
        // Longest increasing subsequence of old positions: those stayed in order.
        var tails: [Int] = []
        var tailIndex: [Int] = []
        var parent = [Int](repeating: -1, count: olds.count)
        for (index, value) in olds.enumerated() {
            var low = 0
            var high = tails.count
            while low < high {
                let middle = (low + high) / 2
                if tails[middle] < value { low = middle + 1 } else { high = middle }
            }
            if low > 0 { parent[index] = tailIndex[low - 1] }
            if low == tails.count {
                tails.append(value)
                tailIndex.append(index)
            } else {
                tails[low] = value
                tailIndex[low] = index
            }
        }
        var kept = Set<Int>()
        var cursor = tailIndex.last ?? -1
        while cursor >= 0 {
            kept.insert(cursor)
            cursor = parent[cursor]
        }
        return pairs.indices.filter { !kept.contains($0) }.map { pairs[$0].new }
    }
}

/// The accent-folded, lower-cased words of a text with their counts.
struct WordBag {
    let counts: [String: Int]
    let total: Int

    init(_ text: String) {
        var counts: [String: Int] = [:]
        let words = TextSimilarity.words(text)
        for word in words { counts[word, default: 0] += 1 }
        self.counts = counts
        self.total = words.count
    }

    /// Dice coefficient on the two multisets.
    func similarity(to other: WordBag) -> Double {
        if total == 0 && other.total == 0 { return 1 }
        var shared = 0
        for (word, count) in counts { shared += min(count, other.counts[word] ?? 0) }
        return 2 * Double(shared) / Double(total + other.total)
    }
}
