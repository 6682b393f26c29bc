import Foundation

/// Builds a ``SchemaNode`` for a `Decodable` type by running its `init(from:)` against a decoder
/// that answers every request with a placeholder and records what was asked: which keys,
/// required or optional (`decode` vs `decodeIfPresent`), and of which type.
enum SchemaProbe {
    static func schema<T: Decodable>(for type: T.Type) -> SchemaNode {
        node(for: type, depth: 0)
    }

    static func node<T: Decodable>(for type: T.Type, depth: Int) -> SchemaNode {
        if let described = type as? any SchemaDescribed.Type { return described.schema }
        if type == String.self { return .string(allowed: nil) }
        if type is any FixedWidthInteger.Type { return .integer }
        if type is any BinaryFloatingPoint.Type { return .number }
        if type == Bool.self { return .boolean }
        if let enumeration = type as? any CaseIterable.Type, let allowed = ScalarReader.allowedValues(enumeration) {
            return .string(allowed: allowed)
        }
        let recorder = ProbeRecorder(depth: depth)
        _ = try? T(from: ProbeDecoder(recorder: recorder))
        switch recorder.shape {
        case .keyed: return .object(properties: recorder.properties, required: recorder.required)
        case .unkeyed(let element): return .array(element ?? .string(allowed: nil))
        case .none: return .string(allowed: nil)
        }
    }
}

final class ProbeRecorder {
    enum Shape {
        case keyed
        case unkeyed(SchemaNode?)
    }

    let depth: Int
    var shape: Shape?
    var properties: [(String, SchemaNode)] = []
    var required: [String] = []

    init(depth: Int) {
        self.depth = depth
    }

    func record<T: Decodable>(_ type: T.Type, key: String, isRequired: Bool) {
        guard !properties.contains(where: { $0.0 == key }) else { return }
        properties.append((key, SchemaProbe.node(for: type, depth: depth + 1)))
        if isRequired { required.append(key) }
    }
}

/// Thrown to stop a probed `init(from:)` once the shape is known.
struct ProbeStop: Error {}

struct ProbeDecoder: Decoder {
    let recorder: ProbeRecorder
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        recorder.shape = .keyed
        return KeyedDecodingContainer(ProbeKeyed<Key>(recorder: recorder))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        ProbeUnkeyed(recorder: recorder)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        throw ProbeStop()
    }
}

struct ProbeKeyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let recorder: ProbeRecorder
    var codingPath: [any CodingKey] { [] }
    var allKeys: [Key] { [] }
    func contains(_ key: Key) -> Bool { false }
    func decodeNil(forKey key: Key) throws -> Bool { true }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        recorder.record(type, key: key.stringValue, isRequired: true)
        return try DefaultValue.make(type)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        recorder.record(type, key: key.stringValue, isRequired: false)
        return nil
    }

    // The standard library's concrete overloads would skip the generic one (they ask `contains` first).
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try decodeIfPresent(Box<String>.self, key) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try decodeIfPresent(Box<Int>.self, key) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try decodeIfPresent(Box<Double>.self, key) }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try decodeIfPresent(Box<Bool>.self, key) }

    private func decodeIfPresent<T: Decodable>(_ box: Box<T>.Type, _ key: Key) throws -> T? {
        recorder.record(T.self, key: key.stringValue, isRequired: false)
        return nil
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    { throw ProbeStop() }
    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { throw ProbeStop() }
    func superDecoder() throws -> any Decoder { throw ProbeStop() }
    func superDecoder(forKey key: Key) throws -> any Decoder { throw ProbeStop() }
}

struct ProbeUnkeyed: UnkeyedDecodingContainer {
    let recorder: ProbeRecorder
    var codingPath: [any CodingKey] { [] }
    var count: Int? { 1 }
    var isAtEnd: Bool { false }
    var currentIndex: Int { 0 }

    mutating func decodeNil() throws -> Bool { false }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        recorder.shape = .unkeyed(SchemaProbe.node(for: type, depth: recorder.depth + 1))
        throw ProbeStop()
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    { throw ProbeStop() }
    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { throw ProbeStop() }
    mutating func superDecoder() throws -> any Decoder { throw ProbeStop() }
}

/// Routes the concrete `decodeIfPresent` overloads to the generic recorder.
enum Box<T> {}
