import Foundation

/// The light markup of free-text inputs, turned into safe XHTML.
///
/// `**negrita**`, `*cursiva*` and `***ambas***` become `<strong>`/`<em>`, always properly
/// nested; a marker that closes nothing stays as a literal asterisk and `\*` writes one on
/// purpose. A blank line separates paragraphs and a single line break is a space. Text is
/// escaped as it is emitted, so user text can never inject markup, and every character typed
/// (other than the markers used) reaches the document.
///
/// The pairing follows CommonMark's delimiter runs, simplified: a run of asterisks can open
/// when a non-blank follows it and close when a non-blank precedes it; a closer takes the
/// nearest opener before it, two asterisks at a time when both sides have two, else one.
enum RichText {
    /// The paragraphs of a text, each as safe inline XHTML.
    static func paragraphs(_ text: String?) -> [String] {
        paragraphSources(text).map(inline)
    }

    /// The text of each paragraph, markup still in: lines trimmed and joined by spaces.
    static func paragraphSources(_ text: String?) -> [String] {
        guard let text else { return [] }
        // One line (most texts): no split into characters.
        guard text.utf8.contains(0x0A) else {
            let trimmed = trimmingBlanks(Substring(text))
            return trimmed.isEmpty ? [] : [trimmed]
        }
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
        return paragraphs
    }

    /// One line of text as safe inline XHTML (paragraph breaks become spaces).
    static func inline(_ text: String) -> String {
        InlineMarkup.parse(TextSearch.replacing(0x0a, with: 0x20, in: text)).map(\.xhtml).joined()
    }

    /// The text without the markers that format it, for quoting and plain outputs.
    static func plain(_ text: String) -> String {
        InlineMarkup.parse(text).map(\.plain).joined()
    }

    /// The line without leading and trailing blanks: tabs and space separators (what Foundation's
    /// `.whitespaces` trims, without bridging to NSString).
    static func trimmingBlanks(_ line: Substring) -> String {
        let isBlank = { (scalar: Unicode.Scalar) in scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator }
        let scalars = line.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isBlank($0) }), let last = scalars.lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(scalars[first...last])
    }
}

/// One piece of parsed inline markup.
indirect enum InlineMarkup: Equatable {
    /// Literal text.
    case text(String)
    /// `<em>` around its children.
    case emphasis([InlineMarkup])
    /// `<strong>` around its children.
    case strong([InlineMarkup])

    /// As XHTML, escaped.
    var xhtml: String {
        switch self {
        case .text(let text): XMLText.escaped(text)
        case .emphasis(let children): "<em>" + children.map(\.xhtml).joined() + "</em>"
        case .strong(let children): "<strong>" + children.map(\.xhtml).joined() + "</strong>"
        }
    }

    /// The text alone.
    var plain: String {
        switch self {
        case .text(let text): text
        case .emphasis(let children), .strong(let children): children.map(\.plain).joined()
        }
    }

    /// Deepest nesting of open markers considered: deeper ones are literal text, so the XHTML
    /// stays shallow whatever is typed (each level adds at most `<strong><em>`).
    static let maximumOpenMarkers = 8

    /// Parses `text` into text, emphasis and strong pieces, in one pass.
    static func parse(_ text: String) -> [InlineMarkup] {
        var unpaired = 0
        return parse(text, unpaired: &unpaired)
    }

    /// Parses `text`, counting in `unpaired` the markers (asterisks next to text) that formatted nothing.
    static func parse(_ text: String, unpaired: inout Int) -> [InlineMarkup] {
        // Each open marker collects the pieces after it until a closer pairs with it.
        var root: [InlineMarkup] = []
        var open: [(run: Run, children: [InlineMarkup])] = []
        func append(_ piece: InlineMarkup) {
            if open.isEmpty { root.append(piece) } else { open[open.count - 1].children.append(piece) }
        }
        for token in tokenize(text) {
            guard case .run(var run) = token else {
                if case .element(let piece) = token { append(piece) }
                continue
            }
            if run.canClose {
                while run.count > 0, var opener = open.popLast() {
                    let used = opener.run.count >= 2 && run.count >= 2 ? 2 : 1
                    opener.run.count -= used
                    run.count -= used
                    let element: InlineMarkup = used == 2 ? .strong(opener.children) : .emphasis(opener.children)
                    if opener.run.count > 0 {
                        // The rest of the opener may still pair (with this closer's rest or a later
                        // closer), around this element.
                        opener.children = [element]
                        open.append(opener)
                        continue
                    }
                    append(element)
                }
            }
            guard run.count > 0 else { continue }
            if run.canOpen && open.count < maximumOpenMarkers {
                open.append((run, []))
            } else {
                if run.canOpen || run.canClose { unpaired += 1 }
                append(.text(String(repeating: "*", count: run.count)))
            }
        }
        // Markers never closed are literal asterisks, followed by what they collected.
        unpaired += open.count
        for (run, children) in open {
            root.append(.text(String(repeating: "*", count: run.count)))
            root += children
        }
        return merged(root)
    }

    /// Adjacent text pieces joined (appending to one buffer: linear however many pieces).
    private static func merged(_ pieces: [InlineMarkup]) -> [InlineMarkup] {
        var result: [InlineMarkup] = []
        var text = ""
        for piece in pieces {
            if case .text(let next) = piece {
                text += next
                continue
            }
            if !text.isEmpty { result.append(.text(text)) }
            text = ""
            result.append(piece)
        }
        if !text.isEmpty { result.append(.text(text)) }
        return result
    }

    /// Text and asterisk runs; `\*` is a literal asterisk.
    private static func tokenize(_ text: String) -> [Token] {
        // Most texts hold no asterisk: one literal, without splitting into characters.
        guard text.utf8.contains(0x2A) else { return text.isEmpty ? [] : [.element(.text(text))] }
        let characters = Array(text)
        var tokens: [Token] = []
        var literal = ""
        var index = 0
        func flush() {
            if !literal.isEmpty { tokens.append(.element(.text(literal))) }
            literal = ""
        }
        while index < characters.count {
            let character = characters[index]
            if character == "\\", index + 1 < characters.count, characters[index + 1] == "*" {
                literal.append("*")
                index += 2
                continue
            }
            guard character == "*" else {
                literal.append(character)
                index += 1
                continue
            }
            var end = index
            while end < characters.count && characters[end] == "*" { end += 1 }
            let before = index > 0 ? characters[index - 1] : nil
            let after = end < characters.count ? characters[end] : nil
            flush()
            // More than three asterisks in a row is a rule or a decoration, not emphasis; one
            // between a number or bracket and a number or bracket, `(a/b)*100`, multiplies.
            let isFactor = { (character: Character?) in character.map { $0.isNumber || $0 == ")" || $0 == "(" } ?? false }
            let isMarker = end - index <= 3 && !(isFactor(before) && isFactor(after))
            tokens.append(.run(Run(
                count: end - index,
                canOpen: isMarker && (after.map { !$0.isWhitespace } ?? false),
                canClose: isMarker && (before.map { !$0.isWhitespace } ?? false))))
            index = end
        }
        flush()
        return tokens
    }

    /// A run of asterisks while parsing.
    private struct Run {
        var count: Int
        var canOpen: Bool
        var canClose: Bool
    }

    /// A token of the text: a run of asterisks or literal text.
    private enum Token {
        case run(Run)
        case element(InlineMarkup)
    }
}
