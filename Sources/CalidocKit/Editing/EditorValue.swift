import Yams

/// The content of an input file as the editor sees it: texts as written, lists and mappings in
/// order. Scalars keep their text (`scalar.string`), which is what the loader reads too, so a
/// number written `7.112.808` or a date written `2025-09-30` reaches the form untouched.
indirect enum EditorValue: Equatable, Sendable {
    /// A scalar's text (a plain null, `~` or empty value is ``EditorValue/absent``).
    case text(String)
    /// A number or date the loader reads as written: emitted plain (`7.112.808`, `2025-09-30`).
    case plain(String)
    /// A sequence, in order.
    case list([EditorValue])
    /// A mapping, in the file's key order.
    case map([EditorEntry])
    /// A key written without a value (`clave:`, `clave: ~`): the loader reads it as absent.
    case absent

    /// The value of `key` in a mapping.
    subscript(key: String) -> EditorValue? {
        guard case .map(let entries) = self else { return nil }
        return entries.first { $0.key == key }?.value
    }

    /// The text of a scalar.
    var scalar: String? {
        switch self {
        case .text(let text), .plain(let text): text
        case .list, .map, .absent: nil
        }
    }

    /// The items of a list (none for anything else).
    var items: [EditorValue] {
        if case .list(let items) = self { return items }
        return []
    }

    /// Whether the value carries nothing the person wrote (empty text, empty list or mapping).
    var isEmpty: Bool {
        switch self {
        case .text(let text), .plain(let text): text.isEmpty
        case .list(let items): items.isEmpty
        case .map(let entries): entries.isEmpty
        case .absent: true
        }
    }

    /// Whether nothing at all was written: empty texts, lists and groups of only those.
    var isBlank: Bool {
        switch self {
        case .text(let text), .plain(let text): text.isEmpty
        case .list(let items): items.isEmpty
        case .map(let entries): entries.allSatisfy { $0.value.isBlank }
        case .absent: true
        }
    }

    /// Reads a composed YAML node; `nil` for an alias left unresolved (Yams resolves them).
    init(_ node: Node) {
        switch node {
        case .scalar(let scalar):
            let isNull = scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
            self = isNull ? .absent : .text(scalar.string)
        case .sequence(let sequence):
            self = .list(sequence.map(EditorValue.init))
        case .mapping(let mapping):
            self = .map(mapping.map { EditorEntry(key: $0.key.string ?? "", value: EditorValue($0.value)) })
        case .alias:
            self = .absent
        }
    }
}

/// One key of a mapping with its value.
struct EditorEntry: Equatable, Sendable {
    var key: String
    var value: EditorValue
}
