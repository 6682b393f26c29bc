/// One difference found by the residual comparison: where, and the values before and after.
struct FieldChange: Hashable, Sendable {
    /// One step of the path from the compared value to the difference.
    enum Step: Hashable, Sendable {
        /// A YAML key.
        case key(String)
        /// An element of a list: its naming field when it has one (`nombre`, `titulo` …), and its
        /// 0-based position.
        case item(name: String?, position: Int)
    }

    /// Where the difference is, from the compared value down.
    var path: [Step]
    /// The value before (`nil`: it was added).
    var before: DiffValue?
    /// The value after (`nil`: it was removed).
    var after: DiffValue?
}

/// The generic comparison that states whatever the specific rules do not (``DiffCoverage``).
///
/// Lists of records are aligned by `id` when every element has one, otherwise by position; lists of
/// scalars (examples, recommendation ids …) compare as one value, as a person reads them.
enum ResidualDiff {
    /// Differences between `old` and `new` outside the coverage of `new`.
    static func changes<T: DiffCovered & Equatable>(_ old: T, _ new: T) -> [FieldChange] {
        changes(old, new, coverage: new.diffCoverage)
    }

    /// Differences between `old` and `new` outside `coverage`.
    static func changes<T: Encodable & Equatable>(_ old: T, _ new: T, coverage: DiffCoverage) -> [FieldChange] {
        guard old != new else { return [] }
        let before = DiffValueEncoder.tree(of: old, coverage: coverage)
        let after = DiffValueEncoder.tree(of: new, coverage: coverage)
        // Both absent although the values differ: the encoder failed (no input type does). Say
        // "something changed" rather than nothing.
        if before == nil && after == nil { return [FieldChange(path: [], before: nil, after: nil)] }
        return walk(before, after, coverage: coverage, path: [])
    }

    /// Differences between two optional values of a file (a document added or removed is stated by
    /// the caller).
    static func walk(_ old: DiffValue?, _ new: DiffValue?, coverage: DiffCoverage, path: [FieldChange.Step]) -> [FieldChange] {
        if case .covered = coverage { return [] }
        guard old != new else { return [] }
        switch (old, new) {
        case (.record(let before), .record(let after)):
            let keys = Set(before.keys).union(after.keys).subtracting(DiffCoverage.metadataKeys).sorted()
            return keys.flatMap { key in
                walk(before[key], after[key], coverage: coverage.child(key), path: path + [.key(key)])
            }
        case (.list(let before), .list(let after)) where !(isScalarList(before) && isScalarList(after)):
            return list(before, after, coverage: coverage, path: path)
        default:
            return [FieldChange(path: path, before: old, after: new)]
        }
    }

    private static func isScalarList(_ values: [DiffValue]) -> Bool {
        values.allSatisfy { if case .scalar = $0 { return true } else { return false } }
    }

    /// Lists of records: matched elements compared field by field, the others added or removed.
    private static func list(_ old: [DiffValue], _ new: [DiffValue], coverage: DiffCoverage, path: [FieldChange.Step]) -> [FieldChange] {
        let oldIDs = old.map(identifier)
        let newIDs = new.map(identifier)
        var pairs: [(Int, Int)] = []
        var removed: [Int] = []
        var added: [Int] = []
        if oldIDs.allSatisfy({ $0 != nil }) && newIDs.allSatisfy({ $0 != nil }) {
            var oldIndex: [String: Int] = [:]
            for (index, id) in oldIDs.enumerated() { if let id, oldIndex[id] == nil { oldIndex[id] = index } }
            var used = Set<Int>()
            for (index, id) in newIDs.enumerated() {
                if let id, let match = oldIndex[id], !used.contains(match) {
                    pairs.append((match, index))
                    used.insert(match)
                } else {
                    added.append(index)
                }
            }
            removed = old.indices.filter { !used.contains($0) }
        } else {
            let common = min(old.count, new.count)
            pairs = (0..<common).map { ($0, $0) }
            removed = Array(common..<old.count)
            added = Array(common..<new.count)
        }
        var found: [FieldChange] = []
        for index in removed {
            found.append(FieldChange(path: path + [label(old[index], position: index)], before: old[index], after: nil))
        }
        for index in added {
            found.append(FieldChange(path: path + [label(new[index], position: index)], before: nil, after: new[index]))
        }
        for (before, after) in pairs {
            found += walk(old[before], new[after], coverage: coverage, path: path + [label(new[after], position: after)])
        }
        return found
    }

    /// What identifies a list element across versions: its `id`, or the activity a results entry
    /// reports on.
    private static func identifier(_ value: DiffValue) -> String? {
        for key in ["id", "actividad"] {
            if case .scalar(let id)? = value.fields[key] { return key + ":" + id }
        }
        return nil
    }

    /// Keys whose value names a list element for a person, most telling first.
    static let labelKeys = ["nombre", "titulo", "termino", "actor", "actividad", "canal", "anio", "periodo", "etiqueta", "texto"]

    /// The element as a path step: named by its naming field when it has one.
    static func label(_ value: DiffValue, position: Int) -> FieldChange.Step {
        for key in labelKeys {
            if case .scalar(let text)? = value.fields[key], !text.isEmpty { return .item(name: text, position: position) }
        }
        return .item(name: nil, position: position)
    }
}
