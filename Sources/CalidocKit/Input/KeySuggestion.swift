import Foundation

/// "Did you mean …?" for unknown keys, by edit distance on accent-folded, lower-cased keys.
enum KeySuggestion {
    /// The closest candidate, if it is close enough to be a plausible typo.
    static func closest(to key: String, among candidates: some Sequence<String>) -> String? {
        let folded = fold(key)
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(folded, fold(candidate))
            if best == nil || distance < best!.1 { best = (candidate, distance) }
        }
        guard let (candidate, distance) = best else { return nil }
        let allowed = max(2, folded.count / 3)
        return distance <= allowed ? candidate : nil
    }

    static func fold(_ text: String) -> [Character] {
        Array(text.lowercased().folding(options: .diacriticInsensitive, locale: nil))
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
