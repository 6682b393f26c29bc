/// An input value as the generic (residual) comparison sees it: text, lists and records keyed by the
/// YAML key the person typed.
///
/// Built from the model's own `Encodable` conformance by ``DiffValueEncoder``, so a field added to
/// the model is compared without anyone listing it (see ``DiffCoverage``).
indirect enum DiffValue: Hashable, Sendable {
    /// A scalar, already in the words a person reads (numbers the Chilean way).
    case scalar(String)
    /// A sequence, in order.
    case list([DiffValue])
    /// A mapping, by YAML key.
    case record([String: DiffValue])

    /// The fields of a record, for labels.
    var fields: [String: DiffValue] {
        if case .record(let fields) = self { return fields }
        return [:]
    }
}
