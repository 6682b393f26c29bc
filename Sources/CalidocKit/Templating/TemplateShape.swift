/// The Mustache tags of one template source, read in one linear pass without the Mustache parser.
///
/// The parser and the renderer recurse once per nested section and per included partial, so a
/// template nested a few thousand levels deep would overflow the stack before any check could run.
/// This scan (no recursion, linear in the source) gives the nesting, the partials and the literal
/// text of each section, from which ``TemplateBounds`` refuses what cannot render in bounded work.
struct TemplateShape {
    /// One section (`{{#name}}`, `{{^name}}`, `{{$name}}`, `{{<name}}`) with what its body holds.
    struct Section {
        let name: String
        /// 1-based line of the opening tag.
        let line: Int
        /// Bytes of literal text in the body, nested sections included.
        let literalBytes: Int
        /// Partials included anywhere in the body.
        let partials: [String]
    }

    /// A partial inclusion and the section depth it sits at.
    struct Inclusion {
        let name: String
        let line: Int
        let depth: Int
    }

    /// Every section, in order of closing.
    private(set) var sections: [Section] = []
    /// Every partial inclusion, in source order.
    private(set) var inclusions: [Inclusion] = []
    /// Deepest section nesting, and the line of the first opening tag that reaches it.
    private(set) var deepest: (depth: Int, line: Int) = (0, 0)
    /// Line of the first opening tag at each depth (index 0 is depth 1).
    private(set) var firstLineAtDepth: [Int] = []
    /// Bytes of literal text outside tags.
    private(set) var literalBytes = 0

    /// Scans `source`, stopping at the first section nested deeper than `depthLimit` (the
    /// template is refused then, and the rest need not be read).
    init(source: String, depthLimit: Int = TemplateBounds.maximumDepth) {
        let bytes = Array(source.utf8)
        var open: [(name: String, line: Int, literalAtOpen: Int, partials: [String])] = []
        var line = 1
        var index = 0
        var textStart = 0
        func countText(_ end: Int) {
            literalBytes += end - textStart
        }
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") { line += 1 }
            guard bytes[index] == UInt8(ascii: "{"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "{") else {
                index += 1
                continue
            }
            countText(index)
            let tagLine = line
            let triple = index + 2 < bytes.count && bytes[index + 2] == UInt8(ascii: "{")
            let contentStart = index + (triple ? 3 : 2)
            let closing: [UInt8] = triple ? Array("}}}".utf8) : Array("}}".utf8)
            var end = contentStart
            while end < bytes.count, !bytes[end...].starts(with: closing) {
                if bytes[end] == UInt8(ascii: "\n") { line += 1 }
                end += 1
            }
            let content = String(decoding: bytes[contentStart..<min(end, bytes.count)], as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            index = min(end + closing.count, bytes.count)
            textStart = index
            guard !triple, let sigil = content.first else { continue }
            let name = content.dropFirst().trimmingCharacters(in: .whitespacesAndNewlines)
            switch sigil {
            case "#", "^", "$", "<":
                open.append((name, tagLine, literalBytes, []))
                if open.count > deepest.depth {
                    deepest = (open.count, tagLine)
                    firstLineAtDepth.append(tagLine)
                }
                if open.count > depthLimit { return }
                if sigil == "<" { include(name, line: tagLine, depth: open.count - 1, into: &open) }
            case ">":
                include(name, line: tagLine, depth: open.count, into: &open)
            case "/":
                guard let section = open.popLast() else { continue }
                sections.append(
                    Section(name: section.name, line: section.line, literalBytes: literalBytes - section.literalAtOpen,
                            partials: section.partials))
            default:
                continue
            }
        }
        countText(min(index, bytes.count))
    }

    private mutating func include(
        _ name: String, line: Int, depth: Int, into open: inout [(name: String, line: Int, literalAtOpen: Int, partials: [String])]
    ) {
        inclusions.append(Inclusion(name: name, line: line, depth: depth))
        for level in open.indices { open[level].partials.append(name) }
    }
}
