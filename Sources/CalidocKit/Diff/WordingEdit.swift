import Foundation

/// A small difference between two wordings, small enough for a statement to say it
/// ("incorporando «…»", "reemplazando «X» por «Y»", "eliminando «…»") instead of quoting the whole
/// new text.
///
/// Words are compared after light markup is removed and spaces collapsed; the common words at the
/// start and at the end are set aside and the middle of each version is the edit.
enum WordingEdit: Equatable, Sendable {
    /// Words inserted, nothing removed.
    case inserted(String)
    /// Words removed, nothing inserted.
    case removed(String)
    /// A few words in place of a few others.
    case replaced(old: String, new: String)

    /// Most words an inserted or removed run may have to be quoted in a statement.
    static let maximumRun = 30
    /// Most words on each side of a replacement.
    static let maximumReplacement = 8

    /// The edit from `old` to `new`, or `nil` when they are equal or differ too much to say briefly.
    static func between(_ old: String, _ new: String) -> WordingEdit? {
        let before = words(old)
        let after = words(new)
        guard before != after else { return nil }
        var prefix = 0
        while prefix < before.count, prefix < after.count, before[prefix] == after[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < before.count - prefix, suffix < after.count - prefix,
              before[before.count - 1 - suffix] == after[after.count - 1 - suffix] {
            suffix += 1
        }
        let removed = Array(before[prefix..<(before.count - suffix)])
        let inserted = Array(after[prefix..<(after.count - suffix)])
        // Most of the text changed: a quoted run would not be "small".
        guard prefix + suffix > 0 else { return nil }
        switch (removed.isEmpty, inserted.isEmpty) {
        case (true, false):
            return inserted.count <= maximumRun ? .inserted(span(inserted)) : nil
        case (false, true):
            return removed.count <= maximumRun ? .removed(span(removed)) : nil
        case (false, false):
            guard removed.count <= maximumReplacement, inserted.count <= maximumReplacement else { return nil }
            return .replaced(old: span(removed), new: span(inserted))
        case (true, true):
            return nil
        }
    }

    /// The words of `text`, with final punctuation as a token of its own ("posible." → "posible", "."),
    /// so a sentence cut short is a removal, not a replacement of its last word.
    static func words(_ text: String) -> [String] {
        let plain = InlineWhitespace.collapse(RichText.plain(text))
        return plain.split(whereSeparator: \.isWhitespace).flatMap { word -> [String] in
            guard word.count > 1, let last = word.last, punctuation.contains(last) else { return [String(word)] }
            return [String(word.dropLast()), String(last)]
        }
    }

    static let punctuation: Set<Character> = [".", ",", ";", ":", "!", "?"]

    /// The words of a run, without the punctuation that only joined them to their neighbours.
    static func span(_ words: [String]) -> String {
        var text = ""
        for word in words {
            if word.count == 1, let mark = word.first, punctuation.contains(mark) {
                text += word
            } else {
                text += text.isEmpty ? word : " " + word
            }
        }
        while let last = text.last, punctuation.contains(last) { text.removeLast() }
        while let first = text.first, punctuation.contains(first) { text.removeFirst() }
        return text.trimmingCharacters(in: .whitespaces)
    }
}
