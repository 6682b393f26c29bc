import Foundation
import Yams

/// A `Decoder` over a composed Yams node tree that keeps line/column for every value.
///
/// The model types stay plain `Codable`; this decoder adds what `YAMLDecoder` lacks for users:
/// positions in every message, unknown keys with suggestions, and several problems per file
/// (a failing optional value is reported and treated as absent, so decoding goes on).
struct NodeDecoder: Decoder {
    let node: Node
    let codingPath: [any CodingKey]
    let context: NodeDecodingContext
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(node: Node, codingPath: [any CodingKey], context: NodeDecodingContext) {
        self.node = node
        self.codingPath = codingPath
        self.context = context
        context.record(node, at: codingPath)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .mapping(let mapping) = node else {
            throw failure(InputMessages.typeMismatch(expected: .mapping, found: node, at: context.location(of: node)))
        }
        let pathKey = SourceMap.key(for: codingPath)
        if context.visitedMappings[pathKey] == nil {
            context.visitedMappings[pathKey] = (mapping, codingPath, [])
        }
        return KeyedDecodingContainer(
            NodeKeyedContainer<Key>(mapping: mapping, node: node, codingPath: codingPath, context: context))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .sequence(let sequence) = node else {
            throw failure(InputMessages.typeMismatch(expected: .sequence, found: node, at: context.location(of: node)))
        }
        return NodeUnkeyedContainer(elements: Array(sequence), codingPath: codingPath, context: context)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        NodeSingleValueContainer(node: node, codingPath: codingPath, context: context)
    }

    func failure(_ diagnostic: Diagnostic) -> NodeDecodingFailure {
        NodeDecodingFailure(diagnostic: diagnostic)
    }
}

/// A decoding problem that already knows its message and position.
struct NodeDecodingFailure: Error {
    let diagnostic: Diagnostic
}

/// Decodes one scalar into the Swift types the model uses.
enum ScalarReader {
    static func decode<T: Decodable>(_ type: T.Type, from node: Node, path: [any CodingKey], context: NodeDecodingContext)
        throws -> T
    {
        let location = context.location(of: node)
        context.record(node, at: path)
        if type == String.self {
            guard case .scalar(let scalar) = node else {
                throw NodeDecodingFailure(diagnostic: InputMessages.typeMismatch(expected: .text, found: node, at: location))
            }
            if let result = scalar.string as? T { return result }
        }
        if type == Int.self {
            guard case .scalar(let scalar) = node, let value = integer(scalar.string) else {
                throw NodeDecodingFailure(diagnostic: InputMessages.typeMismatch(expected: .integer, found: node, at: location))
            }
            if let result = value as? T { return result }
        }
        if type == Double.self {
            guard case .scalar(let scalar) = node, let value = number(scalar.string) else {
                throw NodeDecodingFailure(diagnostic: InputMessages.typeMismatch(expected: .number, found: node, at: location))
            }
            if let result = value as? T { return result }
        }
        if type == Bool.self {
            guard case .scalar(let scalar) = node, let value = boolean(scalar.string) else {
                throw NodeDecodingFailure(diagnostic: InputMessages.typeMismatch(expected: .boolean, found: node, at: location))
            }
            if let result = value as? T { return result }
        }
        let decoder = NodeDecoder(node: node, codingPath: path, context: context)
        do {
            let value = try T(from: decoder)
            context.markComplete(SourceMap.key(for: path))
            return value
        } catch let error as DecodingError {
            if let type = T.self as? any CaseIterable.Type, let allowed = allowedValues(type) {
                throw NodeDecodingFailure(diagnostic: InputMessages.notAllowed(node: node, allowed: allowed, at: location))
            }
            throw NodeDecodingFailure(diagnostic: InputMessages.invalidValue(error, at: location))
        }
    }

    static func integer(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let value = Int(trimmed) { return value }
        // Chilean thousands separators: "7.112.808".
        let groups = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        if groups.count > 1, groups.dropFirst().allSatisfy({ $0.count == 3 }), let value = Int(groups.joined()) {
            return value
        }
        return nil
    }

    static func number(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let value = Double(trimmed), value.isFinite { return value }
        if let value = integer(trimmed) { return Double(value) }
        // Decimal comma: "54,9".
        if trimmed.filter({ $0 == "," }).count == 1, let value = Double(trimmed.replacingOccurrences(of: ",", with: ".")),
            value.isFinite
        {
            return value
        }
        return nil
    }

    static func boolean(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "sí", "si", "yes": true
        case "false", "no": false
        default: nil
        }
    }

    static func allowedValues(_ type: any CaseIterable.Type) -> [String]? {
        func values<C: CaseIterable>(_: C.Type) -> [String]? {
            C.allCases.compactMap { ($0 as? any RawRepresentable)?.rawValue as? String }
        }
        let found = values(type)
        return (found?.isEmpty ?? true) ? nil : found
    }
}
