import Foundation

/// "Did you mean …?" for unknown keys, by edit distance on accent-folded, lower-cased keys.
enum KeySuggestion {
    /// The closest candidate, if it is close enough to be a plausible typo.
    static func closest(to key: String, among candidates: some Sequence<String>) -> String? {
        let folded = fold(key)
        // The closest, ties broken alphabetically: the same suggestion on every run, whatever the
        // order the candidates come in (often a `Set`).
        let ranked = candidates.map { (candidate: $0, distance: editDistance(folded, fold($0))) }
            .min { ($0.distance, $0.candidate) < ($1.distance, $1.candidate) }
        guard let (candidate, distance) = ranked else { return nil }
        let allowed = max(2, folded.count / 3)
        return distance <= allowed ? candidate : nil
    }

    /// Lower-cased, without accents, and without the spaces and quotes pasted from word processors
    /// («“Título”» and «titulo\u{A0}» both fold to «titulo»).
    static func fold(_ text: String) -> [Character] {
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: text.unicodeScalars.filter {
            !InputCharacters.isLookalikeSpace($0) && !InputCharacters.isTypographicQuote($0) && $0 != "\t" && $0 != " "
        })
        return Array(String(kept).lowercased().folding(options: .diacriticInsensitive, locale: nil))
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
