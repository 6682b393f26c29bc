import Foundation

/// The light markup of free-text inputs, turned into safe XHTML.
///
/// Text is escaped first, then `**negrita**` and `*cursiva*` become `<strong>`/`<em>`; a blank
/// line separates paragraphs and a single line break is a space. Because escaping comes first,
/// user text can never inject markup.
enum RichText {
    /// The paragraphs of a text, each as safe inline XHTML.
    static func paragraphs(_ text: String?) -> [String] {
        guard let text else { return [] }
        var paragraphs: [String] = []
        var current: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = trimmingBlanks(line)
            if trimmed.isEmpty {
                if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
                current = []
            } else {
                current.append(trimmed)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        return paragraphs.map(inline)
    }

    /// One line of text as safe inline XHTML (paragraph breaks become spaces).
    static func inline(_ text: String) -> String {
        let escaped = XMLText.escaped(TextSearch.replacing(0x0a, with: 0x20, in: text))
        return emphasis(strong(escaped))
    }

    /// The text without markup, for quoting and plain outputs.
    static func plain(_ text: String) -> String {
        // Removing "**" then "*" removes every asterisk.
        TextSearch.replacing(UInt8(ascii: "*"), with: nil, in: text)
    }

    /// The line without leading and trailing blanks: tabs and space separators (what Foundation's
    /// `.whitespaces` trims, without bridging to NSString).
    static func trimmingBlanks(_ line: Substring) -> String {
        let isBlank = { (scalar: Unicode.Scalar) in scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator }
        let scalars = line.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isBlank($0) }), let last = scalars.lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(scalars[first...last])
    }

    private static func strong(_ text: String) -> String {
        replacePairs(in: text, marker: "**", open: "<strong>", close: "</strong>")
    }

    private static func emphasis(_ text: String) -> String {
        replacePairs(in: text, marker: "*", open: "<em>", close: "</em>")
    }

    /// Replaces balanced marker pairs; an unpaired marker stays as literal text.
    private static func replacePairs(in text: String, marker: String, open: String, close: String) -> String {
        let pieces = TextSearch.pieces(of: text, separatedBy: marker)
        guard pieces.count >= 3 else { return text }
        var result = String(pieces[0])
        var index = 1
        while index < pieces.count {
            if index + 1 < pieces.count {
                result += open + pieces[index] + close + pieces[index + 1]
                index += 2
            } else {
                result += marker + pieces[index]
                index += 1
            }
        }
        return result
    }
}
