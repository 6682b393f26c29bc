import Foundation

/// R-PAR-01…03: participants ≤ invited, breakdowns add up to at most the participants, dates in order.
struct ParticipationRule: ValidationRule {
    func check(_ workspace: Workspace, context: ValidationContext) -> [Diagnostic] {
        guard let participation = workspace.participation else { return [] }
        var found: [Diagnostic] = []
        for (index, instance) in participation.instancias.enumerated() {
            let path: [any PathComponentConvertible] = ["instancias", index]
            if instance.total <= 0 || instance.participantes < 0 || instance.participantes > instance.total {
                found.append(context.diagnostic(
                    .error, "R-PAR-01",
                    es: "«\(instance.nombre)»: participantes (\(instance.participantes)) debe estar entre 0 y el total (\(instance.total)), y el total ser mayor que cero",
                    en: "«\(instance.nombre)»: participants (\(instance.participantes)) must be between 0 and the total (\(instance.total)), and the total above zero",
                    file: .participacion, path + ["participantes"]))
            }
            for (position, breakdown) in (instance.desgloses ?? []).enumerated() {
                let sum = breakdown.categorias.reduce(0) { $0 + $1.participantes }
                if sum > instance.participantes {
                    found.append(context.diagnostic(
                        .error, "R-PAR-02",
                        es: "«\(breakdown.titulo)» suma \(sum) personas, más que las \(instance.participantes) participantes",
                        en: "«\(breakdown.titulo)» adds up to \(sum) people, more than the \(instance.participantes) participants",
                        file: .participacion, path + ["desgloses", position]))
                }
            }
            if let end = instance.hasta, let from = ISODate(instance.desde), let to = ISODate(end), to < from {
                found.append(context.diagnostic(
                    .error, "R-PAR-03", es: "«\(instance.nombre)»: la fecha «hasta» (\(end)) es anterior a «desde» (\(instance.desde))",
                    en: "«\(instance.nombre)»: «hasta» (\(end)) is before «desde» (\(instance.desde))",
                    file: .participacion, path + ["hasta"]))
            }
        }
        return found
    }
}

/// R-FEC-01: dates are ISO `AAAA-MM-DD` and real calendar dates.
struct DateRule: ValidationRule {
    func check(_ workspace: Workspace, context: ValidationContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        func checkDate(_ text: String?, _ file: InputFile, _ path: [any PathComponentConvertible]) {
            guard let text, ISODate(text) == nil else { return }
            found.append(context.diagnostic(
                .error, "R-FEC-01", es: "«\(text)» no es una fecha válida", en: "«\(text)» is not a valid date",
                file: file, path, hintES: "use el formato AAAA-MM-DD, p. ej. 2024-10-24",
                hintEN: "use the format YYYY-MM-DD, e.g. 2024-10-24"))
        }
        checkDate(workspace.manifest.version.fecha, .manifest, ["version", "fecha"])
        for (index, instance) in (workspace.participation?.instancias ?? []).enumerated() {
            checkDate(instance.desde, .participacion, ["instancias", index, "desde"])
            checkDate(instance.hasta, .participacion, ["instancias", index, "hasta"])
        }
        for (index, activity) in (workspace.plan?.actividades ?? []).enumerated() {
            checkDate(activity.plazo, .plan, ["actividades", index, "plazo"])
            checkDate(activity.indicador?.fechaMedicion, .plan, ["actividades", index, "indicador", "fecha_medicion"])
        }
        checkDate(workspace.recommendations?.fecha, .recomendaciones, ["fecha"])
        return found
    }
}

/// A calendar date parsed from `AAAA-MM-DD`, comparable.
struct ISODate: Comparable, Sendable {
    let year: Int
    let month: Int
    let day: Int

    init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        // Digits only (no sign, no spaces) and a year from 1: the JSON Schemas' `format: date`.
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            year >= 1, (1...12).contains(month)
        else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard (1...days).contains(day) else { return nil }
        (self.year, self.month, self.day) = (year, month, day)
    }

    static func < (a: ISODate, b: ISODate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
}
