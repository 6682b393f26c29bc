import Foundation

/// Every text leaf of the input files with its path (YAML keys and list positions), read from
/// the model itself so that every field, present and future, is seen.
enum TextLeaves {
    /// `(file, path, text)` for every string of the workspace's inputs, file by file, in key order.
    static func all(_ workspace: Workspace) -> [(file: InputFile, path: [any PathComponentConvertible], text: String)] {
        var result: [(file: InputFile, path: [any PathComponentConvertible], text: String)] = []
        func add<T: Encodable>(_ value: T?, _ file: InputFile) {
            guard let value else { return }
            for leaf in TextLeafEncoder.leaves(of: value) {
                result.append((file, leaf.path, leaf.text))
            }
        }
        add(workspace.manifest, .manifest)
        add(workspace.policy, .politica)
        add(workspace.plan, .plan)
        add(workspace.diagnosis, .diagnostico)
        add(workspace.participation, .participacion)
        add(workspace.recommendations, .recomendaciones)
        return result
    }
}

/// R-TXT-01: the example texts `calidoc init` writes are still there. They validate, so without
/// this rule a document could be signed saying «Área responsable».
struct PlaceholderTextRule: ValidationRule {
    /// The example texts of `Templates/init/` (and `init`'s default institution name), compared
    /// ignoring case and spacing. A test keeps this list in step with the templates.
    static let placeholders: [String] = [
        "Nombre de la institución", "División a cargo", "Departamento a cargo",
        "Describa aquí la misión de la institución y el contexto de la Política.", "Misión de la institución.",
        "Primer objetivo estratégico institucional (formulario A1).", "Primer principio",
        "Cómo guía este principio la prestación de servicios.", "Primer objetivo de la Política", "cómo se logrará.",
        "Quiénes son, cuántos son y cómo son.", "Primera línea de acción", "qué se hará.",
        "Primera actividad", "Área responsable", "Población objetivo", "Porcentaje de … en el año t",
        "(N° de … en el año t / N° total de … en el año t) * 100",
        "Primera fortaleza.", "Primera debilidad.", "Primer riesgo.", "Primer punto crítico.", "Primer ámbito prioritario",
    ]

    private static let normalizedPlaceholders = Set(placeholders.map(normalized))

    /// The longest placeholder, in scalars once normalized.
    private static let longestPlaceholder = normalizedPlaceholders.map(\.unicodeScalars.count).max() ?? 0

    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }

    /// Whether `text`, normalized, is a placeholder. Most texts are far longer than any
    /// placeholder: reading stops once the words read are longer, instead of normalizing a whole
    /// paragraph (this rule sees every text of the workspace each time the editor checks a form).
    ///
    /// It reads scalars, not characters (which cost a grapheme search each): a scalar counts as
    /// one character, which is exact except for a mark joined to a space (`" \u{301}"` is one
    /// character, whitespace as a whole); such a text is measured character by character.
    static func isPlaceholder(_ text: String) -> Bool {
        // The length the normalized text will have: its scalars, one space between words.
        var length = 0
        var afterSpace = false
        for scalar in text.unicodeScalars {
            // ASCII answers without the Unicode tables (most of a Spanish text is ASCII).
            if scalar.isASCII ? (scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value)) : scalar.properties.isWhitespace {
                afterSpace = true
                continue
            }
            if afterSpace, !scalar.isASCII, scalar.properties.isGraphemeExtend || scalar.value == 0x200D || scalar.properties.generalCategory == .spacingMark {
                return normalizedPlaceholders.contains(normalized(text))
            }
            if afterSpace, length > 0 { length += 1 }
            afterSpace = false
            length += 1
            // Lower-casing can lengthen a character (İ → i̇), so leave twice the room.
            if length > 2 * longestPlaceholder + 2 { return false }
        }
        return normalizedPlaceholders.contains(normalized(text))
    }

    func check(_ workspace: Workspace, context: ValidationContext) -> [Diagnostic] {
        context.texts.of(workspace).compactMap { file, path, text in
            guard Self.isPlaceholder(text) else { return nil }
            return context.diagnostic(
                .warning, "R-TXT-01",
                es: "«\(text)» es un texto de ejemplo de calidoc init y quedaría así en el documento",
                en: "«\(text)» is an example text written by calidoc init and would appear as is in the document",
                file: file, path,
                hintES: "reemplácelo por el texto de su institución (con --strict, este aviso es un error)",
                hintEN: "replace it with your institution's text (with --strict this warning is an error)",
                formHintES: "reemplácelo por el texto de su institución", formHintEN: "replace it with your institution's text")
        }
    }
}

/// R-ACT-02: a role typed with an involvement label ("Involucrado en la gobernanza…: …") is shown
/// as typed, without adding the label again; say so when that label contradicts `involucramiento`.
struct RoleLabelRule: ValidationRule {
    func check(_ workspace: Workspace, context: ValidationContext) -> [Diagnostic] {
        guard let policy = workspace.policy else { return [] }
        return policy.actores.items.enumerated().compactMap { index, actor in
            guard let typed = PolicyText.typedInvolvementLabel(actor.rol) else { return nil }
            let expected = actor.involucramiento.spanishLabel
            guard PolicyText.normalized(typed) != PolicyText.normalized(expected) else { return nil }
            return context.diagnostic(
                .warning, "R-ACT-02",
                es: "el rol de «\(actor.actor)» empieza con «\(typed)» pero «involucramiento: \(actor.involucramiento.rawValue)» corresponde a «\(expected)»",
                en: "the role of «\(actor.actor)» starts with «\(typed)» but «involucramiento: \(actor.involucramiento.rawValue)» means «\(expected)»",
                file: .politica, ["actores", "items", index, "rol"],
                hintES: "quite la etiqueta del rol (calidoc la escribe según «involucramiento») o corrija «involucramiento»",
                hintEN: "remove the label from the role (calidoc writes it from «involucramiento») or fix «involucramiento»",
                formHintES: "quite la etiqueta del «Rol» (calidoc la escribe según el «Involucramiento») o elija otro «Involucramiento»",
                formHintEN: "remove the label from the «Role» (calidoc writes it from the «Involvement») or choose another «Involvement»")
        }
    }
}

/// R-TXT-02: an asterisk that formats nothing is printed as typed; say so, since the person most
/// likely meant bold or italics (`**negrita**`, `*cursiva*`) and mistyped a marker.
struct UnpairedMarkerRule: ValidationRule {
    func check(_ workspace: Workspace, context: ValidationContext) -> [Diagnostic] {
        context.texts.of(workspace).compactMap { file, path, text in
            guard text.utf8.contains(0x2A), let excerpt = Self.unpaired(in: text) else { return nil }
            return context.diagnostic(
                .warning, "R-TXT-02",
                es: "el «*» de «\(excerpt)» no abre ni cierra una negrita o cursiva y se imprimirá tal cual",
                en: "the «*» in «\(excerpt)» opens or closes no bold or italics and will be printed as is",
                file: file, path,
                hintES: "use **negrita**, *cursiva* o ***ambas*** pegadas al texto; para un asterisco literal escriba \\*",
                hintEN: "use **bold**, *italics* or ***both*** next to the text; for a literal asterisk write \\*")
        }
    }

    /// The first paragraph with a marker that formatted nothing, shortened, or `nil`.
    /// Asterisks between spaces (`2 * 3`), escaped ones (`\*`) and runs of four or more are not markers.
    static func unpaired(in text: String) -> String? {
        // Most texts are one line: Foundation's search is only needed for the others.
        let multiline = text.utf8.contains(0x0A)
        for paragraph in multiline ? text.components(separatedBy: "\n\n") : [text] {
            var count = 0
            _ = InlineMarkup.parse(multiline ? paragraph.replacingOccurrences(of: "\n", with: " ") : paragraph, unpaired: &count)
            guard count > 0 else { continue }
            let words = paragraph.split(whereSeparator: \.isWhitespace)
            guard let first = words.firstIndex(where: { $0.contains("*") && !$0.contains("\\*") }) ?? words.firstIndex(where: { $0.contains("*") }) else { continue }
            return words[max(0, first - 2)..<min(words.count, first + 3)].joined(separator: " ")
        }
        return nil
    }
}
