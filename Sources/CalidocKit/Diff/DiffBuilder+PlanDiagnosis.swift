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
            guard !fields.isEmpty else { continue }
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
        add("plan", title: language.pick("Plan de Mejoramiento", "Improvement plan"), changes)
    }

    mutating func diagnosis(_ old: Diagnosis, _ new: Diagnosis) {
        let groups: [(String, String, String, [Finding], [Finding])] = [
            ("fortalezas", "fortaleza", "strength", old.fortalezas, new.fortalezas),
            ("debilidades", "debilidad", "weakness", old.debilidades, new.debilidades),
            ("riesgos", "riesgo", "risk", old.riesgos, new.riesgos),
            ("puntos_criticos", "punto crítico", "critical point", old.puntosCriticos, new.puntosCriticos),
        ]
        var changes: [Change] = []
        for (_, nounES, nounEN, before, after) in groups {
            let items: ([Finding]) -> [Item] = { $0.map { ($0.id, $0.texto, nil, $0.motivo, $0.respondeA) } }
            let found = numberedItems(items(before), items(after), element: "hallazgo", nounES: nounES, nounEN: nounEN,
                                      joinedText: { title, _ in title }, numbered: false)
            changes += found.map { change in
                var change = change
                // "un nuevo punto crítico", "una nueva fortaleza": adjust the article for feminine nouns.
                if nounES == "fortaleza" || nounES == "debilidad" {
                    change.enunciado = change.enunciado.replacingOccurrences(of: "un nuevo \(nounES)", with: "una nueva \(nounES)")
                        .replacingOccurrences(of: "el \(nounES)", with: "la \(nounES)").replacingOccurrences(of: "del \(nounES)", with: "de la \(nounES)")
                }
                return change
            }
        }
        changes += numberedItems(old.ambitosPrioritarios.map { ($0.id, $0.nombre, $0.descripcion, $0.motivo, $0.respondeA) },
                                 new.ambitosPrioritarios.map { ($0.id, $0.nombre, $0.descripcion, $0.motivo, $0.respondeA) },
                                 element: "ambito", nounES: "ámbito prioritario", nounEN: "priority area", joinedText: Self.joined)
        changes += paragraphs((old.introduccion ?? []) + (old.cierre ?? []), (new.introduccion ?? []) + (new.cierre ?? []))
        add("diagnostico", title: language.pick("Diagnóstico", "Diagnosis"), changes)
    }
}
