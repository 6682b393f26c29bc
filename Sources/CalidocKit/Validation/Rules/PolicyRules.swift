import Foundation

/// R-ACT-01: the policy names actors for each of the three involvements the PMG asks for.
struct ActorInvolvementRule: ValidationRule {
    func check(_ workspace: Workspace, context: ValidationContext) -> [Diagnostic] {
        guard let policy = workspace.policy else { return [] }
        let present = Set(policy.actores.items.map(\.involucramiento))
        return Involvement.allCases.filter { !present.contains($0) }.map { missing in
            context.diagnostic(
                .error, "R-ACT-01",
                es: "ningún actor está «\(missing.spanishLabel)»",
                en: "no actor is «\(missing.spanishLabel)» (involved in \(missing.englishLabel))",
                file: .politica, ["actores", "items"],
                hintES: "agregue un actor con «involucramiento: \(missing.rawValue)»",
                hintEN: "add an actor with «involucramiento: \(missing.rawValue)»",
                formHintES: "agregue un actor y elija «\(missing.spanishLabel)» en «Involucramiento»",
                formHintEN: "add an actor and choose «\(missing.spanishLabel)» in «Involvement»")
        }
    }
}

/// R-OBJ-01: every policy objective is linked to at least one institutional strategic objective
/// (the Red de Expertos asked for this explicitly).
struct ObjectiveLinkRule: ValidationRule {
    func check(_ workspace: Workspace, context: ValidationContext) -> [Diagnostic] {
        guard let policy = workspace.policy else { return [] }
        return policy.objetivos.items.enumerated().compactMap { index, objective in
            guard (objective.objetivosInstitucionales ?? []).isEmpty else { return nil }
            return context.diagnostic(
                .error, "R-OBJ-01",
                es: "el objetivo N°\(index + 1) «\(objective.titulo)» no está vinculado a ningún objetivo estratégico institucional",
                en: "objective N°\(index + 1) «\(objective.titulo)» is not linked to any institutional strategic objective",
                file: .politica, ["objetivos", "items", index],
                hintES: "agregue «objetivos_institucionales: [id]» con ids de definiciones_estrategicas.objetivos",
                hintEN: "add «objetivos_institucionales: [id]» with ids from definiciones_estrategicas.objetivos",
                formHintES: "marque en «Objetivos estratégicos institucionales» los que este objetivo sirve",
                formHintEN: "tick in «Institutional strategic objectives» the ones this objective serves")
        }
    }
}

/// R-USR-01: each user segment says how many they are and what they are like.
struct UserSegmentRule: ValidationRule {
    func check(_ workspace: Workspace, context: ValidationContext) -> [Diagnostic] {
        guard let policy = workspace.policy else { return [] }
        var found: [Diagnostic] = []
        for (index, segment) in policy.usuarios.items.enumerated() {
            if segment.numeroAproximado == nil {
                found.append(
                    context.diagnostic(
                        .warning, "R-USR-01",
                        es: "el segmento «\(segment.nombre)» no indica su número aproximado",
                        en: "segment «\(segment.nombre)» has no approximate number",
                        file: .politica, ["usuarios", "items", index],
                        hintES: "agregue «numero_aproximado»: la Red de Expertos pide cuántos son",
                        hintEN: "add «numero_aproximado»: the Red de Expertos asks how many they are",
                        formHintES: "complete «Número aproximado»: la Red de Expertos pide cuántos son",
                        formHintEN: "fill in «Approximate number»: the Red de Expertos asks how many they are"))
            }
            let described = !(segment.caracteristicas ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            if !described && (segment.ejemplos ?? []).isEmpty {
                found.append(
                    context.diagnostic(
                        .warning, "R-USR-02",
                        es: "el segmento «\(segment.nombre)» no describe sus características",
                        en: "segment «\(segment.nombre)» does not describe its characteristics",
                        file: .politica, ["usuarios", "items", index],
                        hintES: "agregue «caracteristicas»: cómo son, de qué tipo son",
                        hintEN: "add «caracteristicas»: what they are like",
                        formHintES: "complete «Características»: cómo son, de qué tipo son",
                        formHintEN: "fill in «Characteristics»: what they are like"))
            }
        }
        return found
    }
}

/// R-DIR-01: when a diagnosis exists, every guideline relates to one of its priority areas.
struct GuidelineAreaRule: ValidationRule {
    func check(_ workspace: Workspace, context: ValidationContext) -> [Diagnostic] {
        guard let policy = workspace.policy, workspace.diagnosis != nil else { return [] }
        return policy.directrices.items.enumerated().compactMap { index, guideline in
            guard (guideline.ambitos ?? []).isEmpty else { return nil }
            return context.diagnostic(
                .warning, "R-DIR-01",
                es: "la directriz «\(guideline.titulo)» no se relaciona con ningún ámbito prioritario del diagnóstico",
                en: "guideline «\(guideline.titulo)» is not related to any diagnosis priority area",
                file: .politica, ["directrices", "items", index],
                hintES: "agregue «ambitos: [id]» con ids de ambitos_prioritarios de diagnostico.yaml",
                hintEN: "add «ambitos: [id]» with ids from ambitos_prioritarios in diagnostico.yaml",
                formHintES: "marque en «Ámbitos prioritarios» los del Diagnóstico que esta línea aborda",
                formHintEN: "tick in «Priority areas» the diagnosis areas this line addresses")
        }
    }
}

extension Involvement {
    /// The label the reference document uses in the ROL column.
    public var spanishLabel: String {
        switch self {
        case .entregaServicios: "Involucrado en la entrega de Servicios"
        case .gobernanza: "Involucrado en la gobernanza de la Política"
        case .monitoreoEvaluacion: "Involucrado en el monitoreo y evaluación del Plan de Mejoramiento"
        }
    }

    /// English wording for messages.
    public var englishLabel: String {
        switch self {
        case .entregaServicios: "service delivery"
        case .gobernanza: "governance of the policy"
        case .monitoreoEvaluacion: "monitoring and evaluation of the improvement plan"
        }
    }
}
