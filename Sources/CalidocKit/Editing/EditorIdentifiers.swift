import Foundation

/// Gives an id to every item added in the editor (its `id` posted empty): a short slug of its title
/// with a prefix naming the list (`obj-tiempos-de-respuesta`), unique in the file. Ids already
/// written are never changed: the diff and the references rely on them.
enum EditorIdentifiers {
    /// Keys whose text names an item, in order of preference.
    static let titleKeys = ["titulo", "nombre", "termino", "actor", "texto"]

    /// Fills empty ids; those whose item has no title yet stay empty unless `force`
    /// (on save), which numbers them (`obj-4`).
    static func fill(_ value: inout EditorValue, force: Bool) {
        var used = Set<String>()
        collect(value, into: &used)
        fill(&value, keys: [], isItem: false, used: &used, force: force)
    }

    private static func collect(_ value: EditorValue, into used: inout Set<String>) {
        switch value {
        case .map(let entries):
            for entry in entries {
                if entry.key == "id", let id = entry.value.scalar, !id.isEmpty { used.insert(id) }
                collect(entry.value, into: &used)
            }
        case .list(let items): items.forEach { collect($0, into: &used) }
        case .text, .plain, .absent: break
        }
    }

    /// - Parameters:
    ///   - keys: The mapping keys above `value` (list positions left out).
    ///   - isItem: Whether `value` is an item of the list named by `keys.last`.
    private static func fill(_ value: inout EditorValue, keys: [String], isItem: Bool, used: inout Set<String>, force: Bool) {
        switch value {
        case .map(var entries):
            if isItem, let listKey = keys.last, let index = entries.firstIndex(where: { $0.key == "id" }), entries[index].value.scalar?.isEmpty ?? false {
                let title = titleKeys.lazy.compactMap { key in entries.first { $0.key == key }?.value.scalar }.first { !$0.isEmpty }
                let prefix = Self.prefix(listKey == "items" ? (keys.dropLast().last ?? listKey) : listKey)
                if let title {
                    entries[index].value = .text(unique(prefix + "-" + slug(title), used: &used))
                } else if force {
                    entries[index].value = .text(unique(prefix, used: &used, alwaysNumber: true))
                }
            }
            for index in entries.indices {
                fill(&entries[index].value, keys: keys + [entries[index].key], isItem: false, used: &used, force: force)
            }
            value = .map(entries)
        case .list(var items):
            for index in items.indices {
                fill(&items[index], keys: keys, isItem: true, used: &used, force: force)
            }
            value = .list(items)
        case .text, .plain, .absent:
            break
        }
    }

    /// The first letters of the list's name: `objetivos` → `obj`.
    static func prefix(_ listKey: String) -> String {
        let known = ["objetivos": "obj", "directrices": "dir", "ambitos_prioritarios": "amb", "actividades": "act",
                     "principios": "pri", "usuarios": "usu", "actores": "actor", "glosario": "glo", "instancias": "part",
                     "relaciones": "rel", "hitos": "hito", "desgloses": "des", "tramites": "tra"]
        if let prefix = known[listKey] { return prefix }
        let letters = slug(listKey)
        return letters.isEmpty ? "item" : String(letters.prefix(4))
    }

    /// Lower-case letters and digits joined by hyphens, accents removed, at most four words.
    static func slug(_ text: String) -> String {
        let plain = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "es_CL")).lowercased()
        let words = plain.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        let skipped: Set<Substring> = ["de", "del", "la", "las", "el", "los", "y", "en", "a", "para", "por", "con", "un", "una"]
        let kept = words.filter { !skipped.contains($0) }.prefix(4)
        return kept.joined(separator: "-")
    }

    private static func unique(_ base: String, used: inout Set<String>, alwaysNumber: Bool = false) -> String {
        let base = base.hasSuffix("-") ? String(base.dropLast()) : base
        var candidate = alwaysNumber ? base + "-1" : base
        var number = 1
        while used.contains(candidate) {
            number += 1
            candidate = base + "-\(number)"
        }
        used.insert(candidate)
        return candidate
    }
}
