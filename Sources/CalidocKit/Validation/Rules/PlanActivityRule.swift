import Foundation

/// R-PLAN-01…04: every plan activity has a responsible area, a target population, and an indicator
/// with formula and meta (DIPRES formulation style).
struct PlanActivityRule: ValidationRule {
    func check(_ workspace: Workspace, context: ValidationContext) -> [Diagnostic] {
        guard let plan = workspace.plan else { return [] }
        var found: [Diagnostic] = []
        func blank(_ text: String?) -> Bool { (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        for (index, activity) in plan.actividades.enumerated() {
            let name = "«\(activity.id)»"
            if blank(activity.areaResponsable) {
                found.append(context.diagnostic(
                    .error, "R-PLAN-01", es: "la actividad \(name) no tiene área responsable",
                    en: "activity \(name) has no responsible area", file: .plan, ["actividades", index],
                    hintES: "agregue «area_responsable»", hintEN: "add «area_responsable»",
                    formHintES: "complete «Área responsable»", formHintEN: "fill in «Responsible area»"))
            }
            if blank(activity.poblacionObjetivo) {
                found.append(context.diagnostic(
                    .error, "R-PLAN-02", es: "la actividad \(name) no indica su población objetivo",
                    en: "activity \(name) has no target population", file: .plan, ["actividades", index],
                    hintES: "agregue «poblacion_objetivo»", hintEN: "add «poblacion_objetivo»",
                    formHintES: "complete «Población objetivo»", formHintEN: "fill in «Target population»"))
            }
            guard let indicator = activity.indicador else {
                found.append(context.diagnostic(
                    .error, "R-PLAN-03", es: "la actividad \(name) no tiene indicador",
                    en: "activity \(name) has no indicator", file: .plan, ["actividades", index],
                    hintES: "agregue «indicador» con nombre, formula y meta",
                    hintEN: "add «indicador» with nombre, formula and meta",
                    formHintES: "complete el «Indicador»: nombre, fórmula de cálculo y meta",
                    formHintEN: "fill in the «Indicator»: name, formula and target"))
                continue
            }
            if blank(indicator.formula) {
                found.append(context.diagnostic(
                    .error, "R-PLAN-03", es: "el indicador de la actividad \(name) no tiene fórmula de cálculo",
                    en: "the indicator of activity \(name) has no formula", file: .plan,
                    ["actividades", index, "indicador"],
                    hintES: "p. ej. «(N° de … en el año t / N° total de … en el año t) * 100»",
                    hintEN: "e.g. «(N° de … en el año t / N° total de … en el año t) * 100»"))
            }
            if indicator.meta == nil {
                found.append(context.diagnostic(
                    .error, "R-PLAN-04", es: "el indicador de la actividad \(name) no tiene meta",
                    en: "the indicator of activity \(name) has no goal", file: .plan,
                    ["actividades", index, "indicador"],
                    hintES: "agregue «meta: 95» o «meta: no comprometida»",
                    hintEN: "add «meta: 95» or «meta: no comprometida»",
                    formHintES: "escriba la «Meta» (p. ej. 95) o «no comprometida»",
                    formHintEN: "write the «Target» (e.g. 95) or «no comprometida»"))
            }
            if case .value(let goal) = indicator.meta, isPercentage(indicator.unidad), !(0...100).contains(goal) {
                found.append(context.diagnostic(
                    .error, "R-PLAN-05", es: "la meta \(goal) de la actividad \(name) no es un porcentaje entre 0 y 100",
                    en: "goal \(goal) of activity \(name) is not a percentage between 0 and 100", file: .plan,
                    ["actividades", index, "indicador", "meta"]))
            }
        }
        return found
    }

    private func isPercentage(_ unit: String?) -> Bool {
        guard let unit = unit?.lowercased() else { return false }
        return unit == "%" || unit.hasPrefix("porcentaje")
    }
}
