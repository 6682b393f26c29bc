import Foundation
import Yams

/// Keyed access to a YAML mapping; records which keys the model asked for.
struct NodeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let mapping: Node.Mapping
    let node: Node
    let codingPath: [any CodingKey]
    let context: NodeDecodingContext
    private let pathKey: String

    init(mapping: Node.Mapping, node: Node, codingPath: [any CodingKey], context: NodeDecodingContext) {
        self.mapping = mapping
        self.node = node
        self.codingPath = codingPath
        self.context = context
        self.pathKey = SourceMap.key(for: codingPath)
    }

    var allKeys: [Key] { mapping.keys.compactMap { $0.string.flatMap(Key.init(stringValue:)) } }

    func contains(_ key: Key) -> Bool {
        context.noteRequested(key.stringValue, in: pathKey)
        return value(for: key) != nil
    }

    private func value(for key: Key) -> Node? {
        mapping[key.stringValue]
    }

    private func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        context.noteRequested(key.stringValue, in: pathKey)
        guard let found = value(for: key) else { return true }
        return isNull(found)
    }

    /// A missing or broken required value is reported and replaced by a placeholder, so decoding
    /// goes on through the rest of the mapping; the file is refused anyway (it has an error).
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        context.noteRequested(key.stringValue, in: pathKey)
        do {
            guard let found = value(for: key), !isNull(found) else {
                throw NodeDecodingFailure(
                    diagnostic: InputMessages.missingKey(key.stringValue, at: context.location(of: node), path: codingPath))
            }
            return try ScalarReader.decode(type, from: found, path: codingPath + [key], context: context)
        } catch let failure as NodeDecodingFailure {
            guard let placeholder = try? DefaultValue.make(type) else { throw failure }
            context.diagnostics.append(failure.diagnostic)
            return placeholder
        }
    }

    /// Optional values that fail are reported and read as absent, so one file yields every problem.
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        try lenient(type, key)
    }

    // The standard library's concrete overloads bypass the lenient generic one; route them to it.
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try lenient(type, key) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try lenient(type, key) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try lenient(type, key) }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try lenient(type, key) }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { try lenient(type, key) }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try lenient(type, key) }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try lenient(type, key) }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try lenient(type, key) }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try lenient(type, key) }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try lenient(type, key) }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try lenient(type, key) }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try lenient(type, key) }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try lenient(type, key) }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try lenient(type, key) }

    private func lenient<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T? {
        context.noteRequested(key.stringValue, in: pathKey)
        guard let found = value(for: key), !isNull(found) else { return nil }
        do {
            return try ScalarReader.decode(type, from: found, path: codingPath + [key], context: context)
        } catch let failure as NodeDecodingFailure {
            context.diagnostics.append(failure.diagnostic)
            return nil
        }
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try decoder(for: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try decoder(for: key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        NodeDecoder(node: node, codingPath: codingPath, context: context)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        try decoder(for: key)
    }

    private func decoder(for key: Key) throws -> NodeDecoder {
        context.noteRequested(key.stringValue, in: pathKey)
        guard let found = value(for: key) else {
            throw NodeDecodingFailure(
                diagnostic: InputMessages.missingKey(key.stringValue, at: context.location(of: node), path: codingPath))
        }
        return NodeDecoder(node: found, codingPath: codingPath + [key], context: context)
    }
}

/// Sequential access to a YAML sequence.
struct NodeUnkeyedContainer: UnkeyedDecodingContainer {
    let elements: [Node]
    let codingPath: [any CodingKey]
    let context: NodeDecodingContext
    private(set) var currentIndex = 0

    init(elements: [Node], codingPath: [any CodingKey], context: NodeDecodingContext) {
        self.elements = elements
        self.codingPath = codingPath
        self.context = context
    }

    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    private var indexKey: IndexKey { IndexKey(intValue: currentIndex) }

    private func current() throws -> Node {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(
                Any.self, .init(codingPath: codingPath, debugDescription: "fin de la lista"))
        }
        return elements[currentIndex]
    }

    mutating func decodeNil() throws -> Bool {
        let node = try current()
        if case .scalar(let scalar) = node, scalar.style == .plain, ["", "~", "null"].contains(scalar.string) {
            currentIndex += 1
            return true
        }
        return false
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let node = try current()
        let value = try ScalarReader.decode(type, from: node, path: codingPath + [indexKey], context: context)
        currentIndex += 1
        return value
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        let decoder = NodeDecoder(node: try current(), codingPath: codingPath + [indexKey], context: context)
        currentIndex += 1
        return try decoder.container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let decoder = NodeDecoder(node: try current(), codingPath: codingPath + [indexKey], context: context)
        currentIndex += 1
        return try decoder.unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        let decoder = NodeDecoder(node: try current(), codingPath: codingPath + [indexKey], context: context)
        currentIndex += 1
        return decoder
    }
}

/// A single value: a scalar, or a whole node handed to a type's own `init(from:)`.
struct NodeSingleValueContainer: SingleValueDecodingContainer {
    let node: Node
    let codingPath: [any CodingKey]
    let context: NodeDecodingContext

    func decodeNil() -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        return scalar.style == .plain && ["", "~", "null"].contains(scalar.string)
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try ScalarReader.decode(type, from: node, path: codingPath, context: context)
    }
}

/// A coding key for list positions.
struct IndexKey: CodingKey {
    let intValue: Int?
    let stringValue: String

    init(intValue: Int) {
        self.intValue = intValue
        self.stringValue = String(intValue)
    }

    init?(stringValue: String) {
        guard let value = Int(stringValue) else { return nil }
        self.init(intValue: value)
    }
}
