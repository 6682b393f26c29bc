import Foundation

/// Static checks of one template source, reported with the template's own line numbers.
enum TemplateCheck {
    /// Checks partial references and markup.
    static func check(source: String, origin: String, known: Set<String>) throws {
        for (line, partial) in partials(in: source) where !known.contains(partial) {
            throw TemplateError(
                file: origin, line: line,
                problem: LocalizedMessage(
                    es: "el parcial «\(partial)» no existe", en: "partial «\(partial)» does not exist"))
        }
        do {
            try XHTMLReader.checkMarkup(blankingTags(source))
        } catch let problem as XHTMLProblem {
            throw TemplateError(file: origin, line: problem.line, problem: problem.message)
        }
    }

    /// `{{> name}}` references with their 1-based line.
    static func partials(in source: String) -> [(Int, String)] {
        var result: [(Int, String)] = []
        for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = Substring(line)
            while let open = rest.range(of: "{{>") {
                let after = rest[open.upperBound...]
                guard let close = after.range(of: "}}") else { break }
                let name = after[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                result.append((index + 1, name))
                rest = after[close.upperBound...]
            }
        }
        return result
    }

    /// A chain of partials that includes itself (`portada → portada`, `a → b → a`), if any.
    ///
    /// Mustache expands partials while rendering, so such a chain recurses until the stack overflows;
    /// a section around the reference does not stop it, because names are looked up through every
    /// enclosing context. Sources are visited in name order, so the same set always reports the same chain.
    static func partialCycle(in sources: [String: String]) -> PartialCycle? {
        var references: [String: [(Int, String)]] = [:]
        for (name, source) in sources {
            references[name] = partials(in: source).filter { sources[$0.1] != nil }
        }
        var finished: Set<String> = []
        var path: [(name: String, line: Int)] = []
        func visit(_ name: String) -> PartialCycle? {
            for (line, partial) in references[name] ?? [] where !finished.contains(partial) {
                let chain = path + [(name, line)]
                if let start = chain.firstIndex(where: { $0.name == partial }) {
                    let loop = chain[start...]
                    return PartialCycle(names: loop.map(\.name) + [partial], line: loop.first?.line ?? line)
                }
                path.append((name, line))
                defer { path.removeLast() }
                if let cycle = visit(partial) { return cycle }
            }
            finished.insert(name)
            return nil
        }
        for name in sources.keys.sorted() where !finished.contains(name) {
            if let cycle = visit(name) { return cycle }
        }
        return nil
    }

    /// Replaces Mustache tags by neutral text so the markup can be parsed line for line:
    /// variables become `x`, sections, partials and comments disappear.
    static func blankingTags(_ source: String) -> String {
        var result = ""
        var rest = Substring(source)
        while let open = rest.range(of: "{{") {
            result += rest[..<open.lowerBound]
            let afterOpen = rest[open.upperBound...]
            let closing = afterOpen.hasPrefix("{") ? "}}}" : "}}"
            guard let close = afterOpen.range(of: closing) else {
                result += rest[open.lowerBound...]
                return result
            }
            let tag = afterOpen[..<close.lowerBound]
            let newlines = tag.filter { $0 == "\n" }
            if let first = tag.first, "#^/>!=&".contains(first) {
                result += String(newlines)
            } else {
                result += "x" + String(newlines)
            }
            rest = afterOpen[close.upperBound...]
        }
        result += rest
        return result
    }
}

/// Partials that include themselves, found by ``TemplateCheck/partialCycle(in:)``.
struct PartialCycle: Hashable, Sendable {
    /// The templates in order, the first repeated at the end: `["a", "b", "a"]`.
    let names: [String]
    /// The line of `names[0]` that includes `names[1]`.
    let line: Int
}
