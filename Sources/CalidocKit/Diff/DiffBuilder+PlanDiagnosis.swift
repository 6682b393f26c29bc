import Foundation

extension DiffBuilder {
    mutating func plan(_ old: ImprovementPlan, _ new: ImprovementPlan) {
        let describe: (PlanActivity) -> String = { "\($0.nombre) \($0.descripcion ?? "")" }
        let matcher = ItemMatcher(old: old.actividades.map { ($0.id, describe($0)) }, new: new.actividades.map { ($0.id, describe($0)) }, threshold: options.threshold)
        var changes: [Change] = []
        for index in matcher.removed {
            let item = old.actividades[index]
            changes.append(change(.eliminado, "actividad", id: item.id, old: index + 1, oldText: item.nombre,
                                  statement: say(.activity(.eliminado), ["id": item.id, "titulo": quote(item.nombre)])))
        }
        for index in matcher.added {
            let item = new.actividades[index]
            changes.append(change(.agregado, "actividad", id: item.id, new: index + 1, newText: item.nombre, motivo: item.motivo,
                                  respondeA: item.respondeA,
                                  statement: say(.activity(.agregado), ["id": item.id, "titulo": quote(item.nombre), "motivo": Self.reason(item.motivo)])))
        }
        for pair in matcher.pairs {
            let before = old.actividades[pair.old]
            let after = new.actividades[pair.new]
            var changed: [ActivityField] = []
            if before.nombre != after.nombre || before.descripcion != after.descripcion { changed.append(.descripcion) }
            if before.prioridad != after.prioridad { changed.append(.prioridad) }
            if before.areaResponsable != after.areaResponsable { changed.append(.area_responsable) }
            if before.poblacionObjetivo != after.poblacionObjetivo { changed.append(.poblacion_objetivo) }
            if before.plazo != after.plazo { changed.append(.plazo) }
            if before.justificacionPrioridad != after.justificacionPrioridad { changed.append(.justificacion_prioridad) }
            if before.objetivo != after.objetivo || before.directriz != after.directriz || before.ambito != after.ambito {
                changed.append(.vinculacion)
            }
            if before.indicador?.meta != after.indicador?.meta { changed.append(.meta) }
            // Any other indicator field (name, formula, baseline, unit, means of verification …).
            var indicatorBefore = before.indicador
            var indicatorAfter = after.indicador
            indicatorBefore?.meta = nil
            indicatorAfter?.meta = nil
            if indicatorBefore != indicatorAfter { changed.append(.indicador) }
            let fields = changed.map { say(.activityField($0)) }
            let others = residual(before, after, element: "actividad", id: after.id, owner: say(.activity(.referencia), ["id": after.id]),
                                  motivo: after.motivo, respondeA: after.respondeA)
            guard !fields.isEmpty else {
                changes += others
                continue
            }
            defer { changes += others }
            changes.append(change(.modificado, "actividad", id: after.id, old: pair.old + 1, new: pair.new + 1, oldText: describe(before),
                                  newText: describe(after), motivo: after.motivo, respondeA: after.respondeA,
                                  statement: say(.activity(.modificado), ["id": after.id, "campos": TemplateContext.spanishList(fields),
                                                                          "motivo": Self.reason(after.motivo)])))
        }
        changes += moves(matcher, element: "actividad", ids: new.actividades.map(\.id), titles: new.actividades.map(\.nombre),
                         phrase: .activity(.movido), extra: { ["id": new.actividades[$0].id] })
        changes += paragraphs((old.introduccion ?? []) + (old.criteriosPriorizacion ?? []) + (old.cierre ?? []),
                              (new.introduccion ?? []) + (new.criteriosPriorizacion ?? []) + (new.cierre ?? []))
        changes += residual(old, new, element: "campo", owner: owner(.plan))
        add("plan", title: language.pick("Plan de Mejoramiento", "Improvement plan"), changes)
    }

    mutating func diagnosis(_ old: Diagnosis, _ new: Diagnosis) {
        let groups: [(ItemElement, [Finding], [Finding])] = [
            (.fortaleza, old.fortalezas, new.fortalezas),
            (.debilidad, old.debilidades, new.debilidades),
            (.riesgo, old.riesgos, new.riesgos),
            (.punto_critico, old.puntosCriticos, new.puntosCriticos),
        ]
        var changes: [Change] = []
        for (noun, before, after) in groups {
            let items: ([Finding]) -> [Item] = { $0.map { ($0.id, $0.texto, nil, $0.motivo, $0.respondeA) } }
            changes += numberedItems(items(before), items(after), element: "hallazgo", item: noun,
                                     joinedText: { title, _ in title },
                                     residual: { residual(before[$0], after[$1], element: "hallazgo", id: after[$1].id, owner: $2,
                                                          motivo: after[$1].motivo, respondeA: after[$1].respondeA) })
        }
        let areasBefore = old.ambitosPrioritarios
        let areasAfter = new.ambitosPrioritarios
        changes += numberedItems(areasBefore.map { ($0.id, $0.nombre, $0.descripcion, $0.motivo, $0.respondeA) },
                                 areasAfter.map { ($0.id, $0.nombre, $0.descripcion, $0.motivo, $0.respondeA) },
                                 element: "ambito", item: .ambito, joinedText: Self.joined,
                                 residual: { residual(areasBefore[$0], areasAfter[$1], element: "ambito", id: areasAfter[$1].id, owner: $2,
                                                      motivo: areasAfter[$1].motivo, respondeA: areasAfter[$1].respondeA) })
        changes += paragraphs((old.introduccion ?? []) + (old.cierre ?? []), (new.introduccion ?? []) + (new.cierre ?? []))
        changes += residual(old, new, element: "campo", owner: owner(.diagnostico))
        add("diagnostico", title: language.pick("Diagnóstico", "Diagnosis"), changes)
    }
}
