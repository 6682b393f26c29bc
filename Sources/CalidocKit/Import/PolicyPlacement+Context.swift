import Foundation

/// I. Contexto: paragraphs, the institution's strategic objectives (the numbered list, with the
/// bold line and paragraphs that announce it), closing paragraphs, mission and vision.
extension PolicyPlacement {
    mutating func placeContext(_ part: RecognizedPolicy.Part, into policy: inout Policy) {
        let layout = SectionLayout(part.blocks)
        var before = layout.introduction
        var definitions = StrategicDefinitions(objetivos: [])
        // "Misión: …" / "Visión: …" written as labelled paragraphs.
        before.removeAll { block in
            guard let (label, text) = Self.labelled(block) else { return false }
            switch label {
            case "mision": definitions.mision = text
            case "vision": definitions.vision = text
            default: return false
            }
            report.placed(1, in: "definiciones_estrategicas.\(label == "mision" ? "mision" : "vision")", from: part.heading)
            return true
        }
        if !layout.items.isEmpty {
            // Walking back from the list: paragraphs ending in ":" introduce it; a bold one is its title.
            var introduction: [SourceBlock] = []
            while let last = before.last, last.text.hasSuffix(":") {
                before.removeLast()
                if last.isAllBold {
                    definitions.titulo = last.text
                    break
                }
                introduction.insert(last, at: 0)
            }
            definitions.introduccion = Self.nonEmpty(Self.paragraphs(introduction))
            definitions.objetivos = layout.items.enumerated().map { index, item in
                StrategicObjective(
                    id: "oe-\(index + 1)",
                    texto: Self.joined([item.head.markup] + (item.continuation + item.nested + item.after).map(\.markup)))
            }
            report.placed(definitions.titulo == nil ? 0 : 1, in: "definiciones_estrategicas.titulo", from: part.heading)
            report.placed(introduction.count, in: "definiciones_estrategicas.introduccion", from: part.heading)
            report.placed(definitions.objetivos.count, in: "definiciones_estrategicas.objetivos", from: part.heading)
        }
        var finals = Self.paragraphs(layout.closing)
        finals += keepTables(layout, part: part, field: "contexto.parrafos_finales")
        policy.contexto = PolicyContext(parrafos: Self.paragraphs(before), parrafosFinales: Self.nonEmpty(finals))
        report.placed(policy.contexto.parrafos.count, in: "contexto.parrafos", from: part.heading)
        report.placed(layout.closing.count, in: "contexto.parrafos_finales", from: part.heading)
        let context = (before + layout.closing).map(\.text)
        if definitions.mision == nil, let mission = Self.statement(in: context, word: "mision", last: false) {
            definitions.mision = mission
            report.inferences.append("Misión tomada del contexto: «\(mission)».")
        }
        if definitions.vision == nil, let vision = Self.statement(in: context, word: "vision", last: true) {
            definitions.vision = vision
            report.inferences.append("Visión tomada del contexto: «\(vision)».")
        }
        policy.definicionesEstrategicas = definitions
    }

    /// A paragraph "Misión: texto" (label in bold or not) as ("mision", "texto").
    static func labelled(_ block: SourceBlock) -> (String, String)? {
        let text = block.text
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let label = ImportText.folded(String(text[..<colon]))
        let rest = ImportText.collapsed(String(text[text.index(after: colon)...]))
        guard !rest.isEmpty else { return nil }
        for word in ["mision", "vision"] where label == word || label == word + " institucional" || label == "nuestra " + word {
            return (word, rest)
        }
        return nil
    }

    /// The sentence of the context that states the mission or the vision: the first (mission) or
    /// last (vision) sentence naming the word; after a colon, only what follows it.
    static func statement(in paragraphs: [String], word: String, last: Bool) -> String? {
        let sentences = paragraphs.flatMap(Self.sentences).filter { ImportText.folded($0).contains(word) }
        guard var sentence = last ? sentences.last : sentences.first else { return nil }
        if let colon = sentence.lastIndex(of: ":") {
            let after = sentence[sentence.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if after.count > 15 { sentence = after }
        }
        return sentence.trimmingCharacters(in: CharacterSet(charactersIn: " “”\"*"))
    }

    /// A paragraph's sentences (split after ". " before an upper-case letter).
    static func sentences(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            current.append(character)
            if character == ".", index + 2 < characters.count, characters[index + 1] == " ", characters[index + 2].isUppercase {
                result.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            }
        }
        if !current.trimmingCharacters(in: .whitespaces).isEmpty { result.append(current.trimmingCharacters(in: .whitespaces)) }
        return result
    }
}
