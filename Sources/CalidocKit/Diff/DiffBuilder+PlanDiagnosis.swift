import Foundation

extension DiffBuilder {
    mutating func plan(_ old: ImprovementPlan, _ new: ImprovementPlan) {
        let describe: (PlanActivity) -> String = { "\($0.nombre) \($0.descripcion ?? "")" }
        let matcher = ItemMatcher(old: old.actividades.map { ($0.id, describe($0)) }, new: new.actividades.map { ($0.id, describe($0)) }, threshold: options.threshold)
        var changes: [Change] = []
        for index in matcher.removed {
            let item = old.actividades[index]
            changes.append(change(.eliminado, "actividad", id: item.id, old: index + 1, oldText: item.nombre,
                                  statement: language.pick("Se elimina la actividad \(item.id): \(quote(item.nombre)).",
                                                           "Activity \(item.id) is removed: \(quote(item.nombre)).")))
        }
        for index in matcher.added {
            let item = new.actividades[index]
            changes.append(change(.agregado, "actividad", id: item.id, new: index + 1, newText: item.nombre, motivo: item.motivo,
                                  respondeA: item.respondeA,
                                  statement: language.pick("Se agrega la actividad \(item.id): \(quote(item.nombre)).",
                                                           "Activity \(item.id) is added: \(quote(item.nombre)).")))
        }
        for pair in matcher.pairs {
            let before = old.actividades[pair.old]
            let after = new.actividades[pair.new]
            var fields: [String] = []
            if before.nombre != after.nombre || before.descripcion != after.descripcion { fields.append(language.pick("la descripción", "the description")) }
            if before.prioridad != after.prioridad { fields.append(language.pick("la prioridad", "the priority")) }
            if before.areaResponsable != after.areaResponsable { fields.append(language.pick("el área responsable", "the responsible area")) }
            if before.poblacionObjetivo != after.poblacionObjetivo { fields.append(language.pick("la población objetivo", "the target population")) }
            if before.plazo != after.plazo { fields.append(language.pick("el plazo", "the deadline")) }
            if before.justificacionPrioridad != after.justificacionPrioridad {
                fields.append(language.pick("la justificación de la prioridad", "the priority rationale"))
            }
            if before.objetivo != after.objetivo || before.directriz != after.directriz || before.ambito != after.ambito {
                fields.append(language.pick("la vinculación con la Política y el diagnóstico", "the links to the policy and the diagnosis"))
            }
            if before.indicador?.meta != after.indicador?.meta { fields.append(language.pick("la meta", "the goal")) }
            // Any other indicator field (name, formula, baseline, unit, means of verification …).
            var indicatorBefore = before.indicador
            var indicatorAfter = after.indicador
            indicatorBefore?.meta = nil
            indicatorAfter?.meta = nil
            if indicatorBefore != indicatorAfter { fields.append(language.pick("el indicador", "the indicator")) }
            let others = residual(before, after, element: "actividad", id: after.id, owner: DiffOwner(.activity, label: " \(after.id)"),
                                  motivo: after.motivo, respondeA: after.respondeA)
            guard !fields.isEmpty else {
                changes += others
                continue
            }
            defer { changes += others }
            let reason = after.motivo.map { ", " + $0 } ?? ""
            changes.append(change(.modificado, "actividad", id: after.id, old: pair.old + 1, new: pair.new + 1, oldText: describe(before),
                                  newText: describe(after), motivo: after.motivo, respondeA: after.respondeA,
                                  statement: language.pick("Se modifica \(TemplateContext.spanishList(fields)) de la actividad \(after.id)\(reason).",
                                                           "Activity \(after.id): \(TemplateContext.spanishList(fields)) changed\(reason).")))
        }
        changes += moves(matcher, element: "actividad", ids: new.actividades.map(\.id), titles: new.actividades.map(\.nombre),
                         nounES: "la actividad", nounEN: "activity")
        changes += paragraphs((old.introduccion ?? []) + (old.criteriosPriorizacion ?? []) + (old.cierre ?? []),
                              (new.introduccion ?? []) + (new.criteriosPriorizacion ?? []) + (new.cierre ?? []))
        changes += residual(old, new, element: "campo", owner: DiffOwner(es: "del Plan de Mejoramiento", en: "of the improvement plan"))
        add("plan", title: language.pick("Plan de Mejoramiento", "Improvement plan"), changes)
    }

    mutating func diagnosis(_ old: Diagnosis, _ new: Diagnosis) {
        let groups: [(DiffNoun, [Finding], [Finding])] = [
            (.strength, old.fortalezas, new.fortalezas),
            (.weakness, old.debilidades, new.debilidades),
            (.risk, old.riesgos, new.riesgos),
            (.criticalPoint, old.puntosCriticos, new.puntosCriticos),
        ]
        var changes: [Change] = []
        for (noun, before, after) in groups {
            let items: ([Finding]) -> [Item] = { $0.map { ($0.id, $0.texto, nil, $0.motivo, $0.respondeA) } }
            changes += numberedItems(items(before), items(after), element: "hallazgo", noun: noun,
                                     joinedText: { title, _ in title }, numbered: false,
                                     residual: { residual(before[$0], after[$1], element: "hallazgo", id: after[$1].id, owner: $2,
                                                          motivo: after[$1].motivo, respondeA: after[$1].respondeA) })
        }
        let areasBefore = old.ambitosPrioritarios
        let areasAfter = new.ambitosPrioritarios
        changes += numberedItems(areasBefore.map { ($0.id, $0.nombre, $0.descripcion, $0.motivo, $0.respondeA) },
                                 areasAfter.map { ($0.id, $0.nombre, $0.descripcion, $0.motivo, $0.respondeA) },
                                 element: "ambito", noun: .priorityArea, joinedText: Self.joined,
                                 residual: { residual(areasBefore[$0], areasAfter[$1], element: "ambito", id: areasAfter[$1].id, owner: $2,
                                                      motivo: areasAfter[$1].motivo, respondeA: areasAfter[$1].respondeA) })
        changes += paragraphs((old.introduccion ?? []) + (old.cierre ?? []), (new.introduccion ?? []) + (new.cierre ?? []))
        changes += residual(old, new, element: "campo", owner: DiffOwner(es: "del Diagnóstico", en: "of the diagnosis"))
        add("diagnostico", title: language.pick("Diagnóstico", "Diagnosis"), changes)
    }
}
