/// What `calidoc validate` prints after the diagnostics: counts per section and computed figures.
public struct WorkspaceSummary: Sendable {
    /// Lines of (label, value), Spanish and English labels.
    public let rows: [(LocalizedMessage, String)]

    /// Summarises a workspace.
    public init(_ workspace: Workspace) {
        var rows: [(LocalizedMessage, String)] = []
        func add(_ es: String, _ en: String, _ value: String) { rows.append((LocalizedMessage(es: es, en: en), value)) }
        let manifest = workspace.manifest
        add("Institución", "Institution", manifest.institucion.nombre)
        add("Versión", "Version", "\(manifest.version.etiqueta) (\(manifest.version.fecha))")
        if let policy = workspace.policy {
            add("Política: párrafos de contexto", "Policy: context paragraphs",
                "\(policy.contexto.parrafos.count + (policy.contexto.parrafosFinales?.count ?? 0))")
            add("Política: objetivos estratégicos institucionales", "Policy: institutional objectives",
                "\(policy.definicionesEstrategicas.objetivos.count)")
            add("Política: principios", "Policy: principles", "\(policy.principios.items.count)")
            add("Política: objetivos", "Policy: objectives", "\(policy.objetivos.items.count)")
            add("Política: relaciones con definiciones estratégicas", "Policy: strategic relations",
                "\(policy.relacion.relaciones?.count ?? 0)")
            add("Política: segmentos de usuarios", "Policy: user segments", "\(policy.usuarios.items.count)")
            add("Política: actores", "Policy: actors", "\(policy.actores.items.count)")
            add("Política: directrices y líneas de acción", "Policy: guidelines", "\(policy.directrices.items.count)")
            add("Política: términos del glosario", "Policy: glossary terms", "\(policy.glosario.items.count)")
        }
        if let plan = workspace.plan {
            add("Plan: actividades", "Plan: activities", "\(plan.actividades.count)")
            let committed = plan.actividades.filter { if case .value = $0.indicador?.meta { true } else { false } }.count
            add("Plan: metas comprometidas", "Plan: committed goals", "\(committed)")
        }
        if let diagnosis = workspace.diagnosis {
            add("Diagnóstico: fortalezas / debilidades / riesgos / puntos críticos",
                "Diagnosis: strengths / weaknesses / risks / critical points",
                "\(diagnosis.fortalezas.count) / \(diagnosis.debilidades.count) / \(diagnosis.riesgos.count) / \(diagnosis.puntosCriticos.count)")
            add("Diagnóstico: ámbitos prioritarios", "Diagnosis: priority areas", "\(diagnosis.ambitosPrioritarios.count)")
            if let last = diagnosis.fuentes?.reclamos?.max(by: { $0.anio < $1.anio }) {
                add("Reclamos \(last.anio): respondidos", "Complaints \(last.anio): answered",
                    "\(last.respondidos) de \(last.recibidos) (\(last.answeredShare.display)); fuera de plazo \(last.lateShare?.display ?? "N/A")")
            }
            if let last = diagnosis.fuentes?.saip?.max(by: { $0.anio < $1.anio }) {
                add("SAIP \(last.anio): respondidas", "SAIP \(last.anio): answered",
                    "\(last.respondidas) de \(last.recibidas) (\(last.answeredShare.display)); fuera de plazo \(last.lateShare?.display ?? "N/A")")
            }
        }
        for instance in workspace.participation?.instancias ?? [] {
            add("Participación: \(instance.nombre)", "Participation: \(instance.nombre)",
                "\(instance.participantes) de \(instance.total) (\(instance.share.truncatedDisplay))")
        }
        if let recommendations = workspace.recommendations {
            add("Recomendaciones de la Red de Expertos", "Red de Expertos recommendations", "\(recommendations.items.count)")
        }
        self.rows = rows
    }

    /// The summary as aligned text.
    public func rendered(_ language: MessageLanguage) -> String {
        let labels = rows.map { $0.0.text(language) }
        let width = labels.map(\.count).max() ?? 0
        var lines = [language.pick("Resumen", "Summary")]
        for (label, row) in zip(labels, rows) {
            lines.append("  " + label + String(repeating: " ", count: width - label.count) + "  " + row.1)
        }
        return lines.joined(separator: "\n")
    }
}
