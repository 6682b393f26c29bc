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
        if let integerType = T.self as? any FixedWidthInteger.Type {
            let value = try wholeNumber(node, location: location)
            if let result = convert(value, to: integerType) as? T { return result }
            throw NodeDecodingFailure(diagnostic: InputMessages.numberOutOfRange(node: node, whole: true, at: location))
        }
        if let floatType = T.self as? any BinaryFloatingPoint.Type {
            let value = try anyNumber(node, location: location)
            // Read as a decimal, but most likely typed as thousands: said, once per place (a
            // type may try several readings of the same node).
            if case .scalar(let scalar) = node, let ambiguity = AmbiguousDecimal(scalar.string) {
                let warning = InputMessages.ambiguousDecimal(ambiguity, at: location)
                if !context.diagnostics.contains(warning) { context.diagnostics.append(warning) }
            }
            if let result = convert(value, to: floatType) as? T { return result }
            throw NodeDecodingFailure(diagnostic: InputMessages.numberOutOfRange(node: node, whole: false, at: location))
        }
        if type == Bool.self {
            guard case .scalar(let scalar) = node, let value = boolean(scalar.string) else {
                throw NodeDecodingFailure(diagnostic: InputMessages.typeMismatch(expected: .boolean, found: node, at: location))
            }
            if let result = value as? T { return result }
        }
        // A type whose `init(from:)` asks this same node for itself again (a scalar type this reader
        // does not know) would recurse until the stack overflows: refused as a value of the wrong type.
        let active = ActiveDecode(type: ObjectIdentifier(T.self), path: SourceMap.key(for: path))
        guard context.activeDecodes.insert(active).inserted else {
            throw NodeDecodingFailure(diagnostic: InputMessages.typeMismatch(expected: .text, found: node, at: location))
        }
        defer { context.activeDecodes.remove(active) }
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

    /// A whole number accepted by ``NumberRange``, or the located reason why not.
    static func wholeNumber(_ node: Node, location: SourceLocation) throws -> Double {
        guard case .scalar(let scalar) = node else {
            throw NodeDecodingFailure(diagnostic: InputMessages.typeMismatch(expected: .integer, found: node, at: location))
        }
        switch NumberReader.integer(scalar.string) {
        case .value(let value) where NumberRange.acceptsWhole(value): return value
        case .value: throw NodeDecodingFailure(diagnostic: InputMessages.numberOutOfRange(node: node, whole: true, at: location))
        case .notFinite: throw NodeDecodingFailure(diagnostic: InputMessages.notFinite(node: node, at: location))
        case .notWhole, .notANumber:
            throw NodeDecodingFailure(diagnostic: InputMessages.typeMismatch(expected: .integer, found: node, at: location))
        }
    }

    /// A number accepted by ``NumberRange``, or the located reason why not.
    static func anyNumber(_ node: Node, location: SourceLocation) throws -> Double {
        guard case .scalar(let scalar) = node else {
            throw NodeDecodingFailure(diagnostic: InputMessages.typeMismatch(expected: .number, found: node, at: location))
        }
        switch NumberReader.number(scalar.string) {
        case .value(let value) where NumberRange.acceptsNumber(value): return value
        case .value: throw NodeDecodingFailure(diagnostic: InputMessages.numberOutOfRange(node: node, whole: false, at: location))
        case .notFinite: throw NodeDecodingFailure(diagnostic: InputMessages.notFinite(node: node, at: location))
        case .notWhole, .notANumber:
            throw NodeDecodingFailure(diagnostic: InputMessages.typeMismatch(expected: .number, found: node, at: location))
        }
    }

    /// `value` (whole, within range) as any integer type; `nil` when the type cannot hold it.
    static func convert<I: FixedWidthInteger>(_ value: Double, to type: I.Type) -> I? {
        I(exactly: value)
    }

    /// `value` as any floating-point type; `nil` when the type would round it to infinity.
    static func convert<F: BinaryFloatingPoint>(_ value: Double, to type: F.Type) -> F? {
        let converted = F(value)
        return converted.isFinite ? converted : nil
    }

    /// The integer reading used by other parts (session numbers …): `nil` unless in range.
    static func integer(_ text: String) -> Int? {
        guard case .value(let value) = NumberReader.integer(text), NumberRange.acceptsWhole(value) else { return nil }
        return Int(exactly: value)
    }

    /// The number reading used by other parts: `nil` unless in range.
    static func number(_ text: String) -> Double? {
        guard case .value(let value) = NumberReader.number(text), NumberRange.acceptsNumber(value) else { return nil }
        return value
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
