/// The template context of the Plan de Mejoramiento.
extension TemplateContext {
    static func plan(_ plan: ImprovementPlan, workspace: Workspace) -> Values {
        let title = plan.titulo ?? "Plan de Mejoramiento de la Calidad de Servicio y Experiencia Usuaria \(plan.periodo)"
        var values = common(workspace, title: title)
        let objectives = workspace.policy?.objetivos.items ?? []
        let guidelines = workspace.policy?.directrices.items ?? []
        let areas = workspace.diagnosis?.ambitosPrioritarios ?? []
        values["periodo"] = plan.periodo
        values["introduccion"] = paragraphs(plan.introduccion)
        values["criterios"] = paragraphs(plan.criteriosPriorizacion)
        values["tiene_criterios"] = !(plan.criteriosPriorizacion ?? []).isEmpty
        values["cierre"] = paragraphs(plan.cierre)
        values["actividades"] = numbered(plan.actividades.map { activity in
            var item: Values = [
                "id": activity.id,
                "nombre": activity.nombre,
                "descripcion": paragraphs(activity.descripcion),
                "prioridad": activity.prioridad.map { $0.rawValue.prefixCapitalized } ?? "—",
                "justificacion_prioridad": activity.justificacionPrioridad ?? "",
                "area": activity.areaResponsable ?? "—",
                "poblacion": activity.poblacionObjetivo ?? "—",
                "plazo": activity.plazo.map(SpanishDate.short) ?? "—",
            ]
            var links: [Values] = []
            if let id = activity.objetivo, let index = objectives.firstIndex(where: { $0.id == id }) {
                links.append(["etiqueta": "Objetivo de la Política", "texto": "N°\(index + 1): \(RichText.plain(objectives[index].titulo))"])
            }
            if let id = activity.directriz, let guideline = guidelines.first(where: { $0.id == id }) {
                links.append(["etiqueta": "Directriz", "texto": RichText.plain(guideline.titulo)])
            }
            if let id = activity.ambito, let area = areas.first(where: { $0.id == id }) {
                links.append(["etiqueta": "Ámbito prioritario", "texto": area.nombre])
            }
            item["vinculos"] = links
            item["tiene_vinculos"] = !links.isEmpty
            if let indicator = activity.indicador {
                item["indicador"] = self.indicator(indicator)
            }
            return item
        })
        return values
    }

    private static func indicator(_ indicator: Indicator) -> Values {
        let unit = indicator.unidad ?? ""
        func valueText(_ value: Double?) -> String {
            guard let value else { return "—" }
            let number = ChileanNumber.compact(value)
            return unit == "%" ? number + " %" : number + (unit.isEmpty ? "" : " " + unit)
        }
        var goal = "—"
        switch indicator.meta {
        case .value(let value)?:
            goal = valueText(value)
            if let numerator = indicator.metaNumerador, let denominator = indicator.metaDenominador {
                goal += " (\(ChileanNumber.compact(numerator)) / \(ChileanNumber.compact(denominator)))"
            }
        case .notCommitted?: goal = "No comprometida"
        case nil: goal = "—"
        }
        var baseline = valueText(indicator.lineaBase)
        if let year = indicator.anioLineaBase, indicator.lineaBase != nil { baseline += " (\(year))" }
        return [
            "filas": [
                ["campo": "Nombre del indicador", "valor": indicator.nombre],
                ["campo": "Fórmula de cálculo", "valor": indicator.formula ?? "—"],
                ["campo": "Unidad de medida", "valor": unit.isEmpty ? "—" : unit],
                ["campo": "Numerador", "valor": indicator.numerador ?? "—"],
                ["campo": "Denominador", "valor": indicator.denominador ?? "—"],
                ["campo": "Línea base", "valor": baseline],
                ["campo": "Meta", "valor": goal],
                ["campo": "Fecha de medición", "valor": indicator.fechaMedicion.map(SpanishDate.short) ?? "—"],
                ["campo": "Medios de verificación", "valor": (indicator.mediosVerificacion ?? []).joined(separator: "; ").nonEmpty ?? "—"],
                ["campo": "Nota técnica", "valor": indicator.notaTecnica ?? "—"],
            ] as [Values]
        ]
    }
}

extension String {
    /// `nil` when empty.
    var nonEmpty: String? { isEmpty ? nil : self }
}
