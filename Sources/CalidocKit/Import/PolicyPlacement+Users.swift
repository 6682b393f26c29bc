import Foundation

/// V. Caracterización de usuarios: each item "Nombre (aprox. N): características", the
/// paragraphs that continue it, a nested list of examples (or a closing sentence listing them,
/// "Colina, Lampa … y Talagante.") and the paragraphs after the examples (how the institution
/// relates to the group).
extension PolicyPlacement {
    mutating func placeUsers(_ part: RecognizedPolicy.Part) -> Section<UserSegment> {
        let layout = SectionLayout(part.blocks)
        var segments: [UserSegment] = []
        for (index, item) in layout.items.enumerated() {
            var segment = Self.segment(item.head)
            segment.id = "usr-\(index + 1)"
            var characteristics = [segment.caracteristicas ?? ""] + item.continuation.map(\.markup)
            if !item.nested.isEmpty {
                segment.ejemplos = item.nested.map(\.markup)
                segment.ejemplosComo = .lista
                segment.vinculacion = Self.nonEmptyText(Self.joined(item.after.map(\.markup)))
            } else if let last = characteristics.last, let (kept, examples) = Self.examplesSentence(last) {
                characteristics[characteristics.count - 1] = kept
                segment.ejemplos = examples
                segment.ejemplosComo = .texto
            }
            segment.caracteristicas = Self.nonEmptyText(Self.joined(characteristics))
            if segment.numeroAproximado == nil {
                let texts = [segment.caracteristicas ?? "", segment.vinculacion ?? ""].map(ImportText.plain)
                segment.numeroAproximado = texts.lazy.compactMap(Self.firstFigure).first
                    ?? (segment.ejemplos.map(\.count).flatMap { $0 > 1 ? $0 : nil })
            }
            segments.append(segment)
        }
        report.placed(layout.introduction.count, in: "usuarios.introduccion", from: part.heading)
        report.placed(segments.count, in: "usuarios.items", from: part.heading)
        report.placed(layout.closing.count, in: "usuarios.cierre", from: part.heading)
        let closing = Self.paragraphs(layout.closing) + keepTables(layout, part: part, field: "usuarios.cierre")
        return Section(introduccion: Self.nonEmpty(Self.paragraphs(layout.introduction)), items: segments, cierre: Self.nonEmpty(closing))
    }

    /// Name, printed number and characteristics from "Nombre (aprox. 1.234): texto".
    static func segment(_ block: SourceBlock) -> UserSegment {
        var name = block.text
        var text = ""
        if let (lead, rest) = block.boldLead {
            name = leadName(lead, dropping: ":.")
            text = restMarkup(rest, dropping: ":")
        } else if let (lead, rest) = splitLead(block.markup, at: ":", maximumWords: 20) {
            name = lead
            text = rest
        }
        var number: Int?
        if name.hasSuffix(")"), let open = name.lastIndex(of: "(") {
            let inside = String(name[name.index(after: open)..<name.index(before: name.endIndex)])
            if let figure = firstFigure(inside, allowYears: true) {
                number = figure
                name = name[..<open].trimmingCharacters(in: .whitespaces)
            }
        }
        if number == nil { number = firstFigure(name) }
        return UserSegment(nombre: name, numeroAproximado: number, caracteristicas: text.isEmpty ? nil : text)
    }

    /// The first figure of a text ("7.112.808", "52"), leaving out years and numbers of laws,
    /// articles or objectives ("Ley N°19.418", "2024-2035").
    static func firstFigure(_ text: String) -> Int? { firstFigure(text, allowYears: false) }

    static func firstFigure(_ text: String, allowYears: Bool) -> Int? {
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            guard characters[index].isASCII, characters[index].isNumber else {
                index += 1
                continue
            }
            var digits = ""
            var end = index
            while end < characters.count {
                if characters[end].isASCII, characters[end].isNumber {
                    digits.append(characters[end])
                } else if characters[end] == ".", end + 1 < characters.count, characters[end + 1].isASCII, characters[end + 1].isNumber {
                    // a thousands dot
                } else {
                    break
                }
                end += 1
            }
            let before = String(characters[max(0, index - 8)..<index]).lowercased()
            let after = end < characters.count ? characters[end] : " "
            let isReference = before.contains("°") || before.contains("º") || before.contains("ley") || before.contains("art")
                || after == "%" || after == "," && end + 1 < characters.count && characters[end + 1].isNumber
            if let value = Int(digits), !isReference, allowYears || !(1900...2100).contains(value) {
                return value
            }
            index = end
        }
        return nil
    }

    /// A closing sentence that lists examples ("Colina, Lampa, … y Talagante.") split off a text:
    /// the text before it and the examples. At least four short parts are needed.
    static func examplesSentence(_ markup: String) -> (String, [String])? {
        let text = markup.trimmingCharacters(in: .whitespaces)
        guard text.hasSuffix("."), !text.contains("*") else { return nil }
        let body = String(text.dropLast())
        let start = body.range(of: ". ", options: .backwards).map { body.index($0.lowerBound, offsetBy: 2) } ?? body.startIndex
        let sentence = String(body[start...])
        guard let and = sentence.range(of: " y ", options: .backwards) else { return nil }
        var parts = sentence[..<and.lowerBound].components(separatedBy: ", ")
        parts.append(String(sentence[and.upperBound...]))
        parts = parts.map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count >= 4, parts.allSatisfy({ !$0.isEmpty && $0.split(separator: " ").count <= 5 && !$0.contains(":") }) else { return nil }
        let kept = String(text[..<start]).trimmingCharacters(in: .whitespaces)
        return (kept, parts)
    }
}
