import Yams

/// Shared state of one file's decoding: problems found, positions seen, keys the model asked for.
final class NodeDecodingContext {
    let file: InputFile
    let displayPath: String
    var diagnostics: [Diagnostic] = []
    var sourceMap: SourceMap
    /// Mappings visited through a keyed container, with the keys the model requested from each.
    var visitedMappings: [String: (node: Node.Mapping, path: [any CodingKey], requested: Set<String>)] = [:]

    /// Types being decoded at each path, to stop a type that decodes itself from the same node.
    var activeDecodes: Set<ActiveDecode> = []

    init(file: InputFile, displayPath: String, sourceMap: SourceMap) {
        self.file = file
        self.displayPath = displayPath
        self.sourceMap = sourceMap
    }

    func location(of node: Node) -> SourceLocation {
        let mark = node.mark
        return SourceLocation(file: displayPath, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    func record(_ node: Node, at path: [any CodingKey]) {
        sourceMap.record(file, path: SourceMap.key(for: path), location: location(of: node))
    }

    /// Mappings whose type finished decoding: only these can be judged for unknown keys, since a
    /// failed decode stops before asking for the remaining keys.
    var completedMappings: Set<String> = []

    func markComplete(_ path: String) {
        completedMappings.insert(path)
    }

    func noteRequested(_ key: String, in mappingPath: String) {
        visitedMappings[mappingPath]?.requested.insert(key)
    }

    /// Reports keys present in visited mappings that the model never asked for.
    func reportUnknownKeys() {
        for (path, visit) in visitedMappings.sorted(by: { $0.key < $1.key }) where completedMappings.contains(path) {
            for (keyNode, _) in visit.node {
                guard let key = keyNode.string, !visit.requested.contains(key) else { continue }
                let suggestion = KeySuggestion.closest(to: key, among: visit.requested)
                let keyLocation = location(of: keyNode)
                if let (offset, scalar) = key.unicodeScalars.enumerated().first(where: {
                    InputCharacters.isLookalikeSpace($0.element) || InputCharacters.isTypographicQuote($0.element)
                        || $0.element == "\t"
                }) {
                    let quoted = keyNode.scalar.map { $0.style != .plain } ?? false
                    diagnostics.append(
                        InputMessages.oddKeyCharacter(
                            key, scalar: scalar,
                            at: SourceLocation(file: keyLocation.file, line: keyLocation.line,
                                               column: keyLocation.column + offset + (quoted ? 1 : 0)),
                            suggestion: suggestion))
                    continue
                }
                diagnostics.append(
                    InputMessages.unknownKey(
                        key, at: location(of: keyNode), path: visit.path, suggestion: suggestion,
                        known: visit.requested.sorted()))
            }
        }
    }
}

/// One `init(from:)` in progress: which type, at which path.
struct ActiveDecode: Hashable {
    let type: ObjectIdentifier
    let path: String
}
