import CalidocKit
import PropertyBased

/// A generator with its shrinking sequence type-erased, so generators of one value type compose freely.
typealias AnyGenerator<Value> = Generator<Value, AnySequence<Any>>

/// Generators of the text an institution types into its YAML files, awkward on purpose: YAML
/// indicators, words YAML would read as booleans, numbers or null, markup, quotes, accents, emoji,
/// tabs, line breaks and blank lines. Only characters XML allows (the loader rejects the others).
enum TextGenerators {
    /// Words and fragments that are hard for YAML, XML or calidoc's light markup.
    static let awkwardWords: [String] = [
        "calidad", "servicio", "Ñuñoa", "ñandú", "Región de Ñuble", "😀", "<&>", "\"comillas\"", "'apóstrofo'",
        "a: b", "- guion", "#numeral", " # comentario", "yes", "No", "null", "~", "true", "1.0", "7.112.808",
        "54,9", "0x1F", "2025-01-01", "{llave}", "[lista]", "*cursiva*", "**negrita**", "&ancla", "*alias",
        "!etiqueta", "%", "@", "`", "|", ">", "tab\tinterior", "dos\n\nlíneas", "  espacios  ", "\\barra",
        "—", "\u{00A0}", "…", "N°", "¿pregunta?", "---", "...", "? clave", "={{x}}", "]]>", "&amp;",
    ]

    /// One of `values`, shrinking towards the first.
    static func element<Value: Sendable>(of values: [Value]) -> AnyGenerator<Value> {
        Gen.int(in: 0...(values.count - 1)).map { values[$0] }.eraseToAny()
    }

    /// Plain lower-case words, which shrink letter by letter.
    static let plainWord: AnyGenerator<String> = Gen.lowercaseLetter.string(of: 1...8).eraseToAny()

    /// One word: usually awkward, sometimes plain.
    static let word: AnyGenerator<String> = Gen.frequency([
        (weight: 3, gen: element(of: awkwardWords)),
        (weight: 1, gen: plainWord),
    ]).eraseToAny()

    /// Free text: one to four words joined by spaces (shrinks by dropping words).
    static let text: AnyGenerator<String> = word.array(of: 1...4).map { $0.joined(separator: " ") }.eraseToAny()

    /// Text or nothing.
    static let optionalText: AnyGenerator<String?> = text.optional.eraseToAny()

    /// A stable identifier as institutions write them: `oe-3`, `obj_tiempos`, `A1`.
    static let identifier: AnyGenerator<String> = zip(
        element(of: ["oe-", "obj-", "dir_", "A", "us-", "r"]), Gen.lowercaseLetter.string(of: 1...5)
    ).map { $0 + $1 }.eraseToAny()

    /// A few identifiers (`responde_a`, `objetivos_institucionales` …), or none.
    static let identifiers: AnyGenerator<[String]?> = identifier.array(of: 1...2).optional.eraseToAny()

    /// A paragraph: plain text, or a mapping with id, motivo and `responde_a`.
    static let paragraph: AnyGenerator<Paragraph> = Gen.frequency([
        (weight: 3, gen: text.map { Paragraph(texto: $0) }.eraseToAny()),
        (weight: 1, gen: zip(identifier.optional, text, optionalText, identifiers)
            .map { Paragraph(id: $0, texto: $1, motivo: $2, respondeA: $3) }.eraseToAny()),
    ]).eraseToAny()

    /// One to three paragraphs.
    static let paragraphs: AnyGenerator<[Paragraph]> = paragraph.array(of: 1...3).eraseToAny()

    /// Paragraphs or nothing.
    static let optionalParagraphs: AnyGenerator<[Paragraph]?> = paragraphs.optional(valueRate: 0.5).eraseToAny()
}
