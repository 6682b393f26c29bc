/// A JSON Schema fragment, built by probing the model's `Decodable` conformances.
indirect enum SchemaNode: Sendable {
    case string(allowed: [String]?)
    case integer
    case number
    case boolean
    case array(SchemaNode)
    case object(properties: [(String, SchemaNode)], required: [String])
    /// One of several forms (a paragraph is a text or a mapping).
    case anyOf([SchemaNode])

    /// The schema as a JSON-compatible value, with descriptions from ``SchemaDescriptions``.
    func json(key: String? = nil) -> [String: Any] {
        var result: [String: Any]
        switch self {
        case .string(let allowed):
            result = ["type": "string"]
            if let allowed { result["enum"] = allowed }
            // Dates: the same as rule R-FEC-01 (ISO form, a real calendar day).
            if allowed == nil, let key, Self.dateKeys.contains(key) {
                result["pattern"] = NumberGrammar.datePattern
                result["format"] = "date"
            }
        // A number as an editor reads it (YAML turns «1.200» into 1.2), or as written (the
        // loader's grammar, with its range): the same spellings the loader accepts.
        case .integer:
            result = ["anyOf": [
                ["type": "integer", "minimum": 0, "maximum": NumberRange.maximum],
                ["type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1000],
                ["type": "string", "pattern": NumberGrammar.integerPattern],
            ]]
        case .number:
            result = ["anyOf": [
                ["type": "number", "exclusiveMinimum": -NumberRange.limit, "exclusiveMaximum": NumberRange.limit],
                ["type": "string", "pattern": NumberGrammar.decimalPattern],
            ]]
        case .boolean: result = ["type": "boolean"]
        case .array(let element): result = ["type": "array", "items": element.json()]
        case .object(let properties, let required):
            var fields: [String: Any] = [:]
            for (name, node) in properties { fields[name] = node.json(key: name) }
            result = ["type": "object", "properties": fields, "additionalProperties": false]
            if !required.isEmpty { result["required"] = required }
        case .anyOf(let options): result = ["anyOf": options.map { $0.json() }]
        }
        if let key, let description = SchemaDescriptions.text[key] { result["description"] = description }
        return result
    }

    /// Keys whose text is a date checked by rule R-FEC-01.
    static let dateKeys: Set<String> = ["fecha", "desde", "hasta", "plazo", "fecha_medicion"]

    /// All property names anywhere in this schema (for the drift test).
    var allKeys: Set<String> {
        switch self {
        case .string, .integer, .number, .boolean: []
        case .array(let element): element.allKeys
        case .object(let properties, _):
            properties.reduce(into: Set(properties.map(\.0))) { $0.formUnion($1.1.allKeys) }
        case .anyOf(let options): options.reduce(into: Set()) { $0.formUnion($1.allKeys) }
        }
    }
}

/// Types whose YAML form the probe cannot see on its own.
protocol SchemaDescribed {
    static var schema: SchemaNode { get }
}

extension Paragraph: SchemaDescribed {
    static var schema: SchemaNode {
        .anyOf([
            .string(allowed: nil),
            .object(
                properties: [("id", .string(allowed: nil)), ("texto", .string(allowed: nil)), ("motivo", .string(allowed: nil)),
                             ("responde_a", .array(.string(allowed: nil)))],
                required: ["texto"]),
        ])
    }
}

extension Goal: SchemaDescribed {
    static var schema: SchemaNode { .anyOf([.number, .string(allowed: [Goal.notCommittedSpelling])]) }
}

extension TimeUnit: SchemaDescribed {
    static var schema: SchemaNode {
        .string(allowed: TimeUnit.allCases.map(\.rawValue) + ["día hábil", "dias_habiles", "días", "hora", "minuto"])
    }
}
