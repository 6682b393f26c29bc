/// Placeholder values of any `Decodable` type, so a probed `init(from:)` runs to its end.
enum DefaultValue {
    static func make<T: Decodable>(_ type: T.Type) throws -> T {
        if let value = "" as? T { return value }
        if let value = 0 as? T { return value }
        if let value = 0.0 as? T { return value }
        if let value = false as? T { return value }
        // Every numeric type (Float, Int64, UInt8 …): its own `init(from:)` would ask for itself again.
        if let numeric = T.self as? any AdditiveArithmetic.Type, let zero = numeric.zero as? T { return zero }
        if let enumeration = type as? any CaseIterable.Type, let first = firstCase(enumeration) as? T { return first }
        return try T(from: DefaultDecoder())
    }

    private static func firstCase<C: CaseIterable>(_ type: C.Type) -> Any? { C.allCases.first }
}

struct DefaultDecoder: Decoder {
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(DefaultKeyed<Key>())
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { DefaultUnkeyed() }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { DefaultSingle() }
}

struct DefaultKeyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
    var codingPath: [any CodingKey] { [] }
    var allKeys: [Key] { [] }
    func contains(_ key: Key) -> Bool { false }
    func decodeNil(forKey key: Key) throws -> Bool { true }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try DefaultValue.make(type) }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? { nil }
    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    { KeyedDecodingContainer(DefaultKeyed<NestedKey>()) }
    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { DefaultUnkeyed() }
    func superDecoder() throws -> any Decoder { DefaultDecoder() }
    func superDecoder(forKey key: Key) throws -> any Decoder { DefaultDecoder() }
}

struct DefaultUnkeyed: UnkeyedDecodingContainer {
    var codingPath: [any CodingKey] { [] }
    var count: Int? { 0 }
    var isAtEnd: Bool { true }
    var currentIndex: Int { 0 }
    mutating func decodeNil() throws -> Bool { true }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try DefaultValue.make(type) }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    { KeyedDecodingContainer(DefaultKeyed<NestedKey>()) }
    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { DefaultUnkeyed() }
    mutating func superDecoder() throws -> any Decoder { DefaultDecoder() }
}

struct DefaultSingle: SingleValueDecodingContainer {
    var codingPath: [any CodingKey] { [] }
    func decodeNil() -> Bool { false }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try DefaultValue.make(type) }
}
