import Foundation

/// Word-level text comparison used to match items without ids and to find appended text.
public enum TextSimilarity {
    /// Threshold above which two texts are the same item reworded rather than remove + add.
    /// Tuned on the samples: rewordings there score 0.55–0.95, unrelated items below 0.3.
    public static let sameItemThreshold = 0.5

    /// Lower-cased, accent-folded words.
    public static func words(_ text: String) -> [String] {
        RichText.plain(text).lowercased().folding(options: .diacriticInsensitive, locale: nil)
            .split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// Dice coefficient on word multisets (0 = nothing shared, 1 = same words).
    public static func similarity(_ a: String, _ b: String) -> Double {
        let left = words(a)
        let right = words(b)
        if left.isEmpty && right.isEmpty { return 1 }
        var counts: [String: Int] = [:]
        for word in left { counts[word, default: 0] += 1 }
        var shared = 0
        for word in right where (counts[word] ?? 0) > 0 {
            counts[word, default: 0] -= 1
            shared += 1
        }
        return 2 * Double(shared) / Double(left.count + right.count)
    }

    /// The new text's words that are not in the old one, if the old text survives whole in order
    /// (an addition, not a rewording); `nil` otherwise.
    public static func addition(from old: String, to new: String) -> String? {
        let oldTokens = RichText.plain(old).split(separator: " ").map(String.init)
        let newTokens = RichText.plain(new).split(separator: " ").map(String.init)
        guard newTokens.count > oldTokens.count else { return nil }
        let common = lcsLength(oldTokens, newTokens)
        guard common == oldTokens.count else { return nil }
        // Report the contiguous tail or head that was added, as the deck quotes whole sentences.
        if Array(newTokens.prefix(oldTokens.count)) == oldTokens {
            return newTokens.dropFirst(oldTokens.count).joined(separator: " ")
        }
        if Array(newTokens.suffix(oldTokens.count)) == oldTokens {
            return newTokens.dropLast(oldTokens.count).joined(separator: " ")
        }
        return nil
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

    init(old: [(id: String?, text: String)], new: [(id: String?, text: String)]) {
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
        var candidates: [(Double, Int, Int)] = []
        for (newIndex, newItem) in new.enumerated() where !usedNew.contains(newIndex) {
            for (oldIndex, oldItem) in old.enumerated() where !usedOld.contains(oldIndex) {
                if let a = oldItem.id, let b = newItem.id, a != b { continue }
                let score = TextSimilarity.similarity(oldItem.text, newItem.text)
                if score >= TextSimilarity.sameItemThreshold { candidates.append((score, oldIndex, newIndex)) }
            }
        }
        for (_, oldIndex, newIndex) in candidates.sorted(by: { $0.0 > $1.0 })
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
