import Foundation

/// A decimal written with one point and exactly three digits after it ("190.400"), as a Chilean
/// writes thousands.
///
/// In a field with decimals the loader reads a single point as the decimal point, as YAML and every
/// editor do ("54.9"); whole-number fields read the same text as thousands ("1.200" personas is
/// 1200). A person who types `190.400` in a decimal field most likely meant 190 400, and the
/// document would silently print 190,4: the spelling is accepted (changing its meaning would break
/// files that use it on purpose) but always warned about, with how to write either meaning.
struct AmbiguousDecimal: Equatable {
    /// The text as typed.
    let text: String
    /// The value as read: the point is the decimal point ("190,4").
    let readAs: String
    /// How to write the thousands meaning ("190400").
    let thousands: String
    /// How to write the decimal meaning with a comma and with a point ("190,4", "190.4"); equal
    /// when the decimals are all zero ("1.000" → "1").
    let decimalComma: String
    let decimalPoint: String

    /// Whether `text` is `[-+]?[1-9][0-9]{0,2}\.[0-9]{3}`: one to three digits (not a lone 0:
    /// "0.500" cannot be thousands), a point, three digits. Checked byte by byte: it runs for
    /// every decimal read, and a regular expression costs more than the whole read.
    static func matches(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
        guard let point = bytes.firstIndex(of: UInt8(ascii: ".")) else { return false }
        let whole = bytes[..<point]
        let fraction = bytes[(point + 1)...]
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        return (1...3).contains(whole.count) && whole.first != UInt8(ascii: "0") && whole.allSatisfy(isDigit)
            && fraction.count == 3 && fraction.allSatisfy(isDigit)
    }

    /// The ambiguity of `text`, or `nil` when it can only mean one thing.
    init?(_ text: String) {
        guard Self.matches(text) else { return nil }
        let sign = text.hasPrefix("-") ? "-" : ""
        let unsigned = text.hasPrefix("-") || text.hasPrefix("+") ? String(text.dropFirst()) : text
        let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let whole = String(parts[0])
        var fraction = String(parts[1])
        while fraction.hasSuffix("0") { fraction.removeLast() }
        self.text = text
        self.thousands = sign + whole + parts[1]
        self.decimalComma = sign + whole + (fraction.isEmpty ? "" : "," + fraction)
        self.decimalPoint = sign + whole + (fraction.isEmpty ? "" : "." + fraction)
        self.readAs = decimalComma
    }
}

extension InputMessages {
    /// A decimal field's `190.400`: read as 190,4, most likely meant as 190 400.
    static func ambiguousDecimal(_ ambiguity: AmbiguousDecimal, at location: SourceLocation) -> Diagnostic {
        let shown = visible(ambiguity.text)
        let decimalES =
            ambiguity.decimalComma == ambiguity.decimalPoint
            ? ambiguity.decimalComma : "\(ambiguity.decimalComma) o \(ambiguity.decimalPoint)"
        let decimalEN =
            ambiguity.decimalComma == ambiguity.decimalPoint
            ? ambiguity.decimalPoint : "\(ambiguity.decimalPoint) or \(ambiguity.decimalComma)"
        return Diagnostic(
            severity: .warning, code: "CAL-IN-025",
            message: LocalizedMessage(
                es: "«\(shown)» se leyó como \(ambiguity.readAs): en este campo, que admite decimales, un solo punto separa los decimales, no los miles",
                en: "«\(shown)» was read as \(ambiguity.decimalPoint): in this field, which takes decimals, a single point is the decimal point, not a thousands separator"),
            location: location,
            hint: LocalizedMessage(
                es: "si son miles, escriba \(ambiguity.thousands) (sin punto); si es un decimal, escriba \(decimalES)",
                en: "if it means thousands, write \(ambiguity.thousands) (no point); if it is a decimal, write \(decimalEN)"))
    }
}
