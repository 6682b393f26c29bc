import Foundation

/// Checks the keys a workspace's own templates use against the context of the document they
/// render (``DocumentKeys``): a key the document does not have would print nothing, silently, so
/// each is reported as a located warning (CAL-PL-003), as is a key printed the wrong way for its
/// kind (user text with triple braces, markup with double braces).
///
/// Each root template is read with the scopes Mustache would have: a section over a list or a
/// record opens its keys, and a key is known when any enclosing scope has it. Partials are read
/// where they are included, with the scopes around the inclusion.
struct TemplateKeyCheck {
    static let code = "CAL-PL-003"

    let sources: [String: String]
    let origins: [String: String]
    /// Templates to report on (the workspace's overrides); others are read only for their partials.
    let reported: Set<String>
    /// Turns an origin into the path shown (relative to the workspace when inside it).
    var displayPath: (String) -> String = { $0 }

    /// One enclosing scope: its keys, or `nil` when unknown (after an unknown section: anything goes).
    private typealias Scope = [TemplateKey]?

    /// The warnings, in template, line and column order, each reported once.
    func diagnostics() -> [Diagnostic] {
        var found: [Diagnostic] = []
        var seen: Set<SourceLocation> = []
        var visited: Set<Visit> = []
        for root in DocumentKeys.roots where sources[root.template] != nil {
            walk(root.template, root: root, scopes: [root.keys], path: [], visited: &visited) { diagnostic in
                guard let location = diagnostic.location, seen.insert(location).inserted else { return }
                found.append(diagnostic)
            }
        }
        return found.sorted {
            let (left, right) = ($0.location ?? SourceLocation(file: "", line: 0, column: 0), $1.location ?? SourceLocation(file: "", line: 0, column: 0))
            return (left.file, left.line, left.column) < (right.file, right.line, right.column)
        }
    }

    /// A template read with given scopes: reading it again the same way finds nothing new (and a
    /// partial included many times over is read once per distinct place).
    private struct Visit: Hashable {
        let template: String
        let scopes: [Scope]
    }

    private func walk(
        _ name: String, root: DocumentKeys.Root, scopes: [Scope], path: [String], visited: inout Set<Visit>,
        report: (Diagnostic) -> Void
    ) {
        // A cycle or a runaway chain is refused by the bounds check; here it only ends the walk.
        guard let source = sources[name], !path.contains(name), path.count <= TemplateBounds.maximumDepth,
              visited.insert(Visit(template: name, scopes: scopes)).inserted
        else { return }
        let isReported = reported.contains(name)
        let file = displayPath(origins[name] ?? name + ".mustache")
        var stack = scopes
        var opened = 0
        for tag in TemplateTags(source: source).tags {
            switch tag.kind {
            case .other:
                continue
            case .block:
                // A block's name is not a key; its body sees the same scopes.
                stack.append([])
                opened += 1
            case .close:
                if opened > 0 {
                    stack.removeLast()
                    opened -= 1
                }
            case .partial:
                walk(tag.name, root: root, scopes: stack, path: path + [name], visited: &visited, report: report)
            case .parent:
                walk(tag.name, root: root, scopes: stack, path: path + [name], visited: &visited, report: report)
                stack.append([])
                opened += 1
            case .section, .inverted, .variable, .unescaped:
                let resolved = resolve(tag.name, in: stack)
                if isReported, let problem = problem(tag, resolved: resolved, partOf: name == root.template ? nil : root) {
                    report(Diagnostic(
                        severity: .warning, code: Self.code, message: problem.message,
                        location: SourceLocation(file: file, line: tag.line, column: tag.column), hint: problem.hint))
                }
                guard tag.kind == .section || tag.kind == .inverted else { continue }
                switch resolved {
                case .unknown: stack.append(nil)
                case .anything: stack.append(nil)
                case .found(let kind): stack.append(tag.kind == .section ? (kind.scopeKeys ?? []) : [])
                }
                opened += 1
            }
        }
    }

    /// What a name stands for in the scopes.
    private enum Resolution {
        /// A key of this kind.
        case found(TemplateKind)
        /// No scope has it; `candidates` are the names that could have been meant (whole, as written).
        case unknown(candidates: [String])
        /// Cannot be told (`.`, a scope of unknown keys): accepted.
        case anything
    }

    private func resolve(_ tagName: String, in stack: [Scope]) -> Resolution {
        // `first(lista)`, `count(reversed(lista))`: the key is the innermost argument.
        var name = Substring(tagName)
        while let open = name.firstIndex(of: "("), name.last == ")" {
            name = name[name.index(after: open)..<name.index(before: name.endIndex)]
        }
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed != "." else { return .anything }
        let onlyInnermost = trimmed.hasPrefix(".")
        let parts = trimmed.split(separator: ".").map(String.init)
        guard let first = parts.first else { return .anything }
        let candidates = onlyInnermost ? Array(stack.suffix(1)) : stack.reversed()
        for scope in candidates {
            guard let keys = scope else { return .anything }
            guard let key = keys.first(where: { $0.name == first }) else { continue }
            var kind = key.kind
            var prefix = (onlyInnermost ? "." : "") + first
            for part in parts.dropFirst() {
                guard case .object(let nested) = kind else { return .unknown(candidates: []) }
                guard let next = nested.first(where: { $0.name == part }) else {
                    return .unknown(candidates: nested.map { prefix + "." + $0.name })
                }
                kind = next.kind
                prefix += "." + part
            }
            return .found(kind)
        }
        let known = candidates.compactMap { $0 }.flatMap { $0.map(\.name) }
        return .unknown(candidates: known.map { (onlyInnermost ? "." : "") + $0 + (parts.count > 1 ? "." + parts.dropFirst().joined(separator: ".") : "") })
    }

    /// The warning for a tag, if any; `partOf` names the document when the tag is in a partial.
    private func problem(
        _ tag: TemplateTags.Tag, resolved: Resolution, partOf root: DocumentKeys.Root?
    ) -> (message: LocalizedMessage, hint: LocalizedMessage?)? {
        switch resolved {
        case .anything:
            return nil
        case .unknown(let candidates):
            let nearby = Self.suggestion(for: tag.name, among: candidates)
            return (
                LocalizedMessage(
                    es: "la clave «\(tag.name)» no existe en " + (root.map { "el documento «\($0.title.es)» (\($0.template).mustache), que incluye esta plantilla" } ?? "este documento")
                        + ": se imprimiría vacía",
                    en: "the key «\(tag.name)» does not exist in " + (root.map { "the document «\($0.title.en)» (\($0.template).mustache), which includes this template" } ?? "this document")
                        + ": it would print empty"),
                nearby.map { LocalizedMessage(es: "¿quiso decir «\($0)»? (claves: sección «Claves de las plantillas» del README)",
                                               en: "did you mean «\($0)»? (keys: «Claves de las plantillas» section of the README)") }
                    ?? LocalizedMessage(es: "vea las claves de cada documento en la sección «Claves de las plantillas» del README",
                                        en: "see each document's keys in the «Claves de las plantillas» section of the README"))
        case .found(let kind):
            switch (tag.kind, kind) {
            case (.unescaped, .text):
                return (
                    LocalizedMessage(
                        es: "la clave «\(tag.name)» es texto: con llaves triples se escribiría sin escapar y un «<» o «&» escrito en los datos rompería el documento",
                        en: "the key «\(tag.name)» is text: with triple braces it would be written unescaped, and a «<» or «&» in the data would break the document"),
                    LocalizedMessage(es: "escriba {{\(tag.name)}}", en: "write {{\(tag.name)}}"))
            case (.variable, .html):
                return (
                    LocalizedMessage(
                        es: "la clave «\(tag.name)» es XHTML: con llaves dobles se verían las etiquetas («<em>») en el documento",
                        en: "the key «\(tag.name)» is XHTML: with double braces its tags («<em>») would show in the document"),
                    LocalizedMessage(es: "escriba {{{\(tag.name)}}}", en: "write {{{\(tag.name)}}}"))
            default:
                return nil
            }
        }
    }

    /// The candidate spelt almost like `name` (one or two letters apart), to suggest.
    static func suggestion(for name: String, among candidates: [String]) -> String? {
        candidates
            .map { ($0, distance(Array(name), Array($0))) }
            .filter { $0.1 <= 2 && $0.1 < max(name.count / 2, 1) }
            .min { $0.1 < $1.1 }?.0
    }

    /// Levenshtein distance, for suggestions (names are short).
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for (i, left) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, right) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (left == right ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
