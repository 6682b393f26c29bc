import CalidocKit
import PropertyBased

/// Generators of `plan.yaml` models: activities with DIPRES-style indicators, numbers as
/// institutions write them (whole numbers, two decimals, large counts) and goals that are a value
/// or «no comprometida».
enum PlanGenerators {
    typealias Text = TextGenerators

    /// A figure with at most two decimals, as indicators carry them.
    static let figure: AnyGenerator<Double> = Gen.int(in: 0...10_000_000).map { Double($0) / 100 }.eraseToAny()

    /// An ISO date `AAAA-MM-DD`.
    static let date: AnyGenerator<String> = zip(Gen.int(in: 2020...2030), Gen.int(in: 1...12), Gen.int(in: 1...28))
        .map { year, month, day in
            "\(year)-" + (month < 10 ? "0\(month)" : "\(month)") + "-" + (day < 10 ? "0\(day)" : "\(day)")
        }.eraseToAny()

    static let goal: AnyGenerator<Goal> = Gen.frequency([
        (weight: 3, gen: figure.map { Goal.value($0) }.eraseToAny()),
        (weight: 1, gen: Gen.always(Goal.notCommitted).eraseToAny()),
    ]).eraseToAny()

    static let indicator: AnyGenerator<Indicator> = zip(
        zip(Text.text, Text.optionalText, Text.element(of: ["%", "días hábiles", "número"]).optional),
        zip(Text.optionalText, Text.optionalText),
        zip(figure.optional, Gen.int(in: 2015...2030).optional, goal.optional),
        zip(figure.optional, figure.optional, date.optional),
        zip(Text.text.array(of: 1...2).optional, Text.optionalText)
    ).map { head, counts, baseline, expected, notes in
        Indicator(
            nombre: head.0, formula: head.1, unidad: head.2, numerador: counts.0, denominador: counts.1,
            lineaBase: baseline.0, anioLineaBase: baseline.1, meta: baseline.2, metaNumerador: expected.0,
            metaDenominador: expected.1, fechaMedicion: expected.2, mediosVerificacion: notes.0, notaTecnica: notes.1)
    }.eraseToAny()

    static let activity: AnyGenerator<PlanActivity> = zip(
        zip(Text.identifier, Text.text, Text.optionalText, Gen<Priority>.case.optional, Text.optionalText),
        zip(Text.optionalText, Text.optionalText),
        zip(Text.identifier.optional, Text.identifier.optional, Text.identifier.optional, date.optional),
        zip(indicator.optional(valueRate: 0.8), Text.optionalText, Text.identifiers)
    ).map { head, people, links, rest in
        PlanActivity(
            id: head.0, nombre: head.1, descripcion: head.2, prioridad: head.3, justificacionPrioridad: head.4,
            areaResponsable: people.0, poblacionObjetivo: people.1, objetivo: links.0, directriz: links.1,
            ambito: links.2, plazo: links.3, indicador: rest.0, motivo: rest.1, respondeA: rest.2)
    }.eraseToAny()

    /// A whole plan.
    static let plan: AnyGenerator<ImprovementPlan> = zip(
        Text.optionalText, Gen.int(in: 2020...2030).map { String($0) }, Text.optionalParagraphs,
        Text.optionalParagraphs, activity.array(of: 1...3), Text.optionalParagraphs
    ).map {
        ImprovementPlan(
            titulo: $0, periodo: $1, introduccion: $2, criteriosPriorizacion: $3, actividades: $4, cierre: $5)
    }.eraseToAny()
}
