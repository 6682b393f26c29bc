import Foundation

/// Word-level text comparison used to match items without ids and to find appended text.
public enum TextSimilarity {
    /// Threshold at or above which two texts are the same item reworded rather than remove + add.
    ///
    /// 0.5 means, for texts of similar length, "at least half of the words survive". Checked on the
    /// GORE sample with every id removed (`SimilarityTuningTests`): the two real rewordings score 0.70
    /// (línea de acción) and 0.74 (objetivo N°3), and every threshold from 0.25 to 0.70 reproduces
    /// the deck's statements. Different items of one list score up to 0.56 (two principles sharing
    /// boilerplate), which is harmless because matching is best-score-first and identical items pair
    /// at 1.0 before; segments and actors are compared on their names (see `DiffBuilder`).
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
        // Compared without the punctuation glued to words, so "personas." → "personas, con … ," still
        // reads as an insertion; the quoted words keep the new text's spelling.
        let oldKeys = oldTokens.map(comparisonKey)
        let newKeys = newTokens.map(comparisonKey)
        guard newKeys.count > oldKeys.count, lcsLength(oldKeys, newKeys) == oldKeys.count else { return nil }
        var prefix = 0
        while prefix < oldKeys.count && oldKeys[prefix] == newKeys[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < oldKeys.count - prefix && oldKeys[oldKeys.count - 1 - suffix] == newKeys[newKeys.count - 1 - suffix] {
            suffix += 1
        }
        guard prefix + suffix == oldKeys.count else { return nil }
        let added = newTokens[prefix..<(newTokens.count - suffix)].joined(separator: " ")
        return added.trimmingCharacters(in: CharacterSet(charactersIn: ",;: "))
    }

    /// A token without the punctuation around it, for comparison only.
    static func comparisonKey(_ token: String) -> String {
        token.trimmingCharacters(in: .punctuationCharacters)
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
        var oldIndexByID: [String: Int] = [:]
        for (index, item) in old.enumerated() {
            if let id = item.id, oldIndexByID[id] == nil { oldIndexByID[id] = index }
        }
        for (newIndex, item) in new.enumerated() {
            guard let id = item.id, let oldIndex = oldIndexByID[id] else { continue }
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
