import Yams

/// Writes the editor's values as YAML text through libyaml's emitter (via Yams), choosing each
/// scalar's style so that the loader reads back exactly the text the person typed:
/// - numbers and dates the loader reads as written stay plain (`7.112.808`, `2025-09-30`);
/// - text with a line break, or longer than a line, is a literal block (`|`), where a blank line
///   separates paragraphs as the builder reads them;
/// - other text is plain when YAML would read it back as that same text (not `null`, `yes`, `0123`,
///   `1.5`, a date …), quoted otherwise;
/// - libyaml itself refuses a style that cannot hold the text (a leading `*`, `: `, ` #`, tabs,
///   trailing spaces) and falls back to single, then double quotes, so the output always loads.
enum EditorYAML {
    /// Texts longer than this go in a literal block.
    static let blockLength = 80

    /// The YAML text of `value` (a mapping at the root).
    static func text(_ value: EditorValue) throws -> String {
        let yaml = try Yams.serialize(node: node(value), indent: 2, width: -1, allowUnicode: true)
        return yaml
    }

    static func node(_ value: EditorValue) -> Node {
        switch value {
        case .text(let text):
            return .scalar(Node.Scalar(text, Tag(.str), style(for: text)))
        case .plain(let text):
            return .scalar(Node.Scalar(text, Tag(.str), .plain))
        case .absent:
            return .scalar(Node.Scalar("", Tag(.str), .doubleQuoted))
        case .list(let items):
            return .sequence(Node.Sequence(items.map(node), Tag(.seq), items.isEmpty ? .flow : .block))
        case .map(let entries):
            let pairs = entries.map { (Node.scalar(Node.Scalar($0.key, Tag(.str), .plain)), node($0.value)) }
            return .mapping(Node.Mapping(pairs, Tag(.map), entries.isEmpty ? .flow : .block))
        }
    }

    /// The style asked of libyaml for a text (it falls back to quotes when the style cannot hold it).
    static func style(for text: String) -> Node.Scalar.Style {
        if text.utf8.contains(0x0A) || text.count > blockLength { return .literal }
        if text.isEmpty { return .doubleQuoted }
        // Most texts begin with a letter and are longer than any word read as something else (a
        // boolean or null: five letters at most; `infinity`, `infinito`: eight); numbers and dates
        // never begin with a letter. Such a text is plain without asking the resolver's regular
        // expressions (a form has hundreds of texts).
        if let first = text.first, first.isLetter, text.unicodeScalars.count > 8 { return .plain }
        return resolvedStyle(for: text)
    }

    /// ``style(for:)`` of a one-line text, asking the resolver.
    static func resolvedStyle(for text: String) -> Node.Scalar.Style {
        let resolved = Resolver.default.resolveTag(of: .scalar(Node.Scalar(text)))
        return resolved == .str && !Self.looksSpecial(text) ? .plain : .singleQuoted
    }

    /// Texts that YAML 1.2 or other readers (the VS Code extension, Python) would read as something
    /// else even though Yams' resolver calls them text: kept in quotes for every reader.
    private static func looksSpecial(_ text: String) -> Bool {
        let lower = text.lowercased()
        if ["y", "n", "on", "off", "yes", "no", "true", "false", "null", "~", "sí", "si"].contains(lower) { return true }
        if NumberGrammar.matchesDecimal(text) || NumberGrammar.matchesInteger(text) || NumberGrammar.isNotFinite(text) { return true }
        return text.first.map { "0123456789+-.".contains($0) } ?? false
    }
}
