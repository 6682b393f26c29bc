/// The template context of the Informe de resultados del Plan de Mejoramiento.
extension TemplateContext {
    static func progress(_ report: PlanProgress, workspace: Workspace) -> Values {
        let title = report.titulo ?? "Informe de resultados del Plan de Mejoramiento \(report.periodo)"
        var values = common(workspace, title: title)
        let results = ActivityCompliance.all(report, plan: workspace.plan)
        values["periodo"] = report.periodo
        values["fecha_corte"] = SpanishDate.long(report.fechaCorte)
        values["introduccion"] = paragraphs(report.introduccion)
        values["conclusiones"] = paragraphs(report.conclusiones)
        values["tiene_conclusiones"] = !(report.conclusiones ?? []).isEmpty
        let counts = ActivityState.allCases.map { state in (state, results.filter { $0.progress.estado == state }.count) }
        values["estados"] = counts.filter { $0.1 > 0 }.map { ["estado": $0.0.label, "cantidad": "\($0.1)"] as Values }
        values["total_actividades"] = "\(results.count)"
        if ComplianceChart.resource(results) != nil {
            values["grafico"] = ["src": ComplianceChart.resourceName, "alt": "Gráfico de barras: cumplimiento de la meta por actividad"] as Values
        }
        values["actividades"] = numbered(results.map(activity))
        return values
    }

    private static func activity(_ result: ActivityCompliance) -> Values {
        let progress = result.progress
        let indicator = result.activity?.indicador
        let unit = result.isPercentage ? " %" : (indicator?.unidad.map { " " + $0 } ?? "")
        func measured(_ value: Double?) -> String {
            value.map { ActivityCompliance.display($0) + unit } ?? "—"
        }
        var goal = "—"
        switch indicator?.meta {
        case .value(let value)?: goal = ActivityCompliance.display(value) + unit
        case .notCommitted?: goal = "No comprometida"
        case nil: goal = "—"
        }
        var item: Values = [
            "id": progress.actividad,
            "nombre": result.activity?.nombre ?? progress.actividad,
            "estado": progress.estado.label,
            "justificacion": paragraphs(progress.justificacion),
            "plazo": result.activity?.plazo.map(SpanishDate.short) ?? "—",
            "indicador": indicator?.nombre ?? "—",
            "meta": goal,
            "resultado": measured(result.latestValue),
            "cumplimiento": result.percentOfGoal.map { ActivityCompliance.display($0, decimals: 0) + " %" } ?? "—",
            "comentario": paragraphs(progress.comentario),
        ]
        // Mustache shows a section for any present key, even an empty string: set it only when there is one.
        if let deadline = progress.nuevoPlazo { item["nuevo_plazo"] = SpanishDate.short(deadline) }
        let milestones = (progress.hitos ?? []).map { milestone -> Values in
            [
                "nombre": milestone.nombre,
                "planificada": SpanishDate.short(milestone.fechaPlanificada),
                "real": milestone.fechaReal.map(SpanishDate.short) ?? "Pendiente",
                "medios": (milestone.mediosVerificacion ?? []).joined(separator: "; ").nonEmpty ?? "—",
            ]
        }
        item["hitos"] = milestones
        item["tiene_hitos"] = !milestones.isEmpty
        let measurements = (progress.mediciones ?? []).map { measurement -> Values in
            [
                "periodo": measurement.periodo,
                "numerador": ActivityCompliance.display(measurement.numerador, decimals: 2),
                "denominador": ActivityCompliance.display(measurement.denominador, decimals: 2),
                "valor": measured(result.value(of: measurement)),
            ]
        }
        item["mediciones"] = measurements
        item["tiene_mediciones"] = !measurements.isEmpty
        return item
    }
}
