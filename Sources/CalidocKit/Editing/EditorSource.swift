import Yams

/// A file's current text as the form reads it: its values (with positions), or the reason the
/// form must offer the text itself (a syntax error, or a shape the form cannot show without
/// dropping something: an unknown key, a list where a text goes).
enum EditorSource {
    case values(EditorValue?, Node?)
    case text([Diagnostic])

    static func read(_ yaml: String, file: InputFile, displayPath: String) -> EditorSource {
        if let problem = YAMLPreflight.check(yaml, displayPath: displayPath) { return .text([problem]) }
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            return .text([YAMLSyntaxMessages(displayPath: displayPath, lines: SourceLines.split(yaml)).diagnostic(for: error)])
        } catch {
            return .text([])
        }
        guard let node else { return .values(nil, nil) }
        let value = EditorValue(node)
        guard fits(value, EditorSchema.root(for: file)) else { return .text([]) }
        return .values(value, node)
    }

    /// Whether every value has a place in the form (so a save loses nothing).
    static func fits(_ value: EditorValue, _ schema: SchemaNode) -> Bool {
        if value == .absent { return true }
        switch schema {
        case .object(let properties, _):
            guard case .map(let entries) = value else { return false }
            guard Set(entries.map(\.key)).count == entries.count else { return false }
            return entries.allSatisfy { entry in
                properties.first { $0.0 == entry.key }.map { fits(entry.value, $0.1) } ?? false
            }
        case .array(let element):
            guard case .list(let items) = value else { return false }
            return items.allSatisfy { fits($0, element) }
        case .anyOf(let options):
            return options.contains { fits(value, $0) }
        case .string, .integer, .number, .boolean:
            return value.scalar != nil
        }
    }
}
