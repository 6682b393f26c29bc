import Foundation

/// Reads the numbers of the input files, the Chilean way, and holds them to a plausible range.
///
/// Every count, year and figure of a PMG document is far below a billion; a value outside
/// ``NumberRange`` is a typing or pasting mistake, and letting it through would only move the
/// failure to a later arithmetic overflow (`Int(Double)` traps) far from the line that caused it.
/// The same grammar is described to editors by the JSON Schemas (``NumberGrammar``).
enum NumberReader {
    /// What reading one number's text gives.
    enum Reading: Equatable {
        case value(Double)
        /// Not a number at all (a text, a date …).
        case notANumber
        /// `.nan`, `.inf` and the other spellings of values no document can print.
        case notFinite
        /// A number, but with a fraction where a whole number is needed ("1,5" personas).
        case notWhole
    }

    /// Reads `text` as a whole number: "1200", "1.200", "7.112.808"; a value such as "1e3" is
    /// accepted when it is whole.
    static func integer(_ text: String) -> Reading {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if NumberGrammar.matchesInteger(trimmed) {
            let digits = trimmed.filter { $0 != "." }
            return Double(digits).map(Reading.value) ?? .notANumber
        }
        switch number(trimmed) {
        case .value(let value): return value == value.rounded() ? .value(value) : .notWhole
        case let other: return other
        }
    }

    /// Reads `text` as a number: whole numbers as above, "54.9", "54,9", "1e-3".
    static func number(_ text: String) -> Reading {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if NumberGrammar.isNotFinite(trimmed) { return .notFinite }
        // A single point is a decimal point ("54.9", and "1.000" stays one, as YAML reads it);
        // several points can only be thousands ("7.112.808").
        if NumberGrammar.matchesDecimal(trimmed) {
            let normalized = trimmed.replacingOccurrences(of: ",", with: ".")
            // "1e400" reads as infinity: a value, refused by the range check as too large.
            return Double(normalized).map(Reading.value) ?? .notANumber
        }
        if NumberGrammar.matchesInteger(trimmed) {
            return Double(trimmed.filter { $0 != "." }).map(Reading.value) ?? .notANumber
        }
        return .notANumber
    }
}

/// The accepted range of each kind of number.
enum NumberRange {
    /// Largest magnitude of any number (a trillion): far above any count of people, transactions
    /// or pesos in a service's documents, far below where `Double` stops holding whole numbers
    /// exactly (2⁵³) or a sum of thousands of values could overflow `Int`.
    static let maximum: Double = 1_000_000_000_000

    /// Whole numbers are counts, years and codes: never negative.
    static let integer: ClosedRange<Double> = 0...maximum
    /// Other numbers (net satisfaction, baselines) may be negative.
    static let number: ClosedRange<Double> = -maximum...maximum
}

/// The textual grammar of numbers, shared by the loader and the JSON Schemas so both accept
/// exactly the same spellings.
enum NumberGrammar {
    /// Plain digits, or digits in groups of three after a point ("7.112.808").
    static let integerPattern = #"^[+]?([0-9]+|[0-9]{1,3}(\.[0-9]{3})+)$"#
    /// A decimal with point or comma, optional sign and exponent ("-0,5", "54.9", "1e-3").
    static let decimalPattern = #"^[-+]?([0-9]+([.,][0-9]*)?|[.,][0-9]+)([eE][-+]?[0-9]+)?$"#

    static func matchesInteger(_ text: String) -> Bool {
        text.range(of: integerPattern, options: .regularExpression) != nil
    }

    static func matchesDecimal(_ text: String) -> Bool {
        text.range(of: decimalPattern, options: .regularExpression) != nil
    }

    /// `.nan`, `.inf`, `-.Inf`, `nan`, `infinity` …: YAML's and programming languages' spellings.
    static func isNotFinite(_ text: String) -> Bool {
        var word = text.lowercased()
        if word.hasPrefix("-") || word.hasPrefix("+") { word.removeFirst() }
        if word.hasPrefix(".") { word.removeFirst() }
        return ["nan", "inf", "infinity", "infinito"].contains(word)
    }
}
