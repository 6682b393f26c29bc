/// The order of keys in the form and in the saved file: the model's declaration order (the order
/// of the documents' sections), not the probe's, which follows each `CodingKeys` enum (where
/// renamed keys such as `criterios_priorizacion` come last).
///
/// The declaration order is read with `Mirror` from a placeholder value of each type.
extension EditorSchema {
    static func ordered<T: Decodable>(_ type: T.Type) -> SchemaNode {
        reorder(SchemaProbe.schema(for: type), type: type)
    }

    private static func reorder(_ node: SchemaNode, type: Any.Type) -> SchemaNode {
        let unwrapped = elementType(type)
        switch node {
        case .object(let properties, let required):
            guard let decodable = unwrapped as? any Decodable.Type, let instance = placeholder(decodable) else { return node }
            let children = Mirror(reflecting: instance).children.compactMap { child in
                child.label.map { (normalized($0), Swift.type(of: child.value) as Any.Type) }
            }
            let ranked = properties.map { key, child -> (Int, String, SchemaNode) in
                let index = children.firstIndex { $0.0 == normalized(key) }
                let childType = index.map { children[$0].1 }
                return (index ?? Int.max, key, childType.map { reorder(child, type: $0) } ?? child)
            }
            let sorted = ranked.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element)
            return .object(properties: sorted.map { ($0.1, $0.2) }, required: required)
        case .array(let element):
            return .array(reorder(element, type: unwrapped))
        case .string, .integer, .number, .boolean, .anyOf:
            return node
        }
    }

    /// `T` for `T?`, `[T]` and `[T]?`.
    private static func elementType(_ type: Any.Type) -> Any.Type {
        if let wrapper = type as? any EditorWrappedType.Type { return elementType(wrapper.wrappedType) }
        return type
    }

    private static func placeholder(_ type: any Decodable.Type) -> Any? {
        func make<D: Decodable>(_ type: D.Type) -> Any? { try? DefaultValue.make(type) }
        return make(type)
    }

    private static func normalized(_ name: String) -> String {
        name.lowercased().filter { $0 != "_" }
    }
}

/// Optionals and arrays, whose element type the order search looks through.
protocol EditorWrappedType {
    static var wrappedType: Any.Type { get }
}

extension Optional: EditorWrappedType {
    static var wrappedType: Any.Type { Wrapped.self }
}

extension Array: EditorWrappedType {
    static var wrappedType: Any.Type { Element.self }
}
