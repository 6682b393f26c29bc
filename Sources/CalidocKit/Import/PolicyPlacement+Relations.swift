import Foundation

/// IV. Relación: paragraphs that name policy objectives and institutional objectives
/// ("el **Objetivo Estratégico N°3 de la Política** … con el objetivo estratégico N°1", "el
/// segundo objetivo estratégico institucional") become relations linking them; paragraphs before
/// the first relation are the introduction, those after the last the closing.
extension PolicyPlacement {
    mutating func placeRelations(_ part: RecognizedPolicy.Part, policy: Policy) -> StrategicRelationSection {
        let blocks = part.blocks.filter { $0.kind == .paragraph && !$0.text.isEmpty }
        var introduction: [SourceBlock] = []
        var relations: [StrategicRelation] = []
        var closing: [SourceBlock] = []
        for block in blocks {
            let references = Self.objectiveReferences(block.text)
            let policyIds = references.policy.filter { $0 <= policy.objetivos.items.count }.map { "obj-\($0)" }
            let institutionalIds = references.institutional.filter { $0 <= policy.definicionesEstrategicas.objetivos.count }.map { "oe-\($0)" }
            if !policyIds.isEmpty, !institutionalIds.isEmpty {
                // Paragraphs between two relations continue the one before.
                if !closing.isEmpty, !relations.isEmpty {
                    relations[relations.count - 1].texto = Self.joined([relations[relations.count - 1].texto ?? ""] + closing.map(\.markup))
                    closing = []
                }
                relations.append(StrategicRelation(
                    id: "rel-\(relations.count + 1)", objetivosPolitica: policyIds, objetivosInstitucionales: institutionalIds,
                    texto: block.markup))
            } else if relations.isEmpty {
                introduction.append(block)
            } else {
                closing.append(block)
            }
        }
        var closingParagraphs = Self.paragraphs(closing)
        for table in part.blocks where table.kind != .paragraph {
            if let kept = unplaced(table, heading: part.heading, reason: "una tabla en esta sección no corresponde a ningún campo", keptIn: "relacion.cierre") {
                closingParagraphs.append(kept)
            }
        }
        report.placed(introduction.count, in: "relacion.introduccion", from: part.heading)
        report.placed(relations.count, in: "relacion.relaciones", from: part.heading)
        report.placed(closing.count, in: "relacion.cierre", from: part.heading)
        if relations.isEmpty, !blocks.isEmpty {
            report.inferences.append(
                "La sección IV no nombra objetivos por número («Objetivo Estratégico N°1 de la Política», «objetivo estratégico institucional N°2»): "
                    + "sus párrafos quedan como introducción; indique en relacion.relaciones qué objetivo de la Política se vincula con cuál institucional.")
        }
        return StrategicRelationSection(
            introduccion: Self.nonEmpty(Self.paragraphs(introduction)), relaciones: Self.nonEmpty(relations),
            cierre: Self.nonEmpty(closingParagraphs))
    }

    /// Each policy objective gets the institutional objectives the relations link it to.
    mutating func linkObjectives(_ policy: inout Policy) {
        for relation in policy.relacion.relaciones ?? [] {
            for id in relation.objetivosPolitica {
                guard let index = policy.objetivos.items.firstIndex(where: { $0.id == id }) else { continue }
                var links = policy.objetivos.items[index].objetivosInstitucionales ?? []
                for institutional in relation.objetivosInstitucionales where !links.contains(institutional) { links.append(institutional) }
                policy.objetivos.items[index].objetivosInstitucionales = links
            }
        }
    }

    /// The numbers of policy and institutional objectives a paragraph names, quotations left out
    /// (a quoted objective's words must not count as a reference).
    static func objectiveReferences(_ text: String) -> (policy: [Int], institutional: [Int]) {
        var unquoted = ""
        var depth = 0
        for character in text {
            if character == "“" { depth += 1; continue }
            if character == "”" { depth = max(depth - 1, 0); continue }
            if depth == 0 { unquoted.append(character) }
        }
        let folded = ImportText.folded(unquoted.replacingOccurrences(of: "N°", with: " numero ").replacingOccurrences(of: "Nº", with: " numero ")
            .replacingOccurrences(of: "N.º", with: " numero ").replacingOccurrences(of: "n°", with: " numero "))
        let words = folded.split(separator: " ").map(String.init)
        let ordinals = ["primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3, "cuarto": 4, "quinto": 5, "sexto": 6, "septimo": 7, "octavo": 8]
        var policy: [Int] = []
        var institutional: [Int] = []
        var lastWasPolicy: Bool?
        for (index, word) in words.enumerated() {
            var number: Int?
            if word == "numero", index + 1 < words.count { number = Int(words[index + 1]) }
            let ordinal = ordinals[word]
            if ordinal != nil, index + 1 < words.count, words[index + 1].hasPrefix("objetivo") { number = ordinal }
            guard let value = number else { continue }
            let before = words[max(0, index - 6)..<index].joined(separator: " ")
            let after = words[min(index + 1, words.count)..<min(words.count, index + 7)].joined(separator: " ")
            let mentionsObjective = before.contains("objetivo") || after.hasPrefix("objetivo") || (ordinal != nil)
            let isPolicy: Bool
            if after.contains("de la politica") || before.hasSuffix("de la politica") || before.hasSuffix("politica") {
                isPolicy = true
            } else if before.contains("objetivo") && (before.contains("institucional") || after.contains("institucional")) {
                isPolicy = false
            } else if mentionsObjective && ordinal == nil && before.contains("objetivo") {
                isPolicy = after.contains("politica") && !after.contains("institucional") ? true : false
            } else if let lastWasPolicy, !mentionsObjective || before.split(separator: " ").last == "y" {
                isPolicy = lastWasPolicy
            } else {
                isPolicy = false
            }
            lastWasPolicy = isPolicy
            if isPolicy { if !policy.contains(value) { policy.append(value) } } else if !institutional.contains(value) { institutional.append(value) }
        }
        return (policy, institutional)
    }
}
