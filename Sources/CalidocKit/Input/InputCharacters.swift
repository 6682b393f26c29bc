import Foundation

/// Characters the input files may not hold, and the Spanish names of the invisible ones.
///
/// One rule for every spelling: a raw byte, a YAML escape (`"\e"`, `"\x0B"`, `"\uFFFF"`) or a
/// character pasted from Word all end up as the same character in a document, so they are judged
/// alike and reported at their own line and column (``InputSource``, ``EscapeScanner``).
enum InputCharacters {
    /// Whether no document may hold `scalar`: what XML 1.0 forbids (C0 controls but tab and line
    /// ends, U+FFFE/U+FFFF), C1 controls and DEL (libyaml refuses them raw, and they print as
    /// nothing or as terminal commands), and the other Unicode non-characters.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        if !XMLText.isAllowed(scalar) { return true }
        switch scalar.value {
        case 0x7F...0x9F, 0xFDD0...0xFDEF: return true
        default: return scalar.value & 0xFFFE == 0xFFFE
        }
    }

    /// Spaces that look like a space but are not one to YAML (pasted from Word or a web page).
    static func isLookalikeSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00A0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: true
        default: false
        }
    }

    /// Quotes that look like YAML quotes but are not (Word's "smart quotes").
    static func isTypographicQuote(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB: true
        default: false
        }
    }

    /// "«espacio de no separación» (U+00A0)": a name a person can search for, and the code.
    static func describe(_ scalar: Unicode.Scalar) -> LocalizedMessage {
        let code = String(format: "U+%04X", scalar.value)
        let (es, en) = names(scalar)
        return LocalizedMessage(es: "«\(es)» (\(code))", en: "«\(en)» (\(code))")
    }

    private static func names(_ scalar: Unicode.Scalar) -> (String, String) {
        switch scalar.value {
        case 0x00: ("carácter nulo", "null character")
        case 0x09: ("tabulador", "tab")
        case 0x0B: ("tabulación vertical", "vertical tab")
        case 0x0C: ("salto de página", "form feed")
        case 0x1B: ("escape de terminal", "terminal escape")
        case 0x7F: ("borrado (DEL)", "delete (DEL)")
        case 0x85: ("salto de línea NEL", "next line (NEL)")
        case 0x00A0: ("espacio de no separación", "no-break space")
        case 0x2007: ("espacio de cifra", "figure space")
        case 0x202F: ("espacio estrecho de no separación", "narrow no-break space")
        case 0x200B: ("espacio de ancho cero", "zero-width space")
        case 0x2000...0x200A, 0x1680, 0x205F, 0x3000: ("espacio especial", "special space")
        case 0xFEFF: ("marca de orden de bytes (BOM)", "byte order mark (BOM)")
        case 0x2018, 0x2019, 0x201A, 0x201B: ("comilla simple tipográfica", "typographic single quote")
        case 0x201C, 0x201D, 0x201E, 0x201F: ("comilla doble tipográfica", "typographic double quote")
        case 0x00AB, 0x00BB: ("comilla angular", "angle quote")
        case 0x2028: ("separador de línea", "line separator")
        case 0x2029: ("separador de párrafo", "paragraph separator")
        case 0x01...0x1F: ("carácter de control", "control character")
        case 0x80...0x9F: ("carácter de control C1", "C1 control character")
        case 0xD800...0xDFFF: ("mitad de par sustituto", "surrogate half")
        default: ("no-carácter Unicode", "Unicode non-character")
        }
    }
}
