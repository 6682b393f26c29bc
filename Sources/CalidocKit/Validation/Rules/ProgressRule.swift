/// R-AVA-01…08: the Informe de resultados (`avance.yaml`) agrees with the Plan: each entry names an
/// activity of the Plan (once), late or rescheduled activities say why, measurements are consistent
/// with the indicator's unit, dates are real and within the Plan's horizon, and an activity marked
/// cumplida reaches its meta or says why.
struct ProgressRule: ValidationRule {
    func check(_ workspace: Workspace, context: ValidationContext) -> [Diagnostic] {
        guard let report = workspace.progress else { return [] }
        var found: [Diagnostic] = []
        func problem(_ code: String, _ es: String, _ en: String, _ path: [any PathComponentConvertible],
                     hint: (es: String, en: String)? = nil, severity: Diagnostic.Severity = .error) {
            found.append(context.diagnostic(severity, code, es: es, en: en, file: .avance, path, hintES: hint?.es, hintEN: hint?.en))
        }
        guard let plan = workspace.plan else {
            // plan.yaml present with errors: those errors are the finding, not a missing plan.
            if context.unreadable.contains(.plan) { return found }
            problem("R-AVA-01", "el informe de resultados necesita el Plan de Mejoramiento (plan.yaml), que no está en el espacio de trabajo",
                    "the results report needs the improvement plan (plan.yaml), which is not in the workspace", ["actividades"])
            return found
        }
        let horizon = PlanHorizon(plan.periodo)
        let cutOff = ISODate(report.fechaCorte)
        if cutOff == nil {
            problem("R-FEC-01", "«\(report.fechaCorte)» no es una fecha válida", "«\(report.fechaCorte)» is not a valid date", ["fecha_corte"],
                    hint: ("use el formato AAAA-MM-DD, p. ej. 2025-12-31", "use the format YYYY-MM-DD, e.g. 2025-12-31"))
        }
        var seen: [String: Int] = [:]
        for (index, entry) in report.actividades.enumerated() {
            let path: [any PathComponentConvertible] = ["actividades", index]
            guard let activity = plan.actividades.first(where: { $0.id == entry.actividad }) else {
                let known = plan.actividades.map(\.id).joined(separator: ", ")
                problem("R-AVA-01", "«\(entry.actividad)» no es el id de ninguna actividad del Plan", "«\(entry.actividad)» is not the id of any activity of the plan",
                        path + ["actividad"], hint: ("actividades del Plan: \(known)", "activities of the plan: \(known)"))
                continue
            }
            if let first = seen[entry.actividad] {
                problem("R-AVA-01", "la actividad «\(entry.actividad)» ya se informó en la entrada N°\(first + 1)",
                        "activity «\(entry.actividad)» is already reported in entry N°\(first + 1)", path + ["actividad"])
            }
            seen[entry.actividad] = seen[entry.actividad] ?? index
            let reasoned = !(entry.justificacion ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            switch entry.estado {
            case .atrasada, .reprogramada:
                if !reasoned {
                    problem("R-AVA-02", "la actividad «\(entry.actividad)» está \(entry.estado.label.lowercased()): explique por qué",
                            "activity «\(entry.actividad)» is \(entry.estado.rawValue): say why", path + ["estado"],
                            hint: ("agregue «justificacion»", "add «justificacion»"))
                }
                if entry.estado == .reprogramada, entry.nuevoPlazo == nil {
                    problem("R-AVA-02", "la actividad «\(entry.actividad)» está reprogramada sin nuevo plazo",
                            "activity «\(entry.actividad)» is rescheduled without a new deadline", path + ["estado"],
                            hint: ("agregue «nuevo_plazo: AAAA-MM-DD»", "add «nuevo_plazo: YYYY-MM-DD»"))
                }
            case .cumplida:
                found += goalProblems(entry, activity: activity, reasoned: reasoned, path: path, context: context)
            case .noIniciada, .enCurso:
                break
            }
            found += measurementProblems(entry, activity: activity, path: path, context: context)
            found += dateProblems(entry, horizon: horizon, cutOff: cutOff, path: path, context: context)
        }
        for activity in plan.actividades where seen[activity.id] == nil {
            problem("R-AVA-03", "la actividad «\(activity.id)» del Plan no aparece en el informe de resultados",
                    "activity «\(activity.id)» of the plan is missing from the results report", ["actividades"],
                    hint: ("agregue una entrada con «actividad: \(activity.id)» y su «estado»", "add an entry with «actividad: \(activity.id)» and its «estado»"),
                    severity: .warning)
        }
        return found
    }

    /// R-AVA-04: cumplida means the meta was reached (or the entry says why not).
    private func goalProblems(
        _ entry: ActivityProgress, activity: PlanActivity, reasoned: Bool, path: [any PathComponentConvertible], context: ValidationContext
    ) -> [Diagnostic] {
        let result = ActivityCompliance(activity: activity, progress: entry)
        guard result.goal != nil, !reasoned else { return [] }
        if (entry.mediciones ?? []).isEmpty {
            return [context.diagnostic(.error, "R-AVA-04", es: "la actividad «\(entry.actividad)» está cumplida pero no tiene mediciones de su indicador",
                                       en: "activity «\(entry.actividad)» is marked cumplida but has no measurement of its indicator",
                                       file: .avance, path + ["estado"], hintES: "agregue «mediciones» (periodo, numerador, denominador) o una «justificacion»",
                                       hintEN: "add «mediciones» (periodo, numerador, denominador) or a «justificacion»",
                                       formHintES: "agregue una «Medición» (periodo, numerador, denominador) o escriba una «Justificación»",
                                       formHintEN: "add a «Measurement» (period, numerator, denominator) or write a «Justification»")]
        }
        guard result.reachesGoal == false else { return [] }
        let value = ActivityCompliance.display(result.latestValue)
        let goal = ActivityCompliance.display(result.goal)
        return [context.diagnostic(.error, "R-AVA-04", es: "la actividad «\(entry.actividad)» está cumplida pero su indicador (\(value)) no alcanza la meta (\(goal))",
                                   en: "activity «\(entry.actividad)» is marked cumplida but its indicator (\(value)) does not reach the goal (\(goal))",
                                   file: .avance, path + ["estado"], hintES: "explique en «justificacion» por qué se considera cumplida, o cambie el «estado»",
                                   hintEN: "explain in «justificacion» why it counts as done, or change «estado»",
                                   formHintES: "explique en «Justificación» por qué se considera cumplida, o cambie el «Estado»",
                                   formHintEN: "explain in «Justification» why it counts as done, or change the «State»")]
    }

    /// R-AVA-05/06: measurements need an indicator, a positive denominator, non-negative figures and,
    /// for a percentage, a numerator no larger than the denominator.
    private func measurementProblems(
        _ entry: ActivityProgress, activity: PlanActivity, path: [any PathComponentConvertible], context: ValidationContext
    ) -> [Diagnostic] {
        let measurements = entry.mediciones ?? []
        guard !measurements.isEmpty else { return [] }
        guard activity.indicador != nil else {
            return [context.diagnostic(.error, "R-AVA-05", es: "la actividad «\(entry.actividad)» tiene mediciones pero no tiene indicador en el Plan",
                                       en: "activity «\(entry.actividad)» has measurements but no indicator in the plan",
                                       file: .avance, path + ["mediciones"], hintES: "agregue el «indicador» de la actividad en plan.yaml",
                                       hintEN: "add the activity's «indicador» in plan.yaml",
                                       formHintES: "complete el «Indicador» de la actividad en el Plan de Mejoramiento",
                                       formHintEN: "fill in the activity's «Indicator» in the Improvement Plan")]
        }
        let percentage = ActivityCompliance(activity: activity, progress: entry).isPercentage
        var found: [Diagnostic] = []
        for (position, measurement) in measurements.enumerated() {
            let here = path + ["mediciones", position]
            let numerator = ActivityCompliance.display(measurement.numerador, decimals: 2)
            let denominator = ActivityCompliance.display(measurement.denominador, decimals: 2)
            if !(measurement.denominador > 0) {
                found.append(context.diagnostic(.error, "R-AVA-05", es: "medición «\(measurement.periodo)»: el denominador debe ser mayor que 0",
                                                en: "measurement «\(measurement.periodo)»: the denominator must be greater than 0",
                                                file: .avance, here + ["denominador"]))
            }
            if !(measurement.numerador >= 0) {
                found.append(context.diagnostic(.error, "R-AVA-05", es: "medición «\(measurement.periodo)»: el numerador no puede ser negativo",
                                                en: "measurement «\(measurement.periodo)»: the numerator cannot be negative",
                                                file: .avance, here + ["numerador"]))
            }
            if percentage, measurement.denominador > 0, measurement.numerador > measurement.denominador {
                found.append(context.diagnostic(.error, "R-AVA-06",
                                                es: "medición «\(measurement.periodo)»: el indicador se mide en %, y el numerador (\(numerator)) supera al denominador (\(denominator))",
                                                en: "measurement «\(measurement.periodo)»: the indicator is a percentage and the numerator (\(numerator)) exceeds the denominator (\(denominator))",
                                                file: .avance, here + ["numerador"],
                                                hintES: "el numerador cuenta una parte de lo que cuenta el denominador", hintEN: "the numerator counts part of what the denominator counts"))
            }
        }
        return found
    }

    /// R-FEC-01 and R-AVA-07/08: real dates, within the Plan's horizon, none after the cut-off date.
    private func dateProblems(
        _ entry: ActivityProgress, horizon: PlanHorizon?, cutOff: ISODate?, path: [any PathComponentConvertible], context: ValidationContext
    ) -> [Diagnostic] {
        var found: [Diagnostic] = []
        func check(_ text: String?, _ here: [any PathComponentConvertible], realized: Bool) {
            guard let text else { return }
            guard let date = ISODate(text) else {
                found.append(context.diagnostic(.error, "R-FEC-01", es: "«\(text)» no es una fecha válida", en: "«\(text)» is not a valid date",
                                                file: .avance, here, hintES: "use el formato AAAA-MM-DD, p. ej. 2025-06-30",
                                                hintEN: "use the format YYYY-MM-DD, e.g. 2025-06-30"))
                return
            }
            if let horizon, !horizon.contains(date) {
                found.append(context.diagnostic(.error, "R-AVA-07", es: "la fecha «\(text)» está fuera del período del Plan (\(horizon.label))",
                                                en: "date «\(text)» is outside the plan's period (\(horizon.label))", file: .avance, here))
            }
            if realized, let cutOff, date > cutOff {
                found.append(context.diagnostic(.error, "R-AVA-08", es: "la fecha real «\(text)» es posterior a la fecha de corte del informe",
                                                en: "the actual date «\(text)» is after the report's cut-off date", file: .avance, here,
                                                hintES: "un hito se informa cumplido solo si ocurrió antes del corte", hintEN: "report a milestone as done only if it happened before the cut-off"))
            }
        }
        for (position, milestone) in (entry.hitos ?? []).enumerated() {
            check(milestone.fechaPlanificada, path + ["hitos", position, "fecha_planificada"], realized: false)
            check(milestone.fechaReal, path + ["hitos", position, "fecha_real"], realized: true)
        }
        if let text = entry.nuevoPlazo, ISODate(text) == nil {
            check(text, path + ["nuevo_plazo"], realized: false)
        }
        return found
    }
}

/// The years a Plan covers, read from its `periodo` ("2025", "2025-2026", "2025–2026").
struct PlanHorizon {
    let first: Int
    let last: Int

    init?(_ period: String) {
        let years = period.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }.filter { (1900...2999).contains($0) }
        guard let first = years.min(), let last = years.max() else { return nil }
        (self.first, self.last) = (first, last)
    }

    func contains(_ date: ISODate) -> Bool { (first...last).contains(date.year) }

    var label: String { first == last ? "\(first)" : "\(first)–\(last)" }
}
