import Foundation

/// The Mustache tags of one template source with their line and column, read in one pass.
///
/// ``TemplateShape`` counts sections for the bounds; this keeps every tag (variables too) and
/// where it starts, for checks that point at a key: `{{`'s 1-based line and column (in characters).
struct TemplateTags {
    /// One tag.
    struct Tag: Equatable {
        /// What kind of tag it is.
        enum Kind: Equatable {
            /// `{{name}}`: escaped text.
            case variable
            /// `{{{name}}}` or `{{&name}}`: printed as is.
            case unescaped
            /// `{{#name}}`.
            case section
            /// `{{^name}}`.
            case inverted
            /// `{{/name}}`.
            case close
            /// `{{>name}}`.
            case partial
            /// `{{<name}}` (a parent template, closed by `{{/name}}`).
            case parent
            /// `{{$name}}` (a block, closed by `{{/name}}`).
            case block
            /// `{{! … }}` and `{{=… …=}}`: nothing to look up.
            case other
        }

        let kind: Kind
        /// The name inside the tag, trimmed (`clave`, `a.b`, `first(lista)`).
        let name: String
        let line: Int
        let column: Int
    }

    /// Every tag, in source order.
    let tags: [Tag]

    init(source: String) {
        var tags: [Tag] = []
        let characters = Array(source)
        var line = 1
        var column = 1
        var index = 0
        func advance(through end: Int) {
            while index < end {
                if characters[index] == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                index += 1
            }
        }
        while index < characters.count {
            guard characters[index] == "{", index + 1 < characters.count, characters[index + 1] == "{" else {
                advance(through: index + 1)
                continue
            }
            let (tagLine, tagColumn) = (line, column)
            let triple = index + 2 < characters.count && characters[index + 2] == "{"
            let start = index + (triple ? 3 : 2)
            let closing: [Character] = triple ? ["}", "}", "}"] : ["}", "}"]
            var end = start
            while end < characters.count, !characters[end...].starts(with: closing) { end += 1 }
            let content = String(characters[start..<min(end, characters.count)]).trimmingCharacters(in: .whitespacesAndNewlines)
            advance(through: min(end + closing.count, characters.count))
            let kind: Tag.Kind
            var name = content
            if triple {
                kind = .unescaped
            } else {
                switch content.first {
                case "#": kind = .section
                case "^": kind = .inverted
                case "/": kind = .close
                case ">": kind = .partial
                case "<": kind = .parent
                case "$": kind = .block
                case "&": kind = .unescaped
                case "!", "=": kind = .other
                default: kind = .variable
                }
                if kind != .variable { name = String(content.dropFirst()).trimmingCharacters(in: .whitespacesAndNewlines) }
            }
            tags.append(Tag(kind: kind, name: name, line: tagLine, column: tagColumn))
        }
        self.tags = tags
    }
}
