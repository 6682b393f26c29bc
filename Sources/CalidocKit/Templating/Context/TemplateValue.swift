/// A value a template reads, by kind: what Mustache may do with it is part of its type.
///
/// Document contexts are typed records (``TemplateRecord``) converted into this tree by
/// ``TemplateEncoder``; tests and fuzzing write it directly with literals.
public enum TemplateValue: Hashable, Sendable {
    /// Plain text: `{{clave}}` escapes it. Empty text counts as absent (see ``TemplateObject``).
    case text(String)
    /// Trusted XHTML made by ``RichText``, for `{{{clave_html}}}`.
    case html(SafeHTML)
    /// A yes/no for `{{#tiene_…}}` sections.
    case flag(Bool)
    /// A list: `{{#clave}}…{{/clave}}` repeats for each item.
    case list([TemplateValue])
    /// Named values in a fixed order: a section over it opens a scope with its keys.
    case object(TemplateObject)
}

/// Named template values, in the order they were declared.
///
/// An empty text or XHTML is looked up as absent: Mustache treats "" as true, so
/// `{{#justificacion}} — {{justificacion}}{{/justificacion}}` would print the dash alone; absent,
/// the section is skipped, `{{^clave}}` shows its alternative and the lookup goes on up the scopes.
public struct TemplateObject: Hashable, Sendable {
    /// The keys and values, in order.
    public let entries: [Entry]

    /// One key and its value.
    public struct Entry: Hashable, Sendable {
        /// The key, as templates write it.
        public let key: String
        /// Its value.
        public let value: TemplateValue
    }

    /// An object with these entries, in this order (with a key twice, lookups find the later one).
    public init(_ entries: [(String, TemplateValue)] = []) {
        self.entries = entries.map { Entry(key: $0.0, value: $0.1) }
    }

    /// The value under `key`, as stored (empty texts included).
    public subscript(key: String) -> TemplateValue? {
        entries.last { $0.key == key }?.value
    }

    /// The value Mustache finds under `key`: `nil` when absent or an empty text.
    func lookup(_ key: String) -> TemplateValue? {
        guard let value = self[key] else { return nil }
        switch value {
        case .text(let text) where text.isEmpty: return nil
        case .html(let html) where html.isEmpty: return nil
        case .text, .html, .flag, .list, .object: return value
        }
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    /// Plain text.
    public init(stringLiteral value: String) { self = .text(value) }
    /// A flag.
    public init(booleanLiteral value: Bool) { self = .flag(value) }
    /// A number, as the text templates print.
    public init(integerLiteral value: Int) { self = .text(String(value)) }
    /// A list.
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    /// An object, keys in the order written.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) { self = .object(TemplateObject(elements)) }
}

extension TemplateObject: ExpressibleByDictionaryLiteral {
    /// An object, keys in the order written.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) { self.init(elements) }
}
