/// The template context of the Plan de Mejoramiento (`plan.mustache`).
struct PlanContext: TemplateRecord {
    let titulo: String
    let institucion: TemplateContext.InstitutionKeys
    let version: TemplateContext.VersionKeys
    let pmg: TemplateContext.PMGKeys
    let periodo: String
    let introduccion: [TemplateContext.HTMLParagraph]
    let criterios: [TemplateContext.HTMLParagraph]
    let tieneCriterios: Bool
    let cierre: [TemplateContext.HTMLParagraph]
    let actividades: [Activity]

    /// One activity of the plan.
    struct Activity: TemplateRecord {
        let id: String
        let nombre: String
        let descripcion: [TemplateContext.HTMLParagraph]
        let prioridad: String
        let justificacionPrioridad: String
        let area: String
        let poblacion: String
        let plazo: String
        let vinculos: [Link]
        let tieneVinculos: Bool
        let indicador: Indicator?
        let numero: String
        let romano: String
    }

    /// What the activity answers: an objective, a guideline, a priority area.
    struct Link: TemplateRecord {
        let etiqueta: String
        let texto: String
    }

    /// The activity's indicator, as the rows of its table.
    struct Indicator: TemplateRecord {
        let filas: [Row]
    }

    /// One row of the indicator table.
    struct Row: TemplateRecord {
        let campo: String
        let valor: String
    }
}

extension TemplateContext {
    static func plan(_ plan: ImprovementPlan, workspace: Workspace) -> PlanContext {
        let title = plan.titulo ?? "Plan de Mejoramiento de la Calidad de Servicio y Experiencia Usuaria \(plan.periodo)"
        let common = common(workspace, title: title)
        let objectives = workspace.policy?.objetivos.items ?? []
        let guidelines = workspace.policy?.directrices.items ?? []
        let areas = workspace.diagnosis?.ambitosPrioritarios ?? []
        let activities = plan.actividades.enumerated().map { position, activity in
            var links: [PlanContext.Link] = []
            if let id = activity.objetivo, let index = objectives.firstIndex(where: { $0.id == id }) {
                links.append(PlanContext.Link(etiqueta: "Objetivo de la Política", texto: "N°\(index + 1): \(RichText.plain(objectives[index].titulo))"))
            }
            if let id = activity.directriz, let guideline = guidelines.first(where: { $0.id == id }) {
                links.append(PlanContext.Link(etiqueta: "Directriz", texto: RichText.plain(guideline.titulo)))
            }
            if let id = activity.ambito, let area = areas.first(where: { $0.id == id }) {
                links.append(PlanContext.Link(etiqueta: "Ámbito prioritario", texto: area.nombre))
            }
            let number = numbers(position)
            return PlanContext.Activity(
                id: activity.id,
                nombre: activity.nombre,
                descripcion: paragraphs(activity.descripcion),
                prioridad: activity.prioridad.map { $0.rawValue.prefixCapitalized } ?? "—",
                justificacionPrioridad: activity.justificacionPrioridad ?? "",
                area: activity.areaResponsable ?? "—",
                poblacion: activity.poblacionObjetivo ?? "—",
                plazo: activity.plazo.map(SpanishDate.short) ?? "—",
                vinculos: links,
                tieneVinculos: !links.isEmpty,
                indicador: activity.indicador.map(indicator),
                numero: number.numero, romano: number.romano)
        }
        return PlanContext(
            titulo: common.titulo, institucion: common.institucion, version: common.version, pmg: common.pmg,
            periodo: plan.periodo,
            introduccion: paragraphs(plan.introduccion),
            criterios: paragraphs(plan.criteriosPriorizacion),
            tieneCriterios: !(plan.criteriosPriorizacion ?? []).isEmpty,
            cierre: paragraphs(plan.cierre),
            actividades: activities)
    }

    private static func indicator(_ indicator: Indicator) -> PlanContext.Indicator {
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
        let rows: [(String, String)] = [
            ("Nombre del indicador", indicator.nombre),
            ("Fórmula de cálculo", indicator.formula ?? "—"),
            ("Unidad de medida", unit.isEmpty ? "—" : unit),
            ("Numerador", indicator.numerador ?? "—"),
            ("Denominador", indicator.denominador ?? "—"),
            ("Línea base", baseline),
            ("Meta", goal),
            ("Fecha de medición", indicator.fechaMedicion.map(SpanishDate.short) ?? "—"),
            ("Medios de verificación", (indicator.mediosVerificacion ?? []).joined(separator: "; ").nonEmpty ?? "—"),
            ("Nota técnica", indicator.notaTecnica ?? "—"),
        ]
        return PlanContext.Indicator(filas: rows.map { PlanContext.Row(campo: $0.0, valor: $0.1) })
    }
}

extension String {
    /// `nil` when empty.
    var nonEmpty: String? { isEmpty ? nil : self }
}
