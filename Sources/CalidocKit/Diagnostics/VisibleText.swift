import Foundation

/// Text that is safe to print on a terminal: nothing a person cannot see, no terminal command.
///
/// Messages quote what the person typed (values, ids, keys, paths), and a YAML escape such as
/// `"\e[2J"` would clear the screen if printed raw; characters that print as nothing would leave
/// the quoted text looking right while it is not. Every such character is written as «<U+XXXX>».
public enum VisibleText {
    /// `text` with control, format and non-characters written as `<U+XXXX>` (line breaks kept).
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) {
                result += String(format: "<U+%04X>", scalar.value)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A source line for a caret snippet: one visible character per character, so the caret
    /// still falls under its column (tabs as a space, invisible characters as «�»).
    public static func snippet(_ line: String) -> String {
        var result = ""
        for scalar in line.unicodeScalars {
            if scalar == "\t" {
                result += " "
            } else if needsEscape(scalar) || isInvisibleSpace(scalar) {
                result += "\u{FFFD}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// At most `width` characters of `line` around `column` (1-based, in Unicode scalars as the
    /// locations count them), with «…» where it was cut, and where `column` falls in the result.
    public static func window(_ line: String, column: Int, width: Int = 100) -> (text: String, column: Int) {
        let scalars = Array(line.unicodeScalars)
        guard scalars.count > width else { return (line, column) }
        let caret = min(max(column - 1, 0), scalars.count)
        let end = min(scalars.count, max(caret - width / 2, 0) + width)
        let start = max(0, end - width)
        var text = String(String.UnicodeScalarView(scalars[start..<end]))
        var shifted = caret - start + 1
        if start > 0 {
            text = "…" + text
            shifted += 1
        }
        if end < scalars.count { text += "…" }
        return (text, shifted)
    }

    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "\n" { return false }
        if scalar.properties.isNoncharacterCodePoint { return true }
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }

    static func isInvisibleSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .spaceSeparator && scalar != " "
    }
}
