/// A value that has a template kind: text, trusted XHTML, flag, list or record.
///
/// The kind is static (``templateKind``), so the keys of a document can be listed without an
/// instance (``TemplateKeys``), and the value is converted the same way every time (``templateValue``).
public protocol TemplateConvertible {
    /// What templates may do with values of this type.
    static var templateKind: TemplateKind { get }
    /// The value as templates read it.
    var templateValue: TemplateValue { get }
}

/// A template context (or a part of one): each stored property is a key, written in `snake_case`
/// (`tieneTitulo` → `tiene_titulo`), in declaration order; an optional left `nil` is absent.
///
/// The conformance to `Codable` is synthesized and is the single description of the keys:
/// ``TemplateEncoder`` reads the values through `encode(to:)`, ``TemplateKeyProbe`` the keys and
/// their kinds through `init(from:)`. Property types must be ``TemplateConvertible``: `String`,
/// ``SafeHTML``, `Bool`, another record, or an array of those.
public protocol TemplateRecord: TemplateConvertible, Codable, Sendable {}

extension TemplateRecord {
    /// A record opens a scope with its keys.
    public static var templateKind: TemplateKind { .object(TemplateKeyProbe.keys(of: Self.self)) }

    /// The record's keys and values, in declaration order.
    public var templateValue: TemplateValue { .object(templateObject) }

    /// The record's keys and values, in declaration order.
    public var templateObject: TemplateObject { TemplateEncoder.object(self) }
}

extension String: TemplateConvertible {
    /// Plain text, escaped by Mustache.
    public static var templateKind: TemplateKind { .text }
    /// Plain text, escaped by Mustache.
    public var templateValue: TemplateValue { .text(self) }
}

extension SafeHTML: TemplateConvertible {
    /// Trusted XHTML, for triple braces.
    public static var templateKind: TemplateKind { .html }
    /// Trusted XHTML, for triple braces.
    public var templateValue: TemplateValue { .html(self) }
}

extension Bool: TemplateConvertible {
    /// A flag, for sections.
    public static var templateKind: TemplateKind { .flag }
    /// A flag, for sections.
    public var templateValue: TemplateValue { .flag(self) }
}

extension Array: TemplateConvertible where Element: TemplateConvertible {
    /// A list of the element's kind.
    public static var templateKind: TemplateKind { .list(Element.templateKind) }
    /// A list of the elements' values.
    public var templateValue: TemplateValue { .list(map(\.templateValue)) }
}

/// Converts a ``TemplateRecord`` into a ``TemplateObject`` through its synthesized `encode(to:)`.
///
/// Records only ever ask for a keyed container; a property whose type is not
/// ``TemplateConvertible`` is a programming error, caught by the tests that build every document
/// (it is left out of the object and reported by ``TemplateKeyProbe`` as `unsupported`).
enum TemplateEncoder {
    static func object<Record: TemplateRecord>(_ record: Record) -> TemplateObject {
        let collected = Collected()
        try? record.encode(to: RecordEncoder(collected: collected))
        return TemplateObject(collected.entries)
    }

    /// `camelCase` → `snake_case`, as the keys are written in the templates.
    static func key(_ property: String) -> String {
        guard property.utf8.contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) else { return property }
        var key = ""
        for character in property {
            if character.isUppercase {
                key.append("_")
                key += character.lowercased()
            } else {
                key.append(character)
            }
        }
        return key
    }

    final class Collected {
        var entries: [(String, TemplateValue)] = []
    }

    struct RecordEncoder: Encoder {
        let collected: Collected
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            KeyedEncodingContainer(Keyed<Key>(collected: collected))
        }

        // Records are keyed; these only serve a hand-written `encode(to:)`, whose values are dropped.
        func unkeyedContainer() -> any UnkeyedEncodingContainer { Ignored() }
        func singleValueContainer() -> any SingleValueEncodingContainer { Ignored() }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let collected: Collected
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil(forKey key: Key) throws {}

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            guard let convertible = value as? any TemplateConvertible else { return }
            collected.entries.append((TemplateEncoder.key(key.stringValue), convertible.templateValue))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
            -> KeyedEncodingContainer<NestedKey>
        { KeyedEncodingContainer(Keyed<NestedKey>(collected: Collected())) }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { Ignored() }
        mutating func superEncoder() -> any Encoder { RecordEncoder(collected: Collected()) }
        mutating func superEncoder(forKey key: Key) -> any Encoder { RecordEncoder(collected: Collected()) }
    }

    struct Ignored: UnkeyedEncodingContainer, SingleValueEncodingContainer {
        var codingPath: [any CodingKey] { [] }
        var count: Int { 0 }
        mutating func encodeNil() throws {}
        mutating func encode<T: Encodable>(_ value: T) throws {}
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            KeyedEncodingContainer(Keyed<NestedKey>(collected: Collected()))
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { Ignored() }
        mutating func superEncoder() -> any Encoder { RecordEncoder(collected: Collected()) }
    }
}
