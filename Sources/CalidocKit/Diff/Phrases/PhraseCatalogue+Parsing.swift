import Foundation
import Yams

extension PhraseCatalogue {
    /// The top-level keys of a catalogue file.
    static let sections = ["articulos", "sustantivos", "frases"]

    /// Reads a catalogue file. Without `base` (the embedded defaults) every entry, noun and article
    /// must be present; over a base, the file replaces only what it names.
    ///
    /// - Throws: ``PhraseCatalogueError`` with every problem found: YAML syntax, an unknown key, a
    ///   missing entry, an unknown placeholder, an unclosed brace, a gender other than
    ///   `masculino`/`femenino`, a value that is not a text.
    static func parse(
        _ text: String, displayPath: String, language: MessageLanguage, over base: PhraseCatalogue?
    ) throws(PhraseCatalogueError) -> PhraseCatalogue {
        if let problem = YAMLPreflight.check(text, displayPath: displayPath) { throw PhraseCatalogueError(problem) }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw PhraseCatalogueError(YAMLSyntaxMessages(displayPath: displayPath, lines: SourceLines.split(text)).diagnostic(for: error))
        } catch {
            throw PhraseCatalogueError.unreadable(displayPath, LocalizedMessage(
                es: "el archivo no se pudo leer como YAML", en: "the file could not be read as YAML"))
        }
        var reader = PhraseCatalogueReader(displayPath: displayPath, catalogue: base ?? PhraseCatalogue(
            language: language, entries: [:], nouns: [:], articles: [:]))
        if let root {
            reader.read(root)
        } else if base == nil {
            reader.problem(at: nil, LocalizedMessage(es: "el catálogo de frases está vacío", en: "the phrase catalogue is empty"), hint: nil)
        }
        if base == nil { reader.checkComplete(root) }
        guard reader.diagnostics.isEmpty else { throw PhraseCatalogueError(reader.diagnostics) }
        return reader.catalogue
    }
}

/// Walks a catalogue's YAML nodes, filling a catalogue and collecting located problems.
struct PhraseCatalogueReader {
    let displayPath: String
    var catalogue: PhraseCatalogue
    var diagnostics: [Diagnostic] = []

    /// Entries by `group` then `name`.
    static let keysByGroup: [String: [String: PhraseKey]] = {
        var groups: [String: [String: PhraseKey]] = [:]
        for key in PhraseKey.allCases { groups[key.group, default: [:]][key.name] = key }
        return groups
    }()

    /// Group names in the catalogue's order, for hints.
    static let groupOrder: [String] = {
        var seen: [String] = []
        for key in PhraseKey.allCases where !seen.contains(key.group) { seen.append(key.group) }
        return seen
    }()

    mutating func problem(at node: Node?, column offset: Int = 0, _ message: LocalizedMessage, hint: LocalizedMessage?) {
        let line = node?.mark?.line ?? 1
        let column = (node?.mark?.column ?? 1) + offset
        diagnostics.append(Diagnostic(
            severity: .error, code: PhraseCatalogueError.code,
            message: message, location: SourceLocation(file: displayPath, line: max(line, 1), column: max(column, 1)), hint: hint))
    }

    /// `mapping`'s pairs, or a problem at `node` when it is not a mapping.
    mutating func pairs(_ node: Node, named: String) -> [(key: Node, value: Node)]? {
        guard let mapping = node.mapping else {
            problem(at: node, LocalizedMessage(es: "«\(named)» debe ser un mapa de claves («clave: valor»)",
                                               en: "«\(named)» must be a mapping of keys («key: value»)"),
                    hint: LocalizedMessage(es: "compare con Templates/frases/ de calidoc", en: "compare with calidoc's Templates/frases/"))
            return nil
        }
        return mapping.map { ($0.key, $0.value) }
    }

    /// A text value, or a problem at `node`.
    mutating func text(_ node: Node, named: String) -> String? {
        guard let scalar = node.scalar else {
            problem(at: node, LocalizedMessage(es: "«\(named)» debe ser un texto", en: "«\(named)» must be a text"),
                    hint: LocalizedMessage(es: "escriba el texto entre comillas dobles en la misma línea", en: "write the text in double quotes on the same line"))
            return nil
        }
        return scalar.string
    }

    static func unknown(_ name: String, in place: String, known: [String]) -> (LocalizedMessage, LocalizedMessage) {
        (LocalizedMessage(es: "«\(name)» no es una clave conocida de \(place)", en: "«\(name)» is not a known key of \(place)"),
         LocalizedMessage(es: "use una de: \(known.joined(separator: ", "))", en: "use one of: \(known.joined(separator: ", "))"))
    }

    mutating func read(_ root: Node) {
        guard let top = pairs(root, named: "frases/\(catalogue.language.rawValue).yaml") else { return }
        for (key, value) in top {
            switch key.string {
            case "articulos": readArticles(value)
            case "sustantivos": readNouns(value)
            case "frases": readEntries(value)
            default:
                let (message, hint) = Self.unknown(key.string ?? "", in: "el catálogo", known: PhraseCatalogue.sections)
                problem(at: key, message, hint: hint)
            }
        }
    }

    mutating func readArticles(_ node: Node) {
        guard let genders = pairs(node, named: "articulos") else { return }
        for (key, value) in genders {
            guard let gender = NounGender(rawValue: key.string ?? "") else {
                let (message, hint) = Self.unknown(key.string ?? "", in: "«articulos»", known: NounGender.allCases.map(\.rawValue))
                problem(at: key, message, hint: hint)
                continue
            }
            if let fields = fields(value, of: key, named: "articulos.\(gender.rawValue)", known: PhraseArticles.fields) {
                catalogue.articles[gender] = PhraseArticles(fields)
            }
        }
    }

    mutating func readNouns(_ node: Node) {
        guard let nouns = pairs(node, named: "sustantivos") else { return }
        for (key, value) in nouns {
            guard let noun = NounKey(rawValue: key.string ?? "") else {
                let (message, hint) = Self.unknown(key.string ?? "", in: "«sustantivos»", known: NounKey.allCases.map(\.rawValue))
                problem(at: key, message, hint: hint)
                continue
            }
            guard let fields = fields(value, of: key, named: "sustantivos.\(noun.rawValue)", known: PhraseNoun.fields) else { continue }
            guard let gender = NounGender(rawValue: fields["genero"] ?? "") else {
                let node = value.mapping?.first { $0.key.string == "genero" }?.value ?? value
                problem(at: node, LocalizedMessage(
                    es: "el género de «\(noun.rawValue)» debe ser «masculino» o «femenino», no «\(fields["genero"] ?? "")»",
                    en: "the gender of «\(noun.rawValue)» must be «masculino» or «femenino», not «\(fields["genero"] ?? "")»"), hint: nil)
                continue
            }
            catalogue.nouns[noun] = PhraseNoun(singular: fields["singular"] ?? "", plural: fields["plural"] ?? "", gender: gender)
        }
    }

    /// A mapping of exactly `known` text fields (all of them), or `nil` after reporting problems.
    mutating func fields(_ node: Node, of key: Node, named: String, known: [String]) -> [String: String]? {
        guard let pairs = pairs(node, named: named) else { return nil }
        var values: [String: String] = [:]
        var broken = false
        for (field, value) in pairs {
            let name = field.string ?? ""
            guard known.contains(name) else {
                let (message, hint) = Self.unknown(name, in: "«\(named)»", known: known)
                problem(at: field, message, hint: hint)
                broken = true
                continue
            }
            if let text = text(value, named: "\(named).\(name)") { values[name] = text } else { broken = true }
        }
        let missing = known.filter { values[$0] == nil && !broken }
        if !missing.isEmpty {
            problem(at: key, LocalizedMessage(es: "a «\(named)» le falta: \(missing.joined(separator: ", "))",
                                              en: "«\(named)» lacks: \(missing.joined(separator: ", "))"),
                    hint: LocalizedMessage(es: "escriba todas sus claves: \(known.joined(separator: ", "))",
                                           en: "write all its keys: \(known.joined(separator: ", "))"))
            return nil
        }
        return broken ? nil : values
    }

    mutating func readEntries(_ node: Node) {
        guard let groups = pairs(node, named: "frases") else { return }
        for (groupKey, groupValue) in groups {
            let group = groupKey.string ?? ""
            guard let known = Self.keysByGroup[group] else {
                let (message, hint) = Self.unknown(group, in: "«frases»", known: Self.groupOrder)
                problem(at: groupKey, message, hint: hint)
                continue
            }
            guard let entries = pairs(groupValue, named: "frases.\(group)") else { continue }
            for (nameKey, value) in entries {
                let name = nameKey.string ?? ""
                guard let key = known[name] else {
                    let names = PhraseKey.allCases.filter { $0.group == group }.map(\.name)
                    let (message, hint) = Self.unknown(name, in: "«frases.\(group)»", known: names)
                    problem(at: nameKey, message, hint: hint)
                    continue
                }
                guard let source = text(value, named: key.path) else { continue }
                if let parsed = phrase(source, key: key, node: value) { catalogue.entries[key] = parsed }
            }
        }
    }

    /// One entry's text, its placeholders checked against those the key offers.
    mutating func phrase(_ source: String, key: PhraseKey, node: Node) -> PhraseText? {
        // Columns inside the text are exact for a text on one line (plain or quoted).
        let style = node.scalar?.style
        let oneLine = !source.contains("\n") && style != .literal && style != .folded
        let opening = (style == .singleQuoted || style == .doubleQuoted) ? 1 : 0
        let parsed: PhraseText
        do {
            parsed = try PhraseText(parsing: source)
        } catch {
            problem(at: node, column: oneLine ? opening + error.offset : 0,
                    LocalizedMessage(es: "en «\(key.path)» \(error.message.es)", en: "in «\(key.path)» \(error.message.en)"),
                    hint: LocalizedMessage(es: "los marcadores se escriben {nombre}; para ver los disponibles, vea la misma frase en Templates/frases/",
                                           en: "placeholders are written {name}; see the same entry in Templates/frases/ for those available"))
            return nil
        }
        let allowed = key.placeholders
        var offset = 0
        var broken = false
        for part in parsed.parts {
            switch part {
            case .literal(let literal):
                offset += literal.count
            case .placeholder(let name, let capitalized):
                let written = capitalized ? name.prefixCapitalized : name
                if !allowed.contains(name) {
                    let list = allowed.sorted().map { "{\($0)}" }.joined(separator: ", ")
                    problem(at: node, column: oneLine ? opening + offset : 0,
                            LocalizedMessage(es: "el marcador {\(written)} no existe en «\(key.path)»",
                                             en: "there is no placeholder {\(written)} in «\(key.path)»"),
                            hint: LocalizedMessage(es: list.isEmpty ? "esta frase no lleva marcadores" : "use: \(list)",
                                                   en: list.isEmpty ? "this entry takes no placeholders" : "use: \(list)"))
                    broken = true
                }
                offset += written.count + 2
            }
        }
        return broken ? nil : parsed
    }

    /// Reports every entry, noun and gender the embedded defaults lack.
    mutating func checkComplete(_ root: Node?) {
        let missingEntries = PhraseKey.allCases.filter { catalogue.entries[$0] == nil }
        let missingNouns = NounKey.allCases.filter { catalogue.nouns[$0] == nil }
        let missingGenders = NounGender.allCases.filter { catalogue.articles[$0] == nil }
        let alreadyBroken = !diagnostics.isEmpty
        let anchor = root?.mapping?.first { $0.key.string == "frases" }?.key ?? root
        if !missingEntries.isEmpty && !alreadyBroken {
            let names = missingEntries.map(\.path).joined(separator: ", ")
            problem(at: anchor, LocalizedMessage(es: "faltan frases: \(names)", en: "missing entries: \(names)"),
                    hint: LocalizedMessage(es: "cada tipo de cambio de cada elemento necesita su frase", en: "every change kind of every element needs its entry"))
        }
        if !missingNouns.isEmpty && !alreadyBroken {
            let names = missingNouns.map(\.rawValue).joined(separator: ", ")
            problem(at: root?.mapping?.first { $0.key.string == "sustantivos" }?.key ?? root,
                    LocalizedMessage(es: "faltan sustantivos: \(names)", en: "missing nouns: \(names)"), hint: nil)
        }
        if !missingGenders.isEmpty && !alreadyBroken {
            let names = missingGenders.map(\.rawValue).joined(separator: ", ")
            problem(at: root?.mapping?.first { $0.key.string == "articulos" }?.key ?? root,
                    LocalizedMessage(es: "faltan artículos de: \(names)", en: "missing articles of: \(names)"), hint: nil)
        }
    }
}
