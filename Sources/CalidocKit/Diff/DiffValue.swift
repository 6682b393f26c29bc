import Foundation

/// An input value as the generic (residual) comparison sees it: text, lists and records keyed by the
/// YAML key the person typed.
///
/// Built from the model's own `Encodable` conformance, so a field added to the model is compared
/// without anyone listing it (see ``DiffCoverage``).
indirect enum DiffValue: Hashable, Sendable {
    /// A scalar, already in the words a person reads (numbers the Chilean way).
    case scalar(String)
    /// A sequence, in order.
    case list([DiffValue])
    /// A mapping, by YAML key.
    case record([String: DiffValue])

    /// The tree of `value`, or `nil` when the model cannot be encoded (the caller then compares by
    /// equality alone).
    static func tree<T: Encodable>(of value: T) -> DiffValue? {
        let encoder = JSONEncoder()
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "∞", negativeInfinity: "-∞", nan: "NaN")
        guard let data = try? encoder.encode(value),
              let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        else { return nil }
        return from(object)
    }

    private static func from(_ object: Any) -> DiffValue? {
        switch object {
        case is NSNull:
            return nil
        case let text as String:
            return .scalar(text)
        case let number as NSNumber:
            return .scalar(Self.words(number))
        case let array as [Any]:
            return .list(array.compactMap(from))
        case let dictionary as [String: Any]:
            var fields: [String: DiffValue] = [:]
            for (key, value) in dictionary {
                if let converted = from(value) { fields[key] = converted }
            }
            return .record(fields)
        default:
            return .scalar(String(describing: object))
        }
    }

    /// A number as the documents print it: `7.112.808`, `54,9`. (The input model has no booleans;
    /// Foundation on Linux cannot tell them from 0 and 1 after JSONSerialization.)
    private static func words(_ number: NSNumber) -> String {
        let value = number.doubleValue
        // Within ±1e15 a Double holds every whole number exactly and the Chilean formatter is safe;
        // beyond it the plain spelling is shown rather than a rounded one.
        guard value.isFinite, abs(value) < 1e15 else { return number.stringValue }
        return ChileanNumber.compact(value, maximumDecimals: 6)
    }

    /// The scalar fields of a record, for labels.
    var fields: [String: DiffValue] {
        if case .record(let fields) = self { return fields }
        return [:]
    }
}
