import Foundation

/// Builds the Mustache context of each document from the input model.
///
/// Keys are Spanish (template authors read them); free text arrives pre-rendered as safe XHTML
/// under keys ending in `_html`, to be used with triple braces `{{{…}}}`. Everything else is
/// plain text that Mustache escapes.
enum TemplateContext {
    typealias Values = [String: Any]

    /// Keys shared by every document: institution, version, PMG identity.
    static func common(_ workspace: Workspace, title: String) -> Values {
        let manifest = workspace.manifest
        let institution = manifest.institucion
        return [
            "titulo": title,
            "institucion": [
                "nombre": institution.nombre,
                "nombre_corto": institution.nombreCorto ?? institution.nombre,
                "sigla": institution.sigla ?? "",
                "division": institution.division ?? "",
                "departamento": institution.departamento ?? "",
                "ministerio": institution.ministerio ?? "",
                "logo": institution.logo.map { _ in "logo" } ?? "",
            ] as Values,
            "version": [
                "etiqueta": manifest.version.etiqueta,
                "fecha": manifest.version.fecha,
                "fecha_larga": SpanishDate.long(manifest.version.fecha),
                "descripcion": manifest.version.descripcion ?? "",
            ] as Values,
            "pmg": [
                "anio": String(manifest.pmg.anio),
                "etapa": manifest.pmg.etapa.rawValue,
                "comite": manifest.pmg.comite,
            ] as Values,
        ]
    }

    /// A list of paragraphs as `[{html}]`.
    static func paragraphs(_ items: [Paragraph]?) -> [Values] {
        (items ?? []).flatMap { RichText.paragraphs($0.texto) }.map { ["html": $0] }
    }

    /// A free text as `[{html}]` (one entry per paragraph).
    static func paragraphs(_ text: String?) -> [Values] {
        RichText.paragraphs(text).map { ["html": $0] }
    }

    /// Joins names the Spanish way: "A, B y C".
    static func spanishList(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " y " + (items.last ?? "")
        }
    }

    /// Numbers an array of dictionaries from 1 and adds a Roman numeral.
    static func numbered(_ items: [Values]) -> [Values] {
        items.enumerated().map { index, item in
            var item = item
            item["numero"] = String(index + 1)
            item["romano"] = RomanNumeral.upper(index + 1)
            return item
        }
    }
}

/// Roman numerals for section and statement numbering.
public enum RomanNumeral {
    /// "I", "II", … "XL".
    public static func upper(_ number: Int) -> String {
        guard number > 0 else { return String(number) }
        let table: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
            (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var rest = number
        var result = ""
        for (value, letters) in table {
            while rest >= value {
                result += letters
                rest -= value
            }
        }
        return result
    }

    /// "i", "ii", …
    public static func lower(_ number: Int) -> String { upper(number).lowercased() }
}

/// Dates written out in Spanish: "24 de octubre de 2024".
public enum SpanishDate {
    static let months = [
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
        "noviembre", "diciembre",
    ]

    /// The long form of an ISO date, or the text unchanged when it is not one.
    public static func long(_ iso: String) -> String {
        guard let date = ISODate(iso) else { return iso }
        return "\(date.day) de \(months[date.month - 1]) de \(date.year)"
    }

    /// `dd-mm-aaaa`, as the GORE deck writes dates.
    public static func short(_ iso: String) -> String {
        guard let date = ISODate(iso) else { return iso }
        return String(format: "%02d-%02d-%04d", date.day, date.month, date.year)
    }
}
