/// Escaping for GitHub-flavoured Markdown: what the user typed comes back as text, never as markup.
enum MarkdownText {
    /// ASCII punctuation that can start or end Markdown markup inside a line. CommonMark lets a
    /// backslash escape any ASCII punctuation, so escaping one that is harmless in context is safe.
    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "&", "!"]

    /// `text` with Markdown-special characters backslash-escaped; tabs kept, other control characters dropped.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in XMLText.sanitized(text) {
            if character == "\n" || character == "\r" || character == "\r\n" {
                // Model text holds no line ends; one that slips in must not end the paragraph.
                result.append(" ")
                continue
            }
            if special.contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// A rendered line whose start would otherwise read as a list item, heading, quote, thematic
    /// break or setext underline (`- `, `+ `, `1. `, `2) `, `=`, `-`), made literal with a backslash.
    static func guardingLineStart(_ line: String) -> String {
        guard let first = line.first else { return line }
        if first == "-" || first == "+" || first == "=" { return "\\" + line }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 9 {
            let rest = line.dropFirst(digits.count)
            if let marker = rest.first, marker == "." || marker == ")" {
                return String(digits) + "\\" + String(rest)
            }
        }
        return line
    }

    /// A link destination: spaces encoded, parentheses escaped, so the link always closes where it should.
    static func destination(_ url: String) -> String {
        var result = ""
        for character in XMLText.sanitized(url) {
            switch character {
            case " ": result += "%20"
            case "\n", "\t", "\r": continue
            case "(", ")", "<", ">", "\\": result += "\\" + String(character)
            default: result.append(character)
            }
        }
        return result
    }
}
