/// The eight sections of the Política, in order, and the words their headings are written with.
enum PolicySectionKind: Int, CaseIterable, Comparable, Sendable {
    case contexto = 1, principios, objetivos, relacion, usuarios, actores, directrices, glosario

    static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The heading calidoc prints.
    var heading: String {
        switch self {
        case .contexto: "I. Contexto"
        case .principios: "II. Principios orientadores de la Política"
        case .objetivos: "III. Objetivos estratégicos de la Política"
        case .relacion: "IV. Relación de la Política con las definiciones estratégicas institucionales"
        case .usuarios: "V. Caracterización de usuarios y usuarias de los servicios"
        case .actores: "VI. Actores y roles"
        case .directrices: "VII. Directrices y líneas de acción"
        case .glosario: "VIII. Glosario"
        }
    }

    /// The key of `politica.yaml` the section is written to.
    var key: String {
        switch self {
        case .contexto: "contexto"
        case .principios: "principios"
        case .objetivos: "objetivos"
        case .relacion: "relacion"
        case .usuarios: "usuarios"
        case .actores: "actores"
        case .directrices: "directrices"
        case .glosario: "glosario"
        }
    }

    /// The section a heading's text names, or `nil`: Roman or Arabic numerals, accents, case and
    /// the usual wordings of institutions are accepted ("3. OBJETIVOS DE LA POLÍTICA",
    /// "Relación con las definiciones estratégicas", "Glosario de términos").
    static func matching(_ headingText: String) -> (kind: PolicySectionKind, numeral: Int?)? {
        let (numeral, rest) = splitNumeral(headingText)
        let folded = ImportText.folded(rest)
        // The document's title ("Política de Calidad de Servicio y Experiencia Usuaria") names
        // users too, but no section heading starts with "Política".
        guard !folded.isEmpty, folded.count <= 120, !folded.hasPrefix("politica") else { return nil }
        let words = Set(folded.split(separator: " ").map(String.init))
        func has(_ stem: String) -> Bool { folded.contains(stem) }
        let kind: PolicySectionKind?
        if has("relacion") || has("vinculacion con") || has("alineamiento") || has("coherencia con") {
            kind = .relacion
        } else if has("glosario") || has("definicion de termino") || has("definiciones de termino") || folded == "definiciones"
            || has("conceptos") || folded == "terminos"
        {
            kind = .glosario
        } else if has("directri") || has("lineas de accion") || has("lineamiento") || has("lineas estrategicas") {
            kind = .directrices
        } else if has("actores") || words.contains("roles") || has("estructura de roles") {
            kind = .actores
        } else if has("caracterizacion") || folded.hasPrefix("usuari") || folded.hasPrefix("personas usuari")
            || folded.hasPrefix("nuestros usuari") || folded.hasPrefix("beneficiari") || folded.hasPrefix("clientes")
        {
            kind = .usuarios
        } else if has("principio") || folded.hasPrefix("valores") {
            kind = .principios
        } else if folded.hasPrefix("objetivo") && !has("institucional") && !has("del gobierno") && !has("del servicio") {
            kind = .objetivos
        } else if folded.hasPrefix("contexto") || folded.hasPrefix("antecedentes") || folded.hasPrefix("introduccion")
            || folded.hasPrefix("presentacion") || folded.hasPrefix("marco general")
        {
            kind = .contexto
        } else {
            kind = nil
        }
        return kind.map { ($0, numeral) }
    }

    /// A leading numeral ("VIII.", "3)", "IV -") and the text after it.
    static func splitNumeral(_ text: String) -> (Int?, String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        var token = ""
        var index = trimmed.startIndex
        while index < trimmed.endIndex, trimmed[index].isLetter || trimmed[index].isNumber, token.count < 6 {
            token.append(trimmed[index])
            index = trimmed.index(after: index)
        }
        guard !token.isEmpty, index < trimmed.endIndex else { return (nil, trimmed) }
        let separator = trimmed[index]
        guard ".)-–—:".contains(separator) || separator == " " else { return (nil, trimmed) }
        let value = Int(token) ?? romanValue(token)
        guard let value, value > 0, value < 40 else { return (nil, trimmed) }
        var rest = trimmed[index...].drop { ".)-–—: ".contains($0) }
        rest = rest.drop { $0 == " " }
        return (value, String(rest))
    }

    /// The value of an upper-case Roman numeral up to 39 ("VIII" → 8), or `nil`.
    static func romanValue(_ token: String) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10]
        guard !token.isEmpty, token.allSatisfy({ values[$0] != nil }) else { return nil }
        var total = 0
        let digits = token.compactMap { values[$0] }
        for (index, digit) in digits.enumerated() {
            if index + 1 < digits.count, digit < digits[index + 1] { total -= digit } else { total += digit }
        }
        return total
    }
}
