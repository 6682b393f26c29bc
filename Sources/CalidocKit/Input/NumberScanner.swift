/// ``NumberGrammar``'s patterns, matched by scanning the UTF-8 bytes instead of compiling a regular
/// expression for every number read.
///
/// The loader reads thousands of numbers per batch; `String.range(of:options: .regularExpression)`
/// builds an `NSRegularExpression` each time, which the batch benchmark showed to be a fifth of all
/// input reading. The patterns stay the specification (the JSON Schemas publish them); a property
/// test (`NumberScannerTests`) checks that this scanner and the patterns agree on generated spellings.
enum NumberScanner {
    private static let plus = UInt8(ascii: "+")
    private static let minus = UInt8(ascii: "-")
    private static let point = UInt8(ascii: ".")
    private static let comma = UInt8(ascii: ",")

    /// `^\+?([0-9]{1,12}|[0-9]{1,3}(\.[0-9]{3}){1,3})$`
    static func isInteger(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        if bytes.first == plus { bytes = bytes.dropFirst() }
        return digits(bytes, count: 1...12) || thousands(bytes, groups: 1...3)
    }

    /// ``NumberGrammar/decimalPattern``: plain decimals, thousands with two or more points, and
    /// scientific notation with one digit before the point and an exponent up to 11.
    static func isDecimal(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        if bytes.first == plus || bytes.first == minus { bytes = bytes.dropFirst() }
        return plainDecimal(bytes) || thousands(bytes, groups: 2...3) || scientific(bytes)
    }

    /// `[0-9]{1,12}([.,][0-9]+)?`
    private static func plainDecimal(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let separator = bytes.firstIndex(where: { $0 == point || $0 == comma }) else {
            return digits(bytes, count: 1...12)
        }
        return digits(bytes[..<separator], count: 1...12) && digits(bytes[(separator + 1)...], count: 1...Int.max)
    }

    /// `[0-9]{1,3}(\.[0-9]{3}){groups}`
    private static func thousands(_ bytes: ArraySlice<UInt8>, groups: ClosedRange<Int>) -> Bool {
        let parts = bytes.split(separator: point, omittingEmptySubsequences: false)
        guard let head = parts.first, digits(head, count: 1...3), groups.contains(parts.count - 1) else { return false }
        return parts.dropFirst().allSatisfy { digits($0, count: 3...3) }
    }

    /// `[0-9]([.,][0-9]+)?[eE](-[0-9]+|\+?0*([0-9]|1[01]))`
    private static func scientific(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let mark = bytes.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) else { return false }
        let mantissa = bytes[..<mark]
        guard let first = mantissa.first, isDigit(first) else { return false }
        if mantissa.count > 1 {
            let separator = mantissa[mantissa.startIndex + 1]
            guard separator == point || separator == comma,
                  digits(mantissa[(mantissa.startIndex + 2)...], count: 1...Int.max) else { return false }
        }
        var exponent = bytes[(mark + 1)...]
        if exponent.first == minus { return digits(exponent.dropFirst(), count: 1...Int.max) }
        if exponent.first == plus { exponent = exponent.dropFirst() }
        guard digits(exponent, count: 1...Int.max) else { return false }
        let significant = exponent.drop { $0 == UInt8(ascii: "0") }
        return significant.count <= 1 || Array(significant) == Array("10".utf8) || Array(significant) == Array("11".utf8)
    }

    /// `^[0-9]+(\.[0-9]{3})+$`: thousands of any length, to name the number a grammar refuses.
    static func isLooseThousands(_ text: String) -> Bool {
        let parts = Array(text.utf8).split(separator: point, omittingEmptySubsequences: false)
        guard parts.count >= 2, let head = parts.first, digits(head, count: 1...Int.max) else { return false }
        return parts.dropFirst().allSatisfy { digits($0, count: 3...3) }
    }

    /// `^[-+]?([0-9]+([.,][0-9]*)?|[.,][0-9]+)([eE][-+]?[0-9]+)?$`: any decimal spelling, of any
    /// length, with any exponent — what a person may have meant as a number.
    static func isLooseDecimal(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        if bytes.first == plus || bytes.first == minus { bytes = bytes.dropFirst() }
        var mantissa = bytes
        if let mark = bytes.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            mantissa = bytes[..<mark]
            var exponent = bytes[(mark + 1)...]
            if exponent.first == plus || exponent.first == minus { exponent = exponent.dropFirst() }
            guard digits(exponent, count: 1...Int.max) else { return false }
        }
        guard let separator = mantissa.firstIndex(where: { $0 == point || $0 == comma }) else {
            return digits(mantissa, count: 1...Int.max)
        }
        let whole = mantissa[..<separator]
        let fraction = mantissa[(separator + 1)...]
        if whole.isEmpty { return digits(fraction, count: 1...Int.max) }
        return digits(whole, count: 1...Int.max) && digits(fraction, count: 0...Int.max)
    }

    /// Only ASCII digits, and as many as `count` allows.
    private static func digits(_ bytes: ArraySlice<UInt8>, count: ClosedRange<Int>) -> Bool {
        count.contains(bytes.count) && bytes.allSatisfy(isDigit)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
