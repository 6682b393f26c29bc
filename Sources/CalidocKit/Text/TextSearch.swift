/// Substring search on UTF-8 bytes, for the hot paths of a build.
///
/// Foundation's `range(of:)`, `contains(_:)` and `replacingOccurrences(of:with:)` bridge Swift
/// strings to `NSString` on Linux (UTF-16 copies, CFString search); in a build they were a fifth of
/// all instructions. A UTF-8 match of a valid needle always starts and ends on character-safe
/// scalar boundaries, so the ranges found are valid string indices.
public enum TextSearch {
    /// The first range of `needle` in `text` at or after `start`.
    public static func range(of needle: String, in text: String, from start: String.Index? = nil) -> Range<String.Index>? {
        let haystack = text.utf8
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return nil }
        var index = start ?? haystack.startIndex
        while let candidate = haystack[index...].firstIndex(of: first) {
            var cursor = candidate
            var matched = 0
            while matched < pattern.count, cursor < haystack.endIndex, haystack[cursor] == pattern[matched] {
                cursor = haystack.index(after: cursor)
                matched += 1
            }
            if matched == pattern.count { return candidate..<cursor }
            index = haystack.index(after: candidate)
        }
        return nil
    }

    /// Whether `text` contains `needle`.
    public static func contains(_ needle: String, in text: String) -> Bool {
        range(of: needle, in: text) != nil
    }

    /// The pieces of `text` between occurrences of `separator` (empty pieces kept).
    public static func pieces(of text: String, separatedBy separator: String) -> [Substring] {
        var result: [Substring] = []
        var start = text.startIndex
        while let found = range(of: separator, in: text, from: start) {
            result.append(text[start..<found.lowerBound])
            start = found.upperBound
        }
        result.append(text[start...])
        return result
    }

    /// `text` with every occurrence of the ASCII byte `byte` replaced by `replacement` (or removed).
    public static func replacing(_ byte: UInt8, with replacement: UInt8?, in text: String) -> String {
        guard text.utf8.contains(byte) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for value in text.utf8 {
            if value != byte {
                bytes.append(value)
            } else if let replacement {
                bytes.append(replacement)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `text` without leading and trailing white space and newlines (Unicode white space).
    public static func trimmed(_ text: String) -> String { trimmed(Substring(text)) }

    /// `text` without leading and trailing white space and newlines (Unicode white space).
    public static func trimmed(_ text: Substring) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(Substring(scalars[first...last]))
    }
}
