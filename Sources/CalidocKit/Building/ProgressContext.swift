/// The template context of the Informe de resultados del Plan de Mejoramiento (`informe.mustache`).
struct ProgressContext: TemplateRecord {
    let titulo: String
    let institucion: TemplateContext.InstitutionKeys
    let version: TemplateContext.VersionKeys
    let pmg: TemplateContext.PMGKeys
    let periodo: String
    let fechaCorte: String
    let introduccion: [TemplateContext.HTMLParagraph]
    let conclusiones: [TemplateContext.HTMLParagraph]
    let tieneConclusiones: Bool
    let estados: [StateCount]
    let totalActividades: String
    /// Present when there is something to chart.
    let grafico: Chart?
    let actividades: [Activity]

    /// How many activities are in one state.
    struct StateCount: TemplateRecord {
        let estado: String
        let cantidad: String
    }

    /// The compliance chart.
    struct Chart: TemplateRecord {
        let src: String
        let alt: String
    }

    /// One activity's results.
    struct Activity: TemplateRecord {
        let id: String
        let nombre: String
        let estado: String
        let justificacion: [TemplateContext.HTMLParagraph]
        let plazo: String
        let indicador: String
        let meta: String
        let resultado: String
        let cumplimiento: String
        let comentario: [TemplateContext.HTMLParagraph]
        /// Present only when the deadline moved: Mustache shows a section for any present key.
        let nuevoPlazo: String?
        let hitos: [Milestone]
        let tieneHitos: Bool
        let mediciones: [Measurement]
        let tieneMediciones: Bool
        let numero: String
        let romano: String
    }

    /// A milestone of an activity.
    struct Milestone: TemplateRecord {
        let nombre: String
        let planificada: String
        let real: String
        let medios: String
    }

    /// One measurement of an activity's indicator.
    struct Measurement: TemplateRecord {
        let periodo: String
        let numerador: String
        let denominador: String
        let valor: String
    }
}

extension TemplateContext {
    static func progress(_ report: PlanProgress, workspace: Workspace) -> ProgressContext {
        let title = report.titulo ?? "Informe de resultados del Plan de Mejoramiento \(report.periodo)"
        let common = common(workspace, title: title)
        let results = ActivityCompliance.all(report, plan: workspace.plan)
        let counts = ActivityState.allCases.map { state in (state, results.filter { $0.progress.estado == state }.count) }
        return ProgressContext(
            titulo: common.titulo, institucion: common.institucion, version: common.version, pmg: common.pmg,
            periodo: report.periodo,
            fechaCorte: SpanishDate.long(report.fechaCorte),
            introduccion: paragraphs(report.introduccion),
            conclusiones: paragraphs(report.conclusiones),
            tieneConclusiones: !(report.conclusiones ?? []).isEmpty,
            estados: counts.filter { $0.1 > 0 }.map { ProgressContext.StateCount(estado: $0.0.label, cantidad: "\($0.1)") },
            totalActividades: "\(results.count)",
            grafico: ComplianceChart.resource(results) == nil
                ? nil
                : ProgressContext.Chart(src: ComplianceChart.resourceName, alt: "Gráfico de barras: cumplimiento de la meta por actividad"),
            actividades: results.enumerated().map(activity))
    }

    private static func activity(_ index: Int, _ result: ActivityCompliance) -> ProgressContext.Activity {
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
        let milestones = (progress.hitos ?? []).map { milestone in
            ProgressContext.Milestone(
                nombre: milestone.nombre,
                planificada: SpanishDate.short(milestone.fechaPlanificada),
                real: milestone.fechaReal.map(SpanishDate.short) ?? "Pendiente",
                medios: (milestone.mediosVerificacion ?? []).joined(separator: "; ").nonEmpty ?? "—")
        }
        let measurements = (progress.mediciones ?? []).map { measurement in
            ProgressContext.Measurement(
                periodo: measurement.periodo,
                numerador: ActivityCompliance.display(measurement.numerador, decimals: 2),
                denominador: ActivityCompliance.display(measurement.denominador, decimals: 2),
                valor: measured(result.value(of: measurement)))
        }
        let number = numbers(index)
        return ProgressContext.Activity(
            id: progress.actividad,
            nombre: result.activity?.nombre ?? progress.actividad,
            estado: progress.estado.label,
            justificacion: paragraphs(progress.justificacion),
            plazo: result.activity?.plazo.map(SpanishDate.short) ?? "—",
            indicador: indicator?.nombre ?? "—",
            meta: goal,
            resultado: measured(result.latestValue),
            cumplimiento: result.percentOfGoal.map { ActivityCompliance.display($0, decimals: 0) + " %" } ?? "—",
            comentario: paragraphs(progress.comentario),
            nuevoPlazo: progress.nuevoPlazo.map(SpanishDate.short),
            hitos: milestones,
            tieneHitos: !milestones.isEmpty,
            mediciones: measurements,
            tieneMediciones: !measurements.isEmpty,
            numero: number.numero, romano: number.romano)
    }
}
