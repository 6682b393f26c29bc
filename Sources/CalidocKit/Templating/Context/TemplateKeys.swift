/// What a template may do with a key: the kind of a ``TemplateRecord`` property.
public indirect enum TemplateKind: Hashable, Sendable {
    /// Plain text, printed escaped with `{{clave}}`.
    case text
    /// Trusted XHTML, printed with `{{{clave_html}}}`.
    case html
    /// A yes/no for `{{#clave}}` / `{{^clave}}`.
    case flag
    /// A list of items of one kind; a section over it repeats per item.
    case list(TemplateKind)
    /// A record; a section over it opens a scope with its keys.
    case object([TemplateKey])
    /// A property type templates cannot read (a programming error the tests catch).
    case unsupported(String)

    /// The keys a section over a value of this kind brings into scope (a list: its items').
    var scopeKeys: [TemplateKey]? {
        switch self {
        case .object(let keys): keys
        case .list(let element): element.scopeKeys
        case .text, .html, .flag, .unsupported: nil
        }
    }
}

/// One key of a template context.
public struct TemplateKey: Hashable, Sendable {
    /// As templates write it (`tiene_titulo`).
    public let name: String
    /// What it holds.
    public let kind: TemplateKind
    /// Whether it can be absent (an optional property): `{{#clave}}` tells.
    public let isOptional: Bool
}

/// Lists the keys of a ``TemplateRecord`` type from its synthesized `init(from:)`, run against a
/// decoder that records each key asked for, with its type and whether it is optional.
enum TemplateKeyProbe {
    static func keys<Record: TemplateRecord>(of type: Record.Type) -> [TemplateKey] {
        let recorder = Recorder()
        _ = try? Record(from: KeyDecoder(recorder: recorder))
        return recorder.keys
    }

    static func kind<T>(of type: T.Type) -> TemplateKind {
        (type as? any TemplateConvertible.Type)?.templateKind ?? .unsupported(String(describing: type))
    }

    final class Recorder {
        var keys: [TemplateKey] = []

        func record<T>(_ type: T.Type, key: String, isOptional: Bool) {
            keys.append(TemplateKey(name: TemplateEncoder.key(key), kind: TemplateKeyProbe.kind(of: type), isOptional: isOptional))
        }
    }

    struct KeyDecoder: Decoder {
        let recorder: Recorder
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
            KeyedDecodingContainer(Keyed<Key>(recorder: recorder))
        }

        func unkeyedContainer() throws -> any UnkeyedDecodingContainer { throw ProbeStop() }
        func singleValueContainer() throws -> any SingleValueDecodingContainer { throw ProbeStop() }
    }

    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let recorder: Recorder
        var codingPath: [any CodingKey] { [] }
        var allKeys: [Key] { [] }
        func contains(_ key: Key) -> Bool { false }
        func decodeNil(forKey key: Key) throws -> Bool { true }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            recorder.record(type, key: key.stringValue, isOptional: false)
            // A placeholder lets the synthesized initialiser go on to the next key.
            return try DefaultValue.make(type)
        }

        func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
            recorder.record(type, key: key.stringValue, isOptional: true)
            return nil
        }

        // The standard library's concrete overloads would skip the generic one (they ask `contains` first).
        func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
            recorder.record(type, key: key.stringValue, isOptional: true)
            return nil
        }

        func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
            recorder.record(type, key: key.stringValue, isOptional: true)
            return nil
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
            -> KeyedDecodingContainer<NestedKey>
        { throw ProbeStop() }
        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { throw ProbeStop() }
        func superDecoder() throws -> any Decoder { throw ProbeStop() }
        func superDecoder(forKey key: Key) throws -> any Decoder { throw ProbeStop() }
    }
}
