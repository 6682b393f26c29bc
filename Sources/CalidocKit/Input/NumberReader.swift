import Foundation

/// Reads the numbers of the input files, the Chilean way, and holds them to a plausible range.
///
/// Every count, year and figure of a PMG document is far below a trillion; a value outside
/// ``NumberRange`` is a typing or pasting mistake, and letting it through would only move the
/// failure to a later arithmetic overflow (`Int(Double)` traps) far from the line that caused it.
/// What is accepted is exactly what ``NumberGrammar``'s patterns match, the patterns the JSON
/// Schemas give editors; anything else only chooses the message.
enum NumberReader {
    /// What reading one number's text gives.
    enum Reading: Equatable {
        case value(Double)
        /// Not a number at all (a text, a date …).
        case notANumber
        /// `.nan`, `.inf` and the other spellings of values no document can print.
        case notFinite
        /// A number, but not a whole one written with digits ("1,5" personas, "1e3").
        case notWhole
    }

    /// Reads `text` as a whole number: "1200", "1.200", "7.112.808".
    static func integer(_ text: String) -> Reading {
        if NumberGrammar.matchesInteger(text) {
            return Double(text.filter { $0 != "." && $0 != "+" }).map(Reading.value) ?? .notANumber
        }
        switch loose(text) {
        case .value(let value) where !NumberRange.acceptsWhole(value): return .value(value)
        case .value: return .notWhole
        case let other: return other
        }
    }

    /// Reads `text` as a number: "54.9", "54,9", "-3", "7.112.808".
    static func number(_ text: String) -> Reading {
        if NumberGrammar.matchesDecimal(text) {
            // A single point is a decimal point ("54.9", and "1.000" stays one, as YAML reads it);
            // several points can only be thousands ("7.112.808").
            let points = text.filter { $0 == "." }.count
            let hasExponent = text.utf8.contains(where: { $0 == 0x65 || $0 == 0x45 })
            let normalized = points > 1 && !hasExponent ? text.filter { $0 != "." } : text.replacingOccurrences(of: ",", with: ".")
            return Double(normalized).map(Reading.value) ?? .notANumber
        }
        switch loose(text) {
        case .value(let value) where !NumberRange.acceptsNumber(value): return .value(value)
        case .value: return .notANumber
        case let other: return other
        }
    }

    /// Any reading of `text` as a number, to choose the message for a text the grammar refuses:
    /// "1e300" is out of range, ".inf" not finite, "-5" negative. The spellings are
    /// ``looseThousandsPattern`` and ``looseDecimalPattern``, scanned (see ``NumberScanner``).
    private static func loose(_ text: String) -> Reading {
        // Most texts read here are words: without a digit only a spelling of infinity or NaN,
        // a short word, is worth a closer look.
        let hasDigit = text.utf8.contains { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        if !hasDigit && text.utf8.count > 24 { return .notANumber }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if NumberGrammar.isNotFinite(trimmed) { return .notFinite }
        if !hasDigit { return .notANumber }
        let unsigned = trimmed.hasPrefix("-") || trimmed.hasPrefix("+") ? String(trimmed.dropFirst()) : trimmed
        if NumberScanner.isLooseThousands(unsigned), let value = Double(unsigned.filter { $0 != "." }) {
            return .value(trimmed.hasPrefix("-") ? -value : value)
        }
        guard NumberScanner.isLooseDecimal(trimmed), let value = Double(trimmed.replacingOccurrences(of: ",", with: "."))
        else { return .notANumber }
        // "1e400" reads as infinity: a value, refused by the range check as too large.
        return .value(value)
    }
}

/// The accepted range of numbers: less than a trillion in magnitude.
///
/// Far above any count of people, transactions or pesos in a service's documents, far below where
/// `Double` stops holding whole numbers exactly (2⁵³) or a sum of thousands of values could
/// overflow `Int`. Whole numbers (counts, years, codes) are never negative.
enum NumberRange {
    /// The magnitude every number stays below.
    static let limit: Double = 1_000_000_000_000
    /// The largest whole number accepted, for messages and schemas.
    static let maximum: Double = 999_999_999_999

    static func acceptsWhole(_ value: Double) -> Bool { value >= 0 && value < limit }
    static func acceptsNumber(_ value: Double) -> Bool { abs(value) < limit }
}

/// The textual grammar of numbers and dates, shared by the loader and the JSON Schemas so both
/// accept exactly the same spellings; the patterns also hold the range (at most 12 digits).
enum NumberGrammar {
    /// Up to 12 digits, or digits in groups of three after points ("7.112.808"), optional «+».
    static let integerPattern = #"^\+?([0-9]{1,12}|[0-9]{1,3}(\.[0-9]{3}){1,3})$"#
    /// Up to 12 whole digits with a decimal point or comma ("-0,5", "54.9"), or thousands with
    /// two or more points ("7.112.808"; "1.200" alone is a decimal, as YAML and editors read it).
    /// Also scientific notation with one digit before the point and an exponent up to 11, as YAML
    /// writers emit numbers ("8.16e+1"): always below a trillion.
    static let decimalPattern =
        #"^[-+]?([0-9]{1,12}([.,][0-9]+)?|[0-9]{1,3}(\.[0-9]{3}){2,3}|[0-9]([.,][0-9]+)?[eE](-[0-9]+|\+?0*([0-9]|1[01])))$"#
    /// Thousands with points of any length: only to word the message for a number out of range.
    static let looseThousandsPattern = #"^[0-9]+(\.[0-9]{3})+$"#
    /// Any decimal spelling with any exponent: only to word the message for a refused number.
    static let looseDecimalPattern = #"^[-+]?([0-9]+([.,][0-9]*)?|[.,][0-9]+)([eE][-+]?[0-9]+)?$"#
    /// An ISO date as the inputs write it (the calendar is checked too: `format: date`).
    static let datePattern = #"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"#

    /// Whether `text` matches ``integerPattern`` (scanned, see ``NumberScanner``).
    static func matchesInteger(_ text: String) -> Bool { NumberScanner.isInteger(text) }

    /// Whether `text` matches ``decimalPattern`` (scanned, see ``NumberScanner``).
    static func matchesDecimal(_ text: String) -> Bool { NumberScanner.isDecimal(text) }

    /// `.nan`, `.inf`, `-.Inf`, `nan`, `infinity` …: YAML's and programming languages' spellings.
    static func isNotFinite(_ text: String) -> Bool {
        var word = text.lowercased()
        if word.hasPrefix("-") || word.hasPrefix("+") { word.removeFirst() }
        if word.hasPrefix(".") { word.removeFirst() }
        return ["nan", "inf", "infinity", "infinito"].contains(word)
    }
}
