/// CAL-VA-001: ids must be unique within each input file (the diff and references rely on them).
struct DuplicateIdRule: ValidationRule {
    func check(_ workspace: Workspace, context: ValidationContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (file, entries) in IdIndex.entries(of: workspace) {
            var seen: [String: [any PathComponentConvertible]] = [:]
            for entry in entries {
                if seen[entry.id] != nil {
                    found.append(
                        context.diagnostic(
                            .error, "CAL-VA-001",
                            es: "el id «\(entry.id)» está repetido en este archivo",
                            en: "id «\(entry.id)» is repeated in this file",
                            file: file, entry.path + ["id"],
                            hintES: "cada elemento necesita un id distinto; el diff y las referencias dependen de ello",
                            hintEN: "each item needs its own id; the diff and references rely on it"))
                } else {
                    seen[entry.id] = entry.path
                }
            }
        }
        return found
    }
}

/// Every `id` of a workspace with where it sits.
enum IdIndex {
    struct Entry {
        let id: String
        let path: [any PathComponentConvertible]
    }

    static func entries(of workspace: Workspace) -> [(InputFile, [Entry])] {
        var result: [(InputFile, [Entry])] = []
        if let policy = workspace.policy {
            var list: [Entry] = []
            func add(_ id: String?, _ path: [any PathComponentConvertible]) {
                if let id, !id.isEmpty { list.append(Entry(id: id, path: path)) }
            }
            func paragraphs(_ items: [Paragraph]?, _ path: [any PathComponentConvertible]) {
                for (index, item) in (items ?? []).enumerated() { add(item.id, path + [index]) }
            }
            paragraphs(policy.contexto.parrafos, ["contexto", "parrafos"])
            paragraphs(policy.contexto.parrafosFinales, ["contexto", "parrafos_finales"])
            for (index, item) in policy.definicionesEstrategicas.objetivos.enumerated() {
                add(item.id, ["definiciones_estrategicas", "objetivos", index])
            }
            for (index, item) in policy.principios.items.enumerated() { add(item.id, ["principios", "items", index]) }
            for (index, item) in policy.objetivos.items.enumerated() { add(item.id, ["objetivos", "items", index]) }
            paragraphs(policy.objetivos.introduccion, ["objetivos", "introduccion"])
            paragraphs(policy.objetivos.cierre, ["objetivos", "cierre"])
            for (index, item) in (policy.relacion.relaciones ?? []).enumerated() {
                add(item.id, ["relacion", "relaciones", index])
            }
            for (index, item) in policy.usuarios.items.enumerated() { add(item.id, ["usuarios", "items", index]) }
            for (index, item) in policy.actores.items.enumerated() { add(item.id, ["actores", "items", index]) }
            for (index, item) in policy.directrices.items.enumerated() { add(item.id, ["directrices", "items", index]) }
            for (index, item) in policy.glosario.items.enumerated() { add(item.id, ["glosario", "items", index]) }
            result.append((.politica, list))
        }
        if let plan = workspace.plan {
            result.append((.plan, plan.actividades.enumerated().map { Entry(id: $1.id, path: ["actividades", $0]) }))
        }
        if let diagnosis = workspace.diagnosis {
            var list: [Entry] = []
            let groups: [(String, [Finding])] = [
                ("fortalezas", diagnosis.fortalezas), ("debilidades", diagnosis.debilidades),
                ("riesgos", diagnosis.riesgos), ("puntos_criticos", diagnosis.puntosCriticos),
            ]
            for (key, findings) in groups {
                for (index, finding) in findings.enumerated() {
                    if let id = finding.id { list.append(Entry(id: id, path: [key, index])) }
                }
            }
            for (index, area) in diagnosis.ambitosPrioritarios.enumerated() {
                list.append(Entry(id: area.id, path: ["ambitos_prioritarios", index]))
            }
            result.append((.diagnostico, list))
        }
        if let recommendations = workspace.recommendations {
            result.append(
                (.recomendaciones, recommendations.items.enumerated().map { Entry(id: $1.id, path: ["items", $0]) }))
        }
        return result
    }
}
