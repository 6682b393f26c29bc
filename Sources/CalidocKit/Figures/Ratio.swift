import Foundation

/// A computed share: numerator over denominator, "N/A" when the denominator is zero.
public struct Ratio: Hashable, Sendable {
    /// Counted part.
    public let numerator: Double
    /// Whole.
    public let denominator: Double

    /// Creates a ratio.
    public init(_ numerator: Double, of denominator: Double) {
        self.numerator = numerator
        self.denominator = denominator
    }

    /// Creates a ratio of whole numbers.
    public init(_ numerator: Int, of denominator: Int) {
        self.init(Double(numerator), of: Double(denominator))
    }

    /// The percentage (0–100), or `nil` when the denominator is zero.
    public var percent: Double? {
        denominator == 0 ? nil : numerator / denominator * 100
    }

    /// Percentage with one decimal in Chilean format ("57,1 %"), "N/A" for a zero denominator.
    public var display: String {
        guard let percent else { return "N/A" }
        return ChileanNumber.format(percent, decimals: 1) + " %"
    }

    /// Percentage truncated to a whole number as the GORE deck prints participation ("54 %").
    public var truncatedDisplay: String {
        guard let percent else { return "N/A" }
        return ChileanNumber.format(percent.rounded(.towardZero)) + " %"
    }
}

/// Numbers written the Chilean way: "7.112.808", "54,9".
public enum ChileanNumber {
    /// Formats with `.` for thousands and `,` for decimals.
    public static func format(_ value: Double, decimals: Int = 0) -> String {
        guard value.isFinite else { return "N/A" }
        let scale = pow10(decimals)
        // Beyond 2⁵³ a Double holds no fraction and `Int(_:)` would trap past 2⁶³: printed from its
        // decimal digits instead (inputs are range-checked, but computed figures may grow).
        guard abs(value) * scale < 9e15 else { return large(value, decimals: decimals) }
        let rounded = (abs(value) * scale).rounded() / scale
        let whole = Int(rounded.rounded(.towardZero))
        var text = group(whole)
        if decimals > 0 {
            let fraction = Int(((rounded - Double(whole)) * scale).rounded())
            let digits = String(fraction)
            text += "," + String(repeating: "0", count: max(0, decimals - digits.count)) + digits
        }
        return (value < 0 && rounded != 0 ? "-" : "") + text
    }

    /// Formats a whole number with thousands separators.
    public static func format(_ value: Int) -> String {
        (value < 0 ? "-" : "") + groupDigits(String(value.magnitude))
    }

    /// A value too large for `Int`: its whole digits grouped, its decimals zero.
    private static func large(_ value: Double, decimals: Int) -> String {
        let digits = String(format: "%.0f", abs(value).rounded())
        var text = groupDigits(digits)
        if decimals > 0 { text += "," + String(repeating: "0", count: decimals) }
        return (value < 0 ? "-" : "") + text
    }

    /// Formats with as many decimals as needed, up to `maximumDecimals` ("10", "2,5").
    public static func compact(_ value: Double, maximumDecimals: Int = 2) -> String {
        for decimals in 0...maximumDecimals {
            let scale = pow10(decimals)
            if abs((value * scale).rounded() - value * scale) < 1e-9 { return format(value, decimals: decimals) }
        }
        return format(value, decimals: maximumDecimals)
    }

    private static func group(_ value: Int) -> String {
        groupDigits(String(value))
    }

    private static func groupDigits(_ text: String) -> String {
        let digits = Array(text)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(".") }
            result.append(digit)
        }
        return result
    }

    private static func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<max(0, exponent) { result *= 10 }
        return result
    }
}
