/// The structural buttons of the form (add, remove, move an item), applied to the posted values.
enum EditorActions {
    /// Applies `action` to `value`; ``EditorAction/save`` changes nothing.
    ///
    /// - Throws: ``EditorError/unknownField(_:)`` when the path is not a list (or an item of one)
    ///   of this file's schema, or names an item that is not there.
    @discardableResult
    static func apply(_ action: EditorAction, to value: inout EditorValue, schema: SchemaNode) throws -> EditorFocus? {
        var focus: EditorFocus?
        switch action {
        case .save:
            return nil
        case .add(let path):
            let components = split(path)
            guard case .array(let element) = try node(at: components[...], in: schema, path: path) else {
                throw EditorError.unknownField(path)
            }
            try modify(&value, components[...], schema: schema, path: path, create: true) { list in
                guard case .list(var items) = list.normalizedList else { throw EditorError.unknownField(path) }
                items.append(newItem(element))
                focus = EditorFocus.after(action, listPath: path, index: nil, count: items.count)
                list = .list(items)
            }
        case .remove(let path), .move(let path, _):
            var components = split(path)
            guard let last = components.popLast(), let index = Int(last), String(index) == last,
                case .array = try node(at: components[...], in: schema, path: path)
            else { throw EditorError.unknownField(path) }
            try modify(&value, components[...], schema: schema, path: path, create: false) { list in
                guard case .list(var items) = list, items.indices.contains(index) else { throw EditorError.unknownField(path) }
                if case .move(_, let up) = action {
                    let other = up ? index - 1 : index + 1
                    if items.indices.contains(other) { items.swapAt(index, other) }
                } else {
                    items.remove(at: index)
                }
                focus = EditorFocus.after(action, listPath: components.joined(separator: "."), index: index, count: items.count)
                list = .list(items)
            }
        }
        return focus
    }

    private static func split(_ path: String) -> [String] {
        path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }

    /// An empty item of a list: a mapping with an empty id to be filled from its title, a text.
    static func newItem(_ element: SchemaNode) -> EditorValue {
        switch element {
        case .object(let properties, _):
            return .map(properties.contains { $0.0 == "id" } ? [EditorEntry(key: "id", value: .text(""))] : [])
        case .anyOf, .string, .integer, .number, .boolean:
            return .text("")
        case .array:
            return .list([])
        }
    }

    /// The schema node at a path of keys and positions.
    private static func node(at components: ArraySlice<String>, in schema: SchemaNode, path: String) throws -> SchemaNode {
        guard let first = components.first else { return schema }
        switch schema {
        case .object(let properties, _):
            guard let child = properties.first(where: { $0.0 == first })?.1 else { throw EditorError.unknownField(path) }
            return try node(at: components.dropFirst(), in: child, path: path)
        case .array(let element):
            guard let index = Int(first), index >= 0 else { throw EditorError.unknownField(path) }
            return try node(at: components.dropFirst(), in: element, path: path)
        case .anyOf:
            guard let object = schema.objectOption else { throw EditorError.unknownField(path) }
            return try node(at: components, in: object, path: path)
        case .string, .integer, .number, .boolean:
            throw EditorError.unknownField(path)
        }
    }

    /// Runs `body` on the value at `components`, creating missing mappings and lists when `create`.
    private static func modify(
        _ value: inout EditorValue, _ components: ArraySlice<String>, schema: SchemaNode, path: String, create: Bool,
        body: (inout EditorValue) throws -> Void
    ) throws {
        guard let first = components.first else {
            if create, value == .absent { value = .list([]) }
            try body(&value)
            return
        }
        switch schema {
        case .object(let properties, _):
            guard let child = properties.first(where: { $0.0 == first })?.1 else { throw EditorError.unknownField(path) }
            var entries: [EditorEntry]
            switch value {
            case .map(let existing): entries = existing
            case .absent where create: entries = []
            case .text(let text) where schema.acceptsText || create: entries = [EditorEntry(key: "texto", value: .text(text))]
            case .absent, .text, .plain, .list: throw EditorError.unknownField(path)
            }
            var index = entries.firstIndex { $0.key == first }
            if index == nil {
                guard create else { throw EditorError.unknownField(path) }
                // In schema order, so the file keeps its key order.
                let order = properties.map(\.0)
                let rank = order.firstIndex(of: first) ?? order.count
                let position = entries.firstIndex { (order.firstIndex(of: $0.key) ?? order.count) > rank } ?? entries.count
                entries.insert(EditorEntry(key: first, value: .absent), at: position)
                index = position
            }
            if let index {
                try modify(&entries[index].value, components.dropFirst(), schema: child, path: path, create: create, body: body)
            }
            value = .map(entries)
        case .array(let element):
            guard case .list(var items) = value, let index = Int(first), items.indices.contains(index) else {
                throw EditorError.unknownField(path)
            }
            try modify(&items[index], components.dropFirst(), schema: element, path: path, create: create, body: body)
            value = .list(items)
        case .anyOf:
            guard let object = schema.objectOption else { throw EditorError.unknownField(path) }
            try modify(&value, components, schema: object, path: path, create: create, body: body)
        case .string, .integer, .number, .boolean:
            throw EditorError.unknownField(path)
        }
    }
}

extension EditorValue {
    /// A list, or an absent value read as an empty list.
    var normalizedList: EditorValue {
        self == .absent ? .list([]) : self
    }
}
