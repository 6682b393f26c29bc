/// Turns the posted fields back into the file's values, walking the same schema as the form, so
/// keys come out in schema order whatever order the browser posted them in.
///
/// Every posted name must be a field of the form (else ``EditorError/unknownField(_:)``); the
/// button (`accion`) and the page's own fields, whose names begin with `_`, are not the file's.
struct EditorSubmissionReader {
    let file: InputFile
    private var values: [String: [String]] = [:]
    private var order: [String] = []
    private var consumed: Set<String> = []

    init(file: InputFile, fields: [EditorField]) {
        self.file = file
        for field in fields where field.name != "accion" && !field.name.hasPrefix("_") {
            if values[field.name] == nil { order.append(field.name) }
            // Browsers post line breaks as CR LF; the file's texts use LF.
            values[field.name, default: []].append(Self.normalized(field.value))
        }
    }

    static func normalized(_ text: String) -> String {
        // Most fields hold no carriage return: skip Foundation's search, which dominated reading a form.
        guard text.utf8.contains(0x0d) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// The whole file's values.
    mutating func read(_ schema: SchemaNode) throws -> EditorValue {
        let value = object(schema, path: [], required: true) ?? .map([])
        if let stray = order.first(where: { !consumed.contains($0) }) { throw EditorError.unknownField(stray) }
        return value
    }

    private mutating func take(_ name: String) -> [String]? {
        guard let found = values[name] else { return nil }
        consumed.insert(name)
        return found
    }

    private mutating func object(_ schema: SchemaNode, path: [String], required: Bool) -> EditorValue? {
        guard case .object(let properties, let requiredKeys) = schema else { return nil }
        var entries: [EditorEntry] = []
        for (key, node) in properties {
            let isRequired = requiredKeys.contains(key)
            if let value = self.value(node, key: key, path: path + [key], required: isRequired) {
                entries.append(EditorEntry(key: key, value: value))
            }
        }
        // An optional group with nothing written in it is left out (an indicator never filled in).
        if !required && entries.allSatisfy({ $0.value.isBlank }) { return nil }
        return .map(entries)
    }

    /// The value at `path`; `nil` when it is optional and empty (left out of the file).
    private mutating func value(_ node: SchemaNode, key: String, path: [String], required: Bool) -> EditorValue? {
        let name = path.joined(separator: ".")
        if let kind = EditorSchema.kind(of: node, key: key, file: file) {
            switch kind {
            case .references:
                let chosen = (take(name) ?? []).filter { !$0.isEmpty }
                if chosen.isEmpty { return required ? .list([]) : nil }
                return .list(chosen.map(EditorValue.text))
            case .identifier:
                // Posted (even empty) means the item has an id.
                guard let text = take(name)?.last else { return nil }
                return .text(text)
            case .line, .paragraph, .date, .integer, .decimal, .decimalOrWord, .boolean, .choice, .reference:
                let text = take(name)?.last ?? ""
                if text.isEmpty { return required ? .text("") : nil }
                return Self.scalar(text, kind: kind)
            }
        }
        switch node {
        case .object:
            return object(node, path: path, required: required)
        case .array(let element):
            let items = indices(under: path).map { item(element, key: key, path: path + [String($0)]) }
            if items.isEmpty { return required ? .list([]) : nil }
            return .list(items)
        case .anyOf:
            return paragraph(node, path: path) ?? (required ? EditorValue.text("") : nil)
        case .string, .integer, .number, .boolean:
            return nil
        }
    }

    /// One list item: never left out, so positions stay as the person sees them.
    private mutating func item(_ element: SchemaNode, key: String, path: [String]) -> EditorValue {
        switch element {
        case .object:
            return object(element, path: path, required: true) ?? .map([])
        case .anyOf where element.objectOption != nil:
            return paragraph(element, path: path) ?? .text("")
        case .anyOf, .string, .integer, .number, .boolean, .array:
            let name = path.joined(separator: ".")
            guard let kind = EditorSchema.kind(of: element, key: nil, file: file) else { return .text("") }
            return Self.scalar(take(name)?.last ?? "", kind: kind)
        }
    }

    /// A paragraph: its mapping, or just its text when it has nothing else (as people write them).
    private mutating func paragraph(_ node: SchemaNode, path: [String]) -> EditorValue? {
        guard let object = node.objectOption, let value = self.object(object, path: path, required: false) else { return nil }
        guard case .map(let entries) = value else { return value }
        if node.acceptsText, entries.count == 1, entries[0].key == "texto" { return entries[0].value }
        return value
    }

    /// The item positions posted under the list at `path`, in order.
    private func indices(under path: [String]) -> [Int] {
        let prefix = path.joined(separator: ".") + "."
        var found = Set<Int>()
        for name in order where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            let first = rest.split(separator: ".", maxSplits: 1).first.map(String.init) ?? ""
            if let index = Int(first), index >= 0, String(index) == first { found.insert(index) }
        }
        return found.sorted()
    }

    /// A scalar as the person typed it: numbers and dates that the loader reads are written plain,
    /// anything else is a text (quoted when YAML needs it), so a mistake is reported at its line.
    static func scalar(_ text: String, kind: EditorFieldKind) -> EditorValue {
        switch kind {
        case .integer, .decimal, .decimalOrWord:
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if NumberGrammar.matchesInteger(trimmed) || NumberGrammar.matchesDecimal(trimmed) { return .plain(trimmed) }
            if case .decimalOrWord(let words) = kind, words.contains(trimmed) { return .plain(trimmed) }
            return .text(text)
        case .date:
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            return ISODate(trimmed) != nil ? .plain(trimmed) : .text(text)
        case .boolean:
            return ScalarReader.boolean(text).map { .plain($0 ? "true" : "false") } ?? .text(text)
        case .identifier, .line, .paragraph, .choice, .reference, .references:
            return .text(text)
        }
    }
}
