import Foundation

/// Builds the template context of each document from the input model, as typed records
/// (``TemplateRecord``): a key's kind (escaped text, trusted XHTML, list, flag) is its Swift type.
///
/// Keys are Spanish (template authors read them); free text arrives pre-rendered as ``SafeHTML``
/// under keys ending in `_html`, to be used with triple braces `{{{…}}}`. Everything else is
/// plain text that Mustache escapes.
enum TemplateContext {
    /// Keys shared by every document: institution, version, PMG identity.
    struct Common {
        let titulo: String
        let institucion: InstitutionKeys
        let version: VersionKeys
        let pmg: PMGKeys
    }

    /// The institution, under `institucion`.
    struct InstitutionKeys: TemplateRecord {
        let nombre: String
        let nombreCorto: String
        let sigla: String
        let division: String
        let departamento: String
        let ministerio: String
        /// "logo" when the institution has one.
        let logo: String
    }

    /// The version being written, under `version`.
    struct VersionKeys: TemplateRecord {
        let etiqueta: String
        let fecha: String
        let fechaLarga: String
        let descripcion: String
    }

    /// The PMG year and stage, under `pmg`.
    struct PMGKeys: TemplateRecord {
        let anio: String
        let etapa: String
        let comite: String
    }

    /// One paragraph of free text, as safe XHTML.
    struct HTMLParagraph: TemplateRecord {
        let html: SafeHTML
    }

    /// One line of plain text (a list item).
    struct PlainItem: TemplateRecord {
        let texto: String
    }

    /// Keys shared by every document: institution, version, PMG identity.
    static func common(_ workspace: Workspace, title: String) -> Common {
        let manifest = workspace.manifest
        let institution = manifest.institucion
        return Common(
            titulo: title,
            institucion: InstitutionKeys(
                nombre: institution.nombre, nombreCorto: institution.nombreCorto ?? institution.nombre,
                sigla: institution.sigla ?? "", division: institution.division ?? "",
                departamento: institution.departamento ?? "", ministerio: institution.ministerio ?? "",
                logo: institution.logo.map { _ in "logo" } ?? ""),
            version: VersionKeys(
                etiqueta: manifest.version.etiqueta, fecha: manifest.version.fecha,
                fechaLarga: SpanishDate.long(manifest.version.fecha), descripcion: manifest.version.descripcion ?? ""),
            pmg: PMGKeys(anio: String(manifest.pmg.anio), etapa: manifest.pmg.etapa.rawValue, comite: manifest.pmg.comite))
    }

    /// A list of paragraphs as `[{html}]`.
    static func paragraphs(_ items: [Paragraph]?) -> [HTMLParagraph] {
        (items ?? []).flatMap { RichText.htmlParagraphs($0.texto) }.map(HTMLParagraph.init)
    }

    /// A free text as `[{html}]` (one entry per paragraph).
    static func paragraphs(_ text: String?) -> [HTMLParagraph] {
        RichText.htmlParagraphs(text).map(HTMLParagraph.init)
    }

    /// Joins names the Spanish way: "A, B y C".
    static func spanishList(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " y " + (items.last ?? "")
        }
    }

    /// The number of the item at `index` (from 1) and its Roman numeral.
    static func numbers(_ index: Int) -> (numero: String, romano: String) {
        (String(index + 1), RomanNumeral.upper(index + 1))
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
