import Yams

/// Where each diagnostic of the edited file goes in the form: the field whose YAML value starts
/// last at or before the diagnostic's line and column (the deepest one when several start there).
/// Widgets claim their diagnostics while the form is written; what no widget claims is listed at
/// the top of the form.
struct EditorDiagnosticPlacement {
    /// A diagnostic to show, with its element id.
    struct Entry {
        var id: String
        var diagnostic: Diagnostic
        /// The form path of the value it points at (`nil`: none, shown at the top).
        var path: String?
    }

    private(set) var entries: [Entry]
    private var claimed: Set<Int> = []

    /// - Parameters:
    ///   - diagnostics: All diagnostics; only those of this file are kept.
    ///   - root: The composed file (positions), when it could be read.
    init(diagnostics: [Diagnostic], isInFile: (String) -> Bool, root: Node?) {
        var starts: [(path: String, line: Int, column: Int, depth: Int)] = []
        if let root { Self.collect(root, path: [], into: &starts) }
        entries = []
        for diagnostic in diagnostics {
            guard let location = diagnostic.location, isInFile(location.file) else { continue }
            let target = (location.line, location.column)
            let best = starts.filter { ($0.line, $0.column) <= target }
                .max { ($0.line, $0.column, $0.depth) < ($1.line, $1.column, $1.depth) }
            entries.append(Entry(id: "problema-\(entries.count + 1)", diagnostic: diagnostic, path: best?.path))
        }
    }

    /// Claims the diagnostics located at `path` (and below it when `subtree`), returning them.
    mutating func claim(_ path: String, subtree: Bool = false) -> [Entry] {
        var found: [Entry] = []
        for (index, entry) in entries.enumerated() where !claimed.contains(index) {
            guard let target = entry.path else { continue }
            if target == path || (subtree && target.hasPrefix(path + ".")) {
                claimed.insert(index)
                found.append(entry)
            }
        }
        return found
    }

    /// The diagnostics no widget claimed.
    var unclaimed: [Entry] {
        entries.enumerated().filter { !claimed.contains($0.offset) }.map(\.element)
    }

    private static func collect(_ node: Node, path: [String], into starts: inout [(path: String, line: Int, column: Int, depth: Int)]) {
        if let mark = node.mark {
            starts.append((path.joined(separator: "."), mark.line, mark.column, path.count))
        }
        switch node {
        case .scalar, .alias: break
        case .sequence(let sequence):
            for (index, item) in sequence.enumerated() { collect(item, path: path + [String(index)], into: &starts) }
        case .mapping(let mapping):
            for pair in mapping { collect(pair.value, path: path + [pair.key.string ?? ""], into: &starts) }
        }
    }
}
