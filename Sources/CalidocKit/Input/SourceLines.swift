/// Splits a file in lines exactly where libyaml does, so that every line and column calidoc
/// computes (forbidden characters, escapes, comments, caret snippets) agrees with libyaml's marks:
/// line feed, carriage return alone or before a line feed, and the Unicode line and paragraph
/// separators (U+2028, U+2029; U+0085 is refused before YAML reads the file).
enum SourceLines {
    static func split(_ text: String) -> [Substring] {
        // Most files have only line feeds: split on the byte directly (a 4 MB file in a debug
        // build; the editor splits the Política on every check). A line feed is always a
        // character of its own when no carriage return precedes it, so bytes and characters agree.
        var text = text
        let onlyLineFeeds = text.withUTF8 { buffer in
            for index in buffer.indices {
                switch buffer[index] {
                case 0x0D:
                    return false
                case 0xC2 where index + 1 < buffer.count && buffer[index + 1] == 0x85:
                    return false  // U+0085
                case 0xE2 where index + 2 < buffer.count && buffer[index + 1] == 0x80 && (buffer[index + 2] == 0xA8 || buffer[index + 2] == 0xA9):
                    return false  // U+2028, U+2029
                default:
                    continue
                }
            }
            return true
        }
        if onlyLineFeeds {
            return text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0) }
        }
        var lines: [Substring] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var index = start
        while index < scalars.endIndex {
            let scalar = scalars[index]
            switch scalar {
            case "\n", "\u{2028}", "\u{2029}", "\u{85}":
                lines.append(Substring(scalars[start..<index]))
                index = scalars.index(after: index)
                start = index
            case "\r":
                lines.append(Substring(scalars[start..<index]))
                index = scalars.index(after: index)
                if index < scalars.endIndex, scalars[index] == "\n" { index = scalars.index(after: index) }
                start = index
            default:
                index = scalars.index(after: index)
            }
        }
        lines.append(Substring(scalars[start..<scalars.endIndex]))
        return lines
    }

    /// Whether `scalar` ends a line for libyaml (a CR before a LF ends it together with the LF).
    static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\n", "\r", "\u{2028}", "\u{2029}", "\u{85}": true
        default: false
        }
    }
}
