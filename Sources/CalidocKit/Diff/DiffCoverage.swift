/// Which parts of an input value the specific change rules already state.
///
/// The diff has hand-written statements in the Comité deck's wording for the fields that matter most
/// (a principle's name and description, an activity's meta …). Everything else is compared by the
/// residual comparison (``ResidualDiff``), which walks the encoded value and states any difference
/// no specific rule covers. So a field nobody wrote a rule for can never change silently: the
/// coverage only says which subtrees the residual comparison may skip.
indirect enum DiffCoverage: Sendable {
    /// The specific rules state this whole subtree (or it is not document content).
    case covered
    /// The listed keys have their own coverage; every other key is compared by the residual walk.
    case fields([String: DiffCoverage])

    /// Nothing is covered: every key is compared generically.
    static let nothing = DiffCoverage.fields([:])

    /// Covers the listed keys whole.
    static func keys(_ names: String...) -> DiffCoverage {
        .fields(Dictionary(uniqueKeysWithValues: names.map { ($0, DiffCoverage.covered) }))
    }

    /// The coverage of `key` inside this one.
    func child(_ key: String) -> DiffCoverage {
        switch self {
        case .covered: return .covered
        case .fields(let fields): return fields[key] ?? .nothing
        }
    }

    /// Keys that are never content of their own: the stable id (items are matched by it; a new id is
    /// a removal and an addition), and why an item changed or which recommendation it answers (they
    /// explain a change, they are not one).
    static let metadataKeys: Set<String> = ["id", "motivo", "responde_a"]
}

/// A model type the diff compares: the coverage its specific rules give it.
///
/// Every input type that can change conforms (``DiffCoverage`` lists what the specific statements
/// say); the residual comparison states the rest. The whole-model property test
/// (`DiffCoverageTests`) changes every leaf of every sample input and expects a non-empty change set.
protocol DiffCovered: Encodable {
    /// The coverage of this value by the specific rules.
    var diffCoverage: DiffCoverage { get }
}
