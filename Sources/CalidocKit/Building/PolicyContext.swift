/// The template context of the Política.
extension TemplateContext {
    static func policy(_ policy: Policy, workspace: Workspace) -> Values {
        var values = common(workspace, title: policy.titulo ?? "Política de Calidad de Servicio y Experiencia Usuaria")
        let strategic = policy.definicionesEstrategicas
        values["contexto"] = [
            "parrafos": paragraphs(policy.contexto.parrafos),
            "parrafos_finales": paragraphs(policy.contexto.parrafosFinales),
            "declaraciones": statements(policy),
        ] as Values
        values["definiciones"] = [
            "titulo": strategic.titulo ?? "",
            "mision_html": strategic.mision.map(RichText.inline) ?? "",
            "vision_html": strategic.vision.map(RichText.inline) ?? "",
            "tiene_titulo": strategic.titulo != nil,
            "introduccion": paragraphs(strategic.introduccion),
            "objetivos": numbered(strategic.objetivos.map { ["html": RichText.inline($0.texto), "id": $0.id] }),
        ] as Values
        values["principios"] = section(policy.principios, items: policy.principios.items.map { ["nombre": $0.nombre, "descripcion_html": RichText.inline($0.descripcion)] })
        values["objetivos"] = section(policy.objetivos, items: numbered(policy.objetivos.items.map(objective)))
        values["relacion"] = [
            "introduccion": paragraphs(policy.relacion.introduccion),
            "relaciones": (policy.relacion.relaciones ?? []).map { relation($0, policy: policy) }
                + PolicyText.unrelatedObjectives(policy).map { relationSentence(policyObjectives: [$0], institutional: policy.objetivos.items[$0].objetivosInstitucionales ?? [], policy: policy) },
            "cierre": paragraphs(policy.relacion.cierre),
        ] as Values
        values["usuarios"] = section(policy.usuarios, items: numbered(policy.usuarios.items.map(segment)))
        values["actores"] = section(policy.actores, items: policy.actores.items.map { actor in
            [
                "actor": actor.actor, "rol_etiqueta": actor.involucramiento.spanishLabel,
                // A role typed with its label already ("Involucrado en …: …") is shown as typed, once.
                "tiene_etiqueta": PolicyText.typedInvolvementLabel(actor.rol) == nil,
                "rol_html": RichText.inline(actor.rol), "responsabilidades": actor.responsabilidades.map { ["html": RichText.inline($0)] },
            ] as Values
        })
        values["directrices"] = section(policy.directrices, items: policy.directrices.items.map { guideline in
            [
                "titulo": guideline.titulo, "texto_html": guideline.texto.map(RichText.inline) ?? "", "tiene_texto": guideline.texto != nil,
                "separador": PolicyText.separator(after: guideline.titulo),
            ]
        })
        values["glosario"] = section(policy.glosario, items: policy.glosario.items.map {
            ["termino": $0.termino, "definicion_html": RichText.inline($0.definicion)]
        })
        return values
    }

    /// A section's introduction, items (already converted) and closing paragraphs.
    private static func section<Item>(_ section: Section<Item>, items: [Values]) -> Values {
        ["introduccion": paragraphs(section.introduccion), "items": items, "cierre": paragraphs(section.cierre)]
    }

    private static func objective(_ objective: PolicyObjective) -> Values {
        let texts = RichText.paragraphs(objective.texto)
        return [
            "titulo": objective.titulo,
            "separador": PolicyText.separator(after: objective.titulo),
            "texto_html": texts.first ?? "",
            "tiene_texto": !texts.isEmpty,
            "parrafos_adicionales": texts.dropFirst().map { ["html": $0] as Values },
        ]
    }

    private static func relation(_ relation: StrategicRelation, policy: Policy) -> Values {
        if relation.texto != nil {
            return ["parrafos": paragraphs(relation.texto)]
        }
        // No text given: write the relation from the two objectives, in the reference document's style.
        let indices = relation.objetivosPolitica.compactMap { id in policy.objetivos.items.firstIndex { $0.id == id } }
        return relationSentence(policyObjectives: indices, institutional: relation.objetivosInstitucionales, policy: policy)
    }

    /// "El **Objetivo Estratégico N°1 de la Política**: *“…”* tiene directa relación con …".
    private static func relationSentence(policyObjectives: [Int], institutional: [String], policy: Policy) -> Values {
        let objectives = policy.objetivos.items
        let strategic = policy.definicionesEstrategicas.objetivos
        let policyParts = policyObjectives.map { index -> String in
            let item = objectives[index]
            let quote = PolicyText.quotation(item.titulo + (item.texto.map { PolicyText.separator(after: item.titulo) + " " + $0 } ?? ""))
            return "el **Objetivo Estratégico N°\(index + 1) de la Política**: *“\(escapingMarkers(quote))”*"
        }
        let strategicParts = institutional.compactMap { id -> String? in
            guard let index = strategic.firstIndex(where: { $0.id == id }) else { return nil }
            return "el objetivo estratégico institucional N°\(index + 1): *“\(escapingMarkers(PolicyText.quotation(strategic[index].texto)))”*"
        }
        guard !policyParts.isEmpty, !strategicParts.isEmpty else { return ["parrafos": [] as [Values]] }
        // The verb agrees with the subject: one objective "tiene", several "tienen".
        let verb = policyParts.count > 1 ? " tienen" : " tiene"
        let sentence = spanishList(policyParts).prefixCapitalized + verb + " directa relación con " + spanishList(strategicParts) + "."
        return ["parrafos": [["html": RichText.inline(sentence)] as Values]]
    }

    /// A literal asterisk left in a quotation must not pair with the markup around it.
    private static func escapingMarkers(_ text: String) -> String {
        text.replacingOccurrences(of: "*", with: "\\*")
    }

    /// Mission and vision, unless the context paragraphs already state them (as the reference
    /// document does): typed once, printed once.
    private static func statements(_ policy: Policy) -> [Values] {
        let context = (policy.contexto.parrafos + (policy.contexto.parrafosFinales ?? [])).map(\.texto)
        var result: [Values] = []
        for (label, text) in [("Misión", policy.definicionesEstrategicas.mision), ("Visión", policy.definicionesEstrategicas.vision)] {
            guard let text, !PolicyText.isStated(text, in: context) else { continue }
            result += RichText.paragraphs(text).enumerated().map { ["etiqueta": label, "tiene_etiqueta": $0.offset == 0, "html": $0.element] as Values }
        }
        return result
    }

    private static func segment(_ segment: UserSegment) -> Values {
        let examples = segment.ejemplos ?? []
        let inline = segment.ejemplosComo == .texto
        var characteristics = RichText.paragraphs(segment.caracteristicas)
        if inline && !examples.isEmpty {
            // The examples sentence closes the characteristics: after their last paragraph.
            let joined = XMLText.escaped(spanishList(examples)) + "."
            if let last = characteristics.popLast() { characteristics.append(last + " " + joined) } else { characteristics = [joined] }
        }
        return [
            "nombre": segment.nombre,
            "texto_html": characteristics.first ?? "",
            "parrafos_adicionales": characteristics.dropFirst().map { ["html": $0] as Values },
            "ejemplos_lista": inline ? [] : examples.map { ["texto": $0] as Values },
            "tiene_lista": !inline && !examples.isEmpty,
            "vinculacion": paragraphs(segment.vinculacion),
            "numero_aproximado": segment.numeroAproximado.map(ChileanNumber.format) ?? "",
            // Printed after the name unless the segment's own text states the figure already.
            "numero_impreso": SegmentNumber.printed(segment) ?? "",
            "tiene_numero_impreso": SegmentNumber.printed(segment) != nil,
        ]
    }
}

extension String {
    /// The string with its first letter upper-cased.
    var prefixCapitalized: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
