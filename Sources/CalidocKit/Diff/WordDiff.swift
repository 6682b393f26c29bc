/// Word-level differences of two paragraphs as inlines with tracked insertions and deletions,
/// keeping each word's formatting: a reworded principle keeps its bold name, deleted words keep the
/// formatting they had in the old version.
enum WordDiff {
    /// What wraps a word (outermost first).
    enum Wrapper: Hashable {
        case strong, emphasis, underline
        case link(String)
        case span([String])
    }

    /// A word with the space after it, or an atom (a line break, an image).
    struct Token {
        var inline: Inline
        var wrappers: [Wrapper]
        /// What the token is compared by.
        var key: String
    }

    /// Splits text into words, each with the spaces that follow it.
    static func words(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in text {
            if character != " " && current.last == " " {
                result.append(current)
                current = ""
            }
            current.append(character)
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// The words and atoms of `inlines` with their formatting.
    static func tokens(_ inlines: [Inline], wrappers: [Wrapper] = []) -> [Token] {
        inlines.flatMap { inline -> [Token] in
            switch inline {
            case .text(let text):
                return words(text).map { Token(inline: .text($0), wrappers: wrappers, key: $0.trimmingCharacters(in: .whitespaces)) }
            case .strong(let content): return tokens(content, wrappers: wrappers + [.strong])
            case .emphasis(let content): return tokens(content, wrappers: wrappers + [.emphasis])
            case .underline(let content): return tokens(content, wrappers: wrappers + [.underline])
            case .link(let url, let content): return tokens(content, wrappers: wrappers + [.link(url)])
            case .span(let classes, let content): return tokens(content, wrappers: wrappers + [.span(classes)])
            case .tracked(_, let content): return tokens(content, wrappers: wrappers)
            case .lineBreak: return [Token(inline: inline, wrappers: wrappers, key: "\n")]
            case .image(let image): return [Token(inline: inline, wrappers: wrappers, key: "\u{FFFC}" + image.source)]
            }
        }
    }

    /// `new` with the words removed from `old` and the words added marked.
    static func inlines(old: [Inline], new: [Inline], insertion: TrackedChange, deletion: TrackedChange) -> [Inline] {
        let before = tokens(old)
        let after = tokens(new)
        let pairs = Redline.lcs(before.map(\.key), after.map(\.key))
        var marked: [(Token, TrackedChange?)] = []
        var i = 0
        var j = 0
        for (oldIndex, newIndex) in pairs + [(before.count, after.count)] {
            marked += before[i..<oldIndex].map { ($0, deletion) }
            marked += after[j..<newIndex].map { ($0, insertion) }
            if newIndex < after.count { marked += same(before[oldIndex], after[newIndex], insertion: insertion, deletion: deletion) }
            i = oldIndex + 1
            j = newIndex + 1
        }
        return rebuilt(marked)
    }

    /// A word in both versions. Its spacing may differ ("1.0 " before a removed word, "1.0" at the
    /// end of the new text): the common part is kept and the rest marked, so that rejecting gives
    /// the old spacing back and accepting the new one.
    static func same(_ old: Token, _ new: Token, insertion: TrackedChange, deletion: TrackedChange) -> [(Token, TrackedChange?)] {
        guard case .text(let before) = old.inline, case .text(let after) = new.inline, before != after else { return [(new, nil)] }
        let common = String(zip(before, after).prefix { $0 == $1 }.map(\.0))
        var result: [(Token, TrackedChange?)] = []
        if !common.isEmpty { result.append((Token(inline: .text(common), wrappers: new.wrappers, key: new.key), nil)) }
        let removed = String(before.dropFirst(common.count))
        let added = String(after.dropFirst(common.count))
        if !removed.isEmpty { result.append((Token(inline: .text(removed), wrappers: old.wrappers, key: ""), deletion)) }
        if !added.isEmpty { result.append((Token(inline: .text(added), wrappers: new.wrappers, key: ""), insertion)) }
        return result
    }

    /// Consecutive tokens with the same formatting and change joined back into inlines.
    static func rebuilt(_ marked: [(Token, TrackedChange?)]) -> [Inline] {
        var result: [Inline] = []
        var run: [Inline] = []
        var current: (wrappers: [Wrapper], change: TrackedChange?)?
        func flush() {
            guard let current, !run.isEmpty else { return }
            var content = joined(run)
            for wrapper in current.wrappers.reversed() { content = [wrapped(content, in: wrapper)] }
            result += current.change.map { [.tracked($0, content)] } ?? content
            run = []
        }
        for (token, change) in marked {
            if let current, current.wrappers == token.wrappers, current.change == change {
                run.append(token.inline)
                continue
            }
            flush()
            current = (token.wrappers, change)
            run = [token.inline]
        }
        flush()
        return result
    }

    /// Adjacent texts as one.
    private static func joined(_ inlines: [Inline]) -> [Inline] {
        var result: [Inline] = []
        for inline in inlines {
            if case .text(let text) = inline, case .text(let previous)? = result.last {
                result[result.count - 1] = .text(previous + text)
            } else {
                result.append(inline)
            }
        }
        return result
    }

    private static func wrapped(_ content: [Inline], in wrapper: Wrapper) -> Inline {
        switch wrapper {
        case .strong: .strong(content)
        case .emphasis: .emphasis(content)
        case .underline: .underline(content)
        case .link(let url): .link(url: url, content: content)
        case .span(let classes): .span(classes: classes, content: content)
        }
    }
}
