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
            var continuation = item.continuation
            // Without examples, the paragraphs from the one that says how the institution relates
            // to the group ("El Gobierno … se relaciona con …") are the segment's vinculación.
            var relation: [SourceBlock] = []
            if item.nested.isEmpty, let start = continuation.firstIndex(where: Self.describesRelation) {
                relation = Array(continuation[start...])
                continuation.removeSubrange(start...)
            }
            var characteristics = [segment.caracteristicas ?? ""] + continuation.map(\.markup)
            if !relation.isEmpty { segment.vinculacion = Self.joined(relation.map(\.markup)) }
            if !item.nested.isEmpty {
                segment.ejemplos = item.nested.map(\.markup)
                segment.ejemplosComo = .lista
                segment.vinculacion = Self.nonEmptyText(Self.joined(item.after.map(\.markup)))
            } else if relation.isEmpty, let last = characteristics.last, let (kept, examples) = Self.examplesSentence(last) {
                characteristics[characteristics.count - 1] = kept
                segment.ejemplos = examples
                segment.ejemplosComo = .texto
            }
            segment.caracteristicas = Self.nonEmptyText(Self.joined(characteristics))
            if segment.numeroAproximado == nil {
                // A figure written with thousands dots ("2.900") is a count; a bare one may be a size
                // ("hasta 10 trabajadores"): the first grouped figure, else the first figure.
                let text = [segment.caracteristicas ?? "", segment.vinculacion ?? ""].map(ImportText.plain).joined(separator: " ")
                segment.numeroAproximado = Self.firstFigure(text, allowYears: false, groupedOnly: true) ?? Self.firstFigure(text)
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

    /// Whether a paragraph says how the institution relates to a group of users.
    static func describesRelation(_ block: SourceBlock) -> Bool {
        let folded = ImportText.folded(block.text)
        return ["se relaciona", "se vincula", "se relacionan", "se vinculan", "relacion con ellas", "vinculacion"].contains { folded.contains($0) }
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

    /// The first figure; with `groupedOnly`, the first written with thousands dots.
    static func firstFigure(_ text: String, allowYears: Bool, groupedOnly: Bool = false) -> Int? {
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            guard characters[index].isASCII, characters[index].isNumber else {
                index += 1
                continue
            }
            var digits = ""
            var grouped = false
            var end = index
            while end < characters.count {
                if characters[end].isASCII, characters[end].isNumber {
                    digits.append(characters[end])
                } else if characters[end] == ".", end + 1 < characters.count, characters[end + 1].isASCII, characters[end + 1].isNumber {
                    grouped = true
                } else {
                    break
                }
                end += 1
            }
            let before = String(characters[max(0, index - 8)..<index]).lowercased()
            let after = end < characters.count ? characters[end] : " "
            let isReference = before.contains("°") || before.contains("º") || before.contains("ley") || before.contains("art")
                || after == "%" || after == "," && end + 1 < characters.count && characters[end + 1].isNumber
            if let value = Int(digits), !isReference, allowYears || grouped || !(1900...2100).contains(value), grouped || !groupedOnly {
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
