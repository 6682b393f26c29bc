// CYaml is Yams' own copy of libyaml (no second YAML library): its event stream is read here
// without building any tree, so hostile shapes are refused before Yams recurses or hashes them.
import CYaml

/// Structural limits checked on libyaml's event stream before Yams composes the node tree.
///
/// Yams composes recursively, hashes whole subtrees to find duplicate keys, and resolves an alias
/// by sharing the anchored node, so a file of a few kilobytes can make it, and the decoder after it,
/// walk billions of values ("billion laughs"). This pass is linear in the file, uses no recursion,
/// and counts every alias as the number of values it stands for.
enum YAMLPreflight {
    /// Deepest nesting of lists and mappings accepted. The model needs about 8; libyaml stops at 1000.
    static let maximumDepth = 64
    /// Most items in one list (or keys in one mapping). Real inputs hold at most a few hundred.
    static let maximumItems = 10_000
    /// Most values (scalars, lists, mappings) in one file, counting each alias as what it expands to.
    static let maximumValues = 200_000

    /// The first limit `text` breaks, as a diagnostic; `nil` when it is within limits or when it
    /// has a syntax error (Yams then reports that error with its usual message).
    static func check(_ text: String, displayPath: String) -> Diagnostic? {
        var bytes = Array(text.utf8)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeMutableBufferPointer { buffer -> Diagnostic? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var walk = Walk(displayPath: displayPath)
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                let type = event.type
                let finding = walk.visit(event)
                yaml_event_delete(&event)
                if let finding { return finding }
                if type == YAML_STREAM_END_EVENT { return nil }
            }
            return nestingError(parser, displayPath: displayPath)
        }
    }
}

extension YAMLPreflight {
    /// libyaml's scanner reads flow collections (`[[[…`) ahead of the events and stops by itself
    /// at 1000 levels, with a message naming a C function: reported as the same nesting error.
    fileprivate static func nestingError(_ parser: yaml_parser_t, displayPath: String) -> Diagnostic? {
        guard let problem = parser.problem, String(cString: problem).contains("nesting level") else { return nil }
        let mark = parser.problem_mark
        return InputMessages.tooDeep(
            at: SourceLocation(file: displayPath, line: Int(mark.line) + 1, column: Int(mark.column) + 1),
            limit: maximumDepth)
    }
}

/// The running counts of one preflight pass.
private struct Walk {
    /// An open list or mapping.
    struct Open {
        let isMapping: Bool
        let location: SourceLocation
        let anchor: String?
        /// Values counted before it started (for the size of an anchored collection).
        let valuesBefore: Int
        var children = 0
    }

    let displayPath: String
    var stack: [Open] = []
    var values = 0
    var sawAlias = false
    /// Anchor name → how many values the anchored node stands for (its expansion included).
    var anchorSizes: [String: Int] = [:]

    init(displayPath: String) {
        self.displayPath = displayPath
    }

    mutating func visit(_ event: yaml_event_t) -> Diagnostic? {
        let location = SourceLocation(
            file: displayPath, line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        switch event.type {
        case YAML_SCALAR_EVENT:
            if let anchor = Self.string(event.data.scalar.anchor) { anchorSizes[anchor] = 1 }
            return add(1, at: location, alias: nil)
        case YAML_ALIAS_EVENT:
            sawAlias = true
            let name = Self.string(event.data.alias.anchor) ?? ""
            return add(anchorSizes[name] ?? 1, at: location, alias: name)
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            if let finding = add(1, at: location, alias: nil) { return finding }
            let anchor = Self.string(isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor)
            stack.append(Open(isMapping: isMapping, location: location, anchor: anchor, valuesBefore: values - 1))
            if stack.count > YAMLPreflight.maximumDepth {
                return InputMessages.tooDeep(at: location, limit: YAMLPreflight.maximumDepth)
            }
            return nil
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let closed = stack.popLast() else { return nil }
            if let anchor = closed.anchor { anchorSizes[anchor] = values - closed.valuesBefore }
            return nil
        default:
            return nil
        }
    }

    /// Counts `count` values as one child of the innermost open collection.
    private mutating func add(_ count: Int, at location: SourceLocation, alias: String?) -> Diagnostic? {
        if var parent = stack.popLast() {
            parent.children += 1
            stack.append(parent)
            let items = parent.isMapping ? (parent.children + 1) / 2 : parent.children
            if items > YAMLPreflight.maximumItems {
                return InputMessages.tooManyItems(
                    at: parent.location, isMapping: parent.isMapping, limit: YAMLPreflight.maximumItems)
            }
        }
        values += min(count, YAMLPreflight.maximumValues + 1)
        guard values > YAMLPreflight.maximumValues else { return nil }
        if sawAlias {
            return InputMessages.aliasExpansion(alias: alias, at: location, limit: YAMLPreflight.maximumValues)
        }
        return InputMessages.tooManyValues(at: location, limit: YAMLPreflight.maximumValues)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
    }
}
