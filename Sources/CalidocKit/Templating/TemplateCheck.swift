import Foundation

/// Static checks of one template source, reported with the template's own line numbers.
enum TemplateCheck {
    /// Checks partial references and markup.
    static func check(source: String, origin: String, known: Set<String>) throws {
        if let line = delimiterChange(in: source) {
            throw TemplateError(
                file: origin, line: line,
                problem: LocalizedMessage(
                    es: "las plantillas no pueden cambiar los delimitadores de Mustache («{{=… …=}}»)",
                    en: "templates cannot change the Mustache delimiters («{{=… …=}}»)"))
        }
        for (line, partial) in partials(in: source) {
            if partial.hasPrefix("*") {
                throw TemplateError(
                    file: origin, line: line,
                    problem: LocalizedMessage(
                        es: "los parciales dinámicos («{{>\(partial)}}») no se admiten: nombre el parcial directamente",
                        en: "dynamic partials («{{>\(partial)}}») are not supported: name the partial directly"))
            }
            if !known.contains(partial) {
                throw TemplateError(
                    file: origin, line: line,
                    problem: LocalizedMessage(
                        es: "el parcial «\(partial)» no existe", en: "partial «\(partial)» does not exist"))
            }
        }
        do {
            try XHTMLReader.checkMarkup(blankingTags(source))
        } catch let problem as XHTMLProblem {
            throw TemplateError(file: origin, line: problem.line, problem: problem.message)
        }
    }

    /// `{{> name}}` and `{{< name}}` (partial and parent) references with their 1-based line.
    static func partials(in source: String) -> [(Int, String)] {
        var result: [(Int, String)] = []
        for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = Substring(line)
            while let open = rest.range(of: "{{") {
                let after = rest[open.upperBound...]
                guard let close = after.range(of: "}}") else { break }
                let tag = after[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                if let first = tag.first, first == ">" || first == "<" {
                    result.append((index + 1, tag.dropFirst().trimmingCharacters(in: .whitespaces)))
                }
                rest = after[close.upperBound...]
            }
        }
        return result
    }

    /// The 1-based line of the first `{{=… …=}}` tag: every check here assumes `{{ }}`.
    static func delimiterChange(in source: String) -> Int? {
        for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = Substring(line)
            while let open = rest.range(of: "{{") {
                let tag = rest[open.upperBound...].drop { $0 == " " || $0 == "\t" }
                if tag.hasPrefix("=") { return index + 1 }
                rest = rest[open.upperBound...]
            }
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
            if let first = tag.first, "#^/><$!=&".contains(first) {
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
