/// An `Encoder` that keeps every string a value encodes, with the path of keys and indexes that
/// leads to it — the texts rules such as R-TXT-01 read, found without turning the model into JSON
/// and back (which cost a tenth of every check the editor runs while a person types).
///
/// Paths use the coding keys, so they are the input file's own keys (as the source map's are).
/// Numbers, booleans and nils are not texts and are skipped.
final class TextLeafEncoder: Encoder {
    /// A string and where it is.
    typealias Leaf = (path: [LeafKey], text: String)

    /// One step of a path: a mapping's key or a list's index.
    enum LeafKey: PathComponentConvertible, Comparable {
        case key(String)
        case index(Int)

        var pathComponent: String {
            switch self {
            case .key(let key): key
            case .index(let index): String(index)
            }
        }
    }

    private(set) var leaves: [Leaf] = []
    let codingPath: [any CodingKey] = []
    let userInfo: [CodingUserInfoKey: Any] = [:]
    fileprivate var path: [LeafKey] = []

    /// Every string `value` encodes, in key order at each level (a mapping's keys sorted, a list in
    /// its order), so rules report in the same order whatever order the model declares its fields in.
    static func leaves(of value: some Encodable) -> [Leaf] {
        let encoder = TextLeafEncoder()
        try? value.encode(to: encoder)
        return encoder.leaves.sorted { $0.path.lexicographicallyPrecedes($1.path) }
    }

    fileprivate func record(_ text: String, at key: LeafKey?) {
        leaves.append((key.map { path + [$0] } ?? path, text))
    }

    fileprivate func nested(_ key: LeafKey, _ value: some Encodable) throws {
        path.append(key)
        defer { path.removeLast() }
        if let text = value as? String {
            record(text, at: nil)
        } else {
            try value.encode(to: self)
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(Keyed<Key>(encoder: self, base: path))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        Unkeyed(encoder: self, base: path)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        Single(encoder: self)
    }

    private struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let encoder: TextLeafEncoder
        let base: [LeafKey]
        var codingPath: [any CodingKey] { [] }

        private func inside(_ body: () throws -> Void) rethrows {
            let saved = encoder.path
            encoder.path = base
            defer { encoder.path = saved }
            try body()
        }

        mutating func encodeNil(forKey key: Key) throws {}
        // Numbers and booleans are not texts.
        mutating func encode(_ value: Bool, forKey key: Key) throws {}
        mutating func encode(_ value: Double, forKey key: Key) throws {}
        mutating func encode(_ value: Float, forKey key: Key) throws {}
        mutating func encode(_ value: Int, forKey key: Key) throws {}
        mutating func encode(_ value: Int8, forKey key: Key) throws {}
        mutating func encode(_ value: Int16, forKey key: Key) throws {}
        mutating func encode(_ value: Int32, forKey key: Key) throws {}
        mutating func encode(_ value: Int64, forKey key: Key) throws {}
        mutating func encode(_ value: UInt, forKey key: Key) throws {}
        mutating func encode(_ value: UInt8, forKey key: Key) throws {}
        mutating func encode(_ value: UInt16, forKey key: Key) throws {}
        mutating func encode(_ value: UInt32, forKey key: Key) throws {}
        mutating func encode(_ value: UInt64, forKey key: Key) throws {}
        mutating func encode(_ value: String, forKey key: Key) throws {
            inside { encoder.record(value, at: .key(key.stringValue)) }
        }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            try inside { try encoder.nested(.key(key.stringValue), value) }
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            KeyedEncodingContainer(Keyed<NestedKey>(encoder: encoder, base: base + [.key(key.stringValue)]))
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            Unkeyed(encoder: encoder, base: base + [.key(key.stringValue)])
        }
        mutating func superEncoder() -> any Encoder { encoder }
        mutating func superEncoder(forKey key: Key) -> any Encoder { encoder }
    }

    private struct Unkeyed: UnkeyedEncodingContainer {
        let encoder: TextLeafEncoder
        let base: [LeafKey]
        var codingPath: [any CodingKey] { [] }
        private(set) var count = 0

        init(encoder: TextLeafEncoder, base: [LeafKey]) {
            self.encoder = encoder
            self.base = base
        }

        private mutating func next() -> LeafKey {
            defer { count += 1 }
            return .index(count)
        }

        mutating func encodeNil() throws { count += 1 }
        // Numbers and booleans are not texts, but they hold their place in the list.
        mutating func encode(_ value: Bool) throws { count += 1 }
        mutating func encode(_ value: Double) throws { count += 1 }
        mutating func encode(_ value: Float) throws { count += 1 }
        mutating func encode(_ value: Int) throws { count += 1 }
        mutating func encode(_ value: Int8) throws { count += 1 }
        mutating func encode(_ value: Int16) throws { count += 1 }
        mutating func encode(_ value: Int32) throws { count += 1 }
        mutating func encode(_ value: Int64) throws { count += 1 }
        mutating func encode(_ value: UInt) throws { count += 1 }
        mutating func encode(_ value: UInt8) throws { count += 1 }
        mutating func encode(_ value: UInt16) throws { count += 1 }
        mutating func encode(_ value: UInt32) throws { count += 1 }
        mutating func encode(_ value: UInt64) throws { count += 1 }
        mutating func encode(_ value: String) throws {
            let key = next()
            let saved = encoder.path
            encoder.path = base
            defer { encoder.path = saved }
            encoder.record(value, at: key)
        }
        mutating func encode<T: Encodable>(_ value: T) throws {
            let key = next()
            let saved = encoder.path
            encoder.path = base
            defer { encoder.path = saved }
            try encoder.nested(key, value)
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            KeyedEncodingContainer(Keyed<NestedKey>(encoder: encoder, base: base + [next()]))
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            Unkeyed(encoder: encoder, base: base + [next()])
        }
        mutating func superEncoder() -> any Encoder { encoder }
    }

    private struct Single: SingleValueEncodingContainer {
        let encoder: TextLeafEncoder
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil() throws {}
        mutating func encode(_ value: String) throws { encoder.record(value, at: nil) }
        mutating func encode<T: Encodable>(_ value: T) throws {
            if let text = value as? String {
                encoder.record(text, at: nil)
            } else {
                try value.encode(to: encoder)
            }
        }
        mutating func encode(_ value: Bool) throws {}
        mutating func encode(_ value: Double) throws {}
        mutating func encode(_ value: Float) throws {}
        mutating func encode(_ value: Int) throws {}
        mutating func encode(_ value: Int8) throws {}
        mutating func encode(_ value: Int16) throws {}
        mutating func encode(_ value: Int32) throws {}
        mutating func encode(_ value: Int64) throws {}
        mutating func encode(_ value: UInt) throws {}
        mutating func encode(_ value: UInt8) throws {}
        mutating func encode(_ value: UInt16) throws {}
        mutating func encode(_ value: UInt32) throws {}
        mutating func encode(_ value: UInt64) throws {}
    }
}
