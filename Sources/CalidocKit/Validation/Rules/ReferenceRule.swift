/// CAL-VA-002: every reference to an id must point at something that exists.
struct ReferenceRule: ValidationRule {
    func check(_ workspace: Workspace, context: ValidationContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        func dangling(
            _ id: String, kindES: String, kindEN: String, known: Set<String>, file: InputFile,
            _ path: [any PathComponentConvertible]
        ) {
            guard !known.contains(id) else { return }
            let suggestion = KeySuggestion.closest(to: id, among: known)
            found.append(
                context.diagnostic(
                    .error, "CAL-VA-002",
                    es: "«\(id)» no es el id de ningún \(kindES)", en: "«\(id)» is not the id of any \(kindEN)",
                    file: file, path,
                    hintES: suggestion.map { "¿quiso decir «\($0)»?" } ?? "ids disponibles: \(known.sorted().joined(separator: ", "))",
                    hintEN: suggestion.map { "did you mean «\($0)»?" } ?? "available ids: \(known.sorted().joined(separator: ", "))"))
        }
        let strategic = Set(workspace.policy?.definicionesEstrategicas.objetivos.map(\.id) ?? [])
        let objectives = Set(workspace.policy?.objetivos.items.compactMap(\.id) ?? [])
        let guidelines = Set(workspace.policy?.directrices.items.compactMap(\.id) ?? [])
        let areas = Set(workspace.diagnosis?.ambitosPrioritarios.map(\.id) ?? [])
        if let policy = workspace.policy {
            for (index, objective) in policy.objetivos.items.enumerated() {
                for (position, id) in (objective.objetivosInstitucionales ?? []).enumerated() {
                    dangling(
                        id, kindES: "objetivo estratégico institucional", kindEN: "institutional strategic objective",
                        known: strategic, file: .politica, ["objetivos", "items", index, "objetivos_institucionales", position])
                }
            }
            for (index, relation) in (policy.relacion.relaciones ?? []).enumerated() {
                for (position, id) in relation.objetivosPolitica.enumerated() {
                    dangling(
                        id, kindES: "objetivo de la Política", kindEN: "policy objective", known: objectives,
                        file: .politica, ["relacion", "relaciones", index, "objetivos_politica", position])
                }
                for (position, id) in relation.objetivosInstitucionales.enumerated() {
                    dangling(
                        id, kindES: "objetivo estratégico institucional", kindEN: "institutional strategic objective",
                        known: strategic, file: .politica, ["relacion", "relaciones", index, "objetivos_institucionales", position])
                }
            }
            if workspace.diagnosis != nil {
                for (index, guideline) in policy.directrices.items.enumerated() {
                    for (position, id) in (guideline.ambitos ?? []).enumerated() {
                        dangling(
                            id, kindES: "ámbito prioritario del diagnóstico", kindEN: "diagnosis priority area",
                            known: areas, file: .politica, ["directrices", "items", index, "ambitos", position])
                    }
                }
            }
        }
        if let plan = workspace.plan {
            for (index, activity) in plan.actividades.enumerated() {
                if let id = activity.objetivo, workspace.policy != nil {
                    dangling(id, kindES: "objetivo de la Política", kindEN: "policy objective", known: objectives,
                             file: .plan, ["actividades", index, "objetivo"])
                }
                if let id = activity.directriz, workspace.policy != nil {
                    dangling(id, kindES: "directriz de la Política", kindEN: "policy guideline", known: guidelines,
                             file: .plan, ["actividades", index, "directriz"])
                }
                if let id = activity.ambito, workspace.diagnosis != nil {
                    dangling(id, kindES: "ámbito prioritario del diagnóstico", kindEN: "diagnosis priority area",
                             known: areas, file: .plan, ["actividades", index, "ambito"])
                }
            }
        }
        return found
    }
}
