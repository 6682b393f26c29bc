import Foundation
import Yams

/// Every message the input stage prints, in Spanish and English, with its code.
enum InputMessages {
    /// What a value should have been.
    enum Expected {
        case mapping, sequence, text, integer, number, boolean

        var words: LocalizedMessage {
            switch self {
            case .mapping: LocalizedMessage(es: "un mapa de claves («clave: valor»)", en: "a mapping («key: value»)")
            case .sequence: LocalizedMessage(es: "una lista (líneas que empiezan con «- »)", en: "a list (lines starting with «- »)")
            case .text: LocalizedMessage(es: "un texto", en: "a text")
            case .integer: LocalizedMessage(es: "un número entero", en: "a whole number")
            case .number: LocalizedMessage(es: "un número", en: "a number")
            case .boolean: LocalizedMessage(es: "sí o no", en: "yes or no")
            }
        }
    }

    static func found(_ node: Node) -> LocalizedMessage {
        switch node {
        case .scalar(let scalar):
            let shown = visible(scalar.string.count > 40 ? String(scalar.string.prefix(40)) + "…" : scalar.string)
            return LocalizedMessage(es: "«\(shown)»", en: "«\(shown)»")
        case .mapping: return LocalizedMessage(es: "un mapa de claves", en: "a mapping")
        case .sequence: return LocalizedMessage(es: "una lista", en: "a list")
        case .alias: return LocalizedMessage(es: "un alias YAML", en: "a YAML alias")
        }
    }

    /// `text` with every invisible or control character written as «U+XXXX», so a message never
    /// sends a terminal escape (or a character the terminal would hide) to the screen.
    static func visible(_ text: String) -> String {
        VisibleText.escaped(text)
    }

    static func pathText(_ path: [any CodingKey]) -> String {
        let text = path.map { key in key.intValue.map { "[\($0 + 1)]" } ?? ".\(key.stringValue)" }.joined()
        return text.hasPrefix(".") ? String(text.dropFirst()) : text
    }

    static func typeMismatch(expected: Expected, found node: Node, at location: SourceLocation) -> Diagnostic {
        let what = found(node)
        return Diagnostic(
            severity: .error, code: "CAL-IN-010",
            message: LocalizedMessage(
                es: "se esperaba \(expected.words.es), se encontró \(what.es)",
                en: "expected \(expected.words.en), found \(what.en)"),
            location: location)
    }

    static func missingKey(_ key: String, at location: SourceLocation, path: [any CodingKey]) -> Diagnostic {
        let parent = pathText(path)
        let inside = parent.isEmpty ? "" : " en «\(parent)»"
        let insideEN = parent.isEmpty ? "" : " in «\(parent)»"
        return Diagnostic(
            severity: .error, code: "CAL-IN-011",
            message: LocalizedMessage(
                es: "falta la clave obligatoria «\(key)»\(inside)", en: "missing required key «\(key)»\(insideEN)"),
            location: location,
            hint: LocalizedMessage(es: "agregue «\(key): …» a este bloque", en: "add «\(key): …» to this block"))
    }

    static func unknownKey(
        _ key: String, at location: SourceLocation, path: [any CodingKey], suggestion: String?, known: [String]
    ) -> Diagnostic {
        let hint: LocalizedMessage
        if let suggestion {
            hint = LocalizedMessage(es: "¿quiso decir «\(suggestion)»?", en: "did you mean «\(suggestion)»?")
        } else {
            let list = known.joined(separator: ", ")
            hint = LocalizedMessage(es: "claves válidas aquí: \(list)", en: "valid keys here: \(list)")
        }
        return Diagnostic(
            severity: .error, code: "CAL-IN-012",
            message: LocalizedMessage(es: "clave desconocida «\(key)»", en: "unknown key «\(key)»"),
            location: location, hint: hint)
    }

    static func notAllowed(node: Node, allowed: [String], at location: SourceLocation) -> Diagnostic {
        let what = found(node)
        let list = allowed.map { "«\($0)»" }.joined(separator: ", ")
        return Diagnostic(
            severity: .error, code: "CAL-IN-013",
            message: LocalizedMessage(
                es: "valor no permitido \(what.es); use uno de: \(list)",
                en: "value not allowed \(what.en); use one of: \(list)"),
            location: location)
    }

    static func invalidValue(_ error: DecodingError, at location: SourceLocation) -> Diagnostic {
        var detail = "\(error)"
        if case .dataCorrupted(let context) = error { detail = context.debugDescription }
        return Diagnostic(
            severity: .error, code: "CAL-IN-014",
            message: LocalizedMessage(es: "valor no válido: \(detail)", en: "invalid value: \(detail)"),
            location: location)
    }

    static func tooLarge(path: String, size: Int, limit: Int) -> Diagnostic {
        Diagnostic(
            severity: .error, code: "CAL-IN-001",
            message: LocalizedMessage(
                es: "el archivo pesa \(size / 1024) KB y el máximo es \(limit / 1024) KB",
                en: "the file is \(size / 1024) KB and the limit is \(limit / 1024) KB"),
            location: SourceLocation(file: path, line: 1, column: 1),
            hint: LocalizedMessage(
                es: "¿es realmente un archivo de entrada? Divida el contenido o quite datos pegados por error",
                en: "is this really an input file? Split it or remove data pasted by mistake"))
    }

    static func unreadable(path: String) -> Diagnostic {
        Diagnostic(
            severity: .error, code: "CAL-IN-002",
            message: LocalizedMessage(es: "no se puede leer el archivo", en: "cannot read the file"),
            location: SourceLocation(file: path, line: 1, column: 1))
    }

    static func invalidUTF8(at location: SourceLocation, byte: UInt8) -> Diagnostic {
        let hex = String(format: "0x%02X", byte)
        return Diagnostic(
            severity: .error, code: "CAL-IN-003",
            message: LocalizedMessage(
                es: "el archivo no está en UTF-8 (byte \(hex))", en: "the file is not UTF-8 (byte \(hex))"),
            location: location,
            hint: LocalizedMessage(
                es: "guárdelo como «UTF-8» en su editor (no «Latin-1» ni «Windows-1252»)",
                en: "save it as «UTF-8» in your editor (not «Latin-1» or «Windows-1252»)"))
    }

    static func forbiddenCharacter(at location: SourceLocation, scalar: Unicode.Scalar) -> Diagnostic {
        let name = InputCharacters.describe(scalar)
        return Diagnostic(
            severity: .error, code: "CAL-IN-004",
            message: LocalizedMessage(
                es: "carácter invisible \(name.es), que los documentos no admiten",
                en: "invisible character \(name.en), which documents cannot hold"),
            location: location,
            hint: LocalizedMessage(
                es: "bórrelo (suele venir de copiar y pegar desde un PDF)",
                en: "delete it (it usually comes from copying from a PDF)"))
    }

    static func duplicateKeys(_ keys: [String], at location: SourceLocation) -> Diagnostic {
        let list = keys.map { "«\($0)»" }.joined(separator: ", ")
        return Diagnostic(
            severity: .error, code: "CAL-IN-006",
            message: LocalizedMessage(es: "clave repetida: \(list)", en: "duplicate key: \(list)"),
            location: location,
            hint: LocalizedMessage(
                es: "cada clave puede aparecer una sola vez en un bloque; la segunda borraría la primera",
                en: "each key may appear once per block; the second would overwrite the first"))
    }

    static func emptyFile(path: String) -> Diagnostic {
        Diagnostic(
            severity: .error, code: "CAL-IN-007",
            message: LocalizedMessage(es: "el archivo está vacío", en: "the file is empty"),
            location: SourceLocation(file: path, line: 1, column: 1))
    }

    static func missingManifest(directory: String) -> Diagnostic {
        Diagnostic(
            severity: .error, code: "CAL-IN-008",
            message: LocalizedMessage(
                es: "no hay «calidoc.yaml» en la carpeta «\(directory)»",
                en: "there is no «calidoc.yaml» in the folder «\(directory)»"),
            location: nil,
            hint: LocalizedMessage(
                es: "indique la carpeta del espacio de trabajo o créelo con «calidoc init CARPETA»",
                en: "name the workspace folder or create one with «calidoc init FOLDER»"))
    }
}
