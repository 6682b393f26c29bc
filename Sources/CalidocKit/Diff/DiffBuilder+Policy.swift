import Foundation

extension DiffBuilder {
    mutating func policy(_ old: Policy, _ new: Policy) {
        // The title and the headings of the strategic definitions: no rule of their own.
        add("politica", title: language.pick("Política de Calidad de Servicio", "Service quality policy"),
            residual(old, new, element: "campo", owner: owner(.politica)))
        add("contexto", title: language.pick("Contexto", "Context"),
            paragraphs(old.contexto.parrafos + (old.contexto.parrafosFinales ?? []),
                       new.contexto.parrafos + (new.contexto.parrafosFinales ?? []))
            + strategicDefinitions(old.definicionesEstrategicas, new.definicionesEstrategicas))
        add("principios", title: language.pick("Principios orientadores", "Guiding principles"),
            numberedItems(old.principios.items.map { ($0.id, $0.nombre, $0.descripcion, $0.motivo, $0.respondeA) },
                          new.principios.items.map { ($0.id, $0.nombre, $0.descripcion, $0.motivo, $0.respondeA) },
                          element: "principio", item: .principio, joinedText: { "\($0): \($1 ?? "")" },
                          residual: { residual(old.principios.items[$0], new.principios.items[$1], element: "principio",
                                               id: new.principios.items[$1].id, owner: $2, motivo: new.principios.items[$1].motivo,
                                               respondeA: new.principios.items[$1].respondeA) })
            + paragraphs((old.principios.introduccion ?? []) + (old.principios.cierre ?? []),
                         (new.principios.introduccion ?? []) + (new.principios.cierre ?? [])))
        add("objetivos", title: language.pick("Objetivos", "Objectives"),
            numberedItems(old.objetivos.items.map { ($0.id, $0.titulo, $0.texto, $0.motivo, $0.respondeA) },
                          new.objetivos.items.map { ($0.id, $0.titulo, $0.texto, $0.motivo, $0.respondeA) },
                          element: "objetivo", item: .objetivo, joinedText: Self.joined,
                          residual: { residual(old.objetivos.items[$0], new.objetivos.items[$1], element: "objetivo",
                                               id: new.objetivos.items[$1].id, owner: $2, motivo: new.objetivos.items[$1].motivo,
                                               respondeA: new.objetivos.items[$1].respondeA) })
            + paragraphs((old.objetivos.introduccion ?? []) + (old.objetivos.cierre ?? []),
                         (new.objetivos.introduccion ?? []) + (new.objetivos.cierre ?? [])))
        relations(old, new)
        segments(old.usuarios.items, new.usuarios.items, motivo: new.usuarios.motivo)
        add("usuarios", title: language.pick("Caracterización de usuarios y usuarias de los servicios", "User characterisation"),
            paragraphs((old.usuarios.introduccion ?? []) + (old.usuarios.cierre ?? []),
                       (new.usuarios.introduccion ?? []) + (new.usuarios.cierre ?? [])))
        actors(old.actores.items, new.actores.items)
        add("actores", title: language.pick("Actores y roles", "Actors and roles"),
            paragraphs((old.actores.introduccion ?? []) + (old.actores.cierre ?? []),
                       (new.actores.introduccion ?? []) + (new.actores.cierre ?? [])))
        guidelines(old.directrices.items, new.directrices.items)
        add("directrices", title: language.pick("Directrices y líneas de acción", "Guidelines and lines of action"),
            paragraphs((old.directrices.introduccion ?? []) + (old.directrices.cierre ?? []),
                       (new.directrices.introduccion ?? []) + (new.directrices.cierre ?? [])))
        add("glosario", title: language.pick("Glosario", "Glossary"),
            numberedItems(old.glosario.items.map { ($0.id, $0.termino, $0.definicion, $0.motivo, $0.respondeA) },
                          new.glosario.items.map { ($0.id, $0.termino, $0.definicion, $0.motivo, $0.respondeA) },
                          element: "termino", item: .termino, joinedText: { "\($0): \($1 ?? "")" },
                          residual: { residual(old.glosario.items[$0], new.glosario.items[$1], element: "termino",
                                               id: new.glosario.items[$1].id, owner: $2, motivo: new.glosario.items[$1].motivo,
                                               respondeA: new.glosario.items[$1].respondeA) }))
    }

    /// Mission, vision and the institution's strategic objectives (shown in the Contexto).
    func strategicDefinitions(_ old: StrategicDefinitions, _ new: StrategicDefinitions) -> [Change] {
        var changes: [Change] = []
        let statements: [(String?, String?, StrategicText)] = [(old.mision, new.mision, .mision), (old.vision, new.vision, .vision)]
        for (before, after, element) in statements {
            let plainBefore = before.map { InlineWhitespace.collapse(RichText.plain($0)) }
            let plainAfter = after.map { InlineWhitespace.collapse(RichText.plain($0)) }
            guard plainBefore != plainAfter else { continue }
            let kind: Change.Kind = before == nil ? .agregado : after == nil ? .eliminado : .modificado
            let values = ["texto": quote(after ?? "")]
            let statement: String
            switch kind {
            case .agregado: statement = say(.strategic(element, .agregado), values)
            case .eliminado: statement = say(.strategic(element, .eliminado), values)
            case .modificado, .ampliado, .movido, .agregado_general: statement = say(.strategic(element, .modificado), values)
            }
            changes.append(change(kind, element.rawValue, oldText: before, newText: after, statement: statement))
        }
        return changes + numberedItems(
            old.objetivos.map { ($0.id, $0.texto, nil, nil, nil) }, new.objetivos.map { ($0.id, $0.texto, nil, nil, nil) },
            element: "objetivo_institucional", item: .objetivo_institucional, joinedText: { title, _ in title },
            residual: { residual(old.objetivos[$0], new.objetivos[$1], element: "objetivo_institucional", id: new.objetivos[$1].id, owner: $2) })
    }

    typealias Item = (id: String?, title: String, text: String?, motivo: String?, respondeA: [String]?)

    /// Items with a title and a text, numbered by position: the deck names the old number.
    ///
    /// `residual` states, for each matched pair, the fields the title and text do not cover
    /// (``DiffCoverage``); it receives the old and new positions and what the fields belong to
    /// (the item's `referencia` phrase).
    func numberedItems(
        _ old: [Item], _ new: [Item], element: String, item kind: ItemElement,
        joinedText: (String, String?) -> String,
        residual: (_ old: Int, _ new: Int, _ owner: String) -> [Change] = { _, _, _ in [] }
    ) -> [Change] {
        let matcher = ItemMatcher(old: old.map { ($0.id, joinedText($0.title, $0.text)) },
                                  new: new.map { ($0.id, joinedText($0.title, $0.text)) }, threshold: options.threshold)
        var changes: [Change] = []
        for index in matcher.removed {
            let item = old[index]
            changes.append(change(.eliminado, element, id: item.id, old: index + 1, oldText: joinedText(item.title, item.text),
                                  statement: say(.item(kind, .eliminado), ["texto": quote(joinedText(item.title, item.text)),
                                                                           "titulo": quote(item.title), "numero": "\(index + 1)"])))
        }
        for index in matcher.added {
            let item = new[index]
            let text = joinedText(item.title, item.text)
            changes.append(change(.agregado, element, id: item.id, new: index + 1, newText: text, motivo: item.motivo, respondeA: item.respondeA,
                                  statement: say(.item(kind, .agregado), ["texto": quote(text), "titulo": quote(item.title),
                                                                          "numero_nuevo": "\(index + 1)", "motivo": Self.reason(item.motivo)])))
        }
        for pair in matcher.pairs {
            let before = old[pair.old]
            let after = new[pair.new]
            let oldText = joinedText(before.title, before.text)
            let newText = joinedText(after.title, after.text)
            let place = ["titulo": quote(before.title), "titulo_nuevo": quote(after.title),
                         "numero": "\(pair.old + 1)", "numero_nuevo": "\(pair.new + 1)"]
            let others = residual(pair.old, pair.new, say(.item(kind, .referencia), place))
            guard InlineWhitespace.collapse(RichText.plain(oldText)) != InlineWhitespace.collapse(RichText.plain(newText)) else {
                changes += others
                continue
            }
            changes.append(change(.modificado, element, id: after.id, old: pair.old + 1, new: pair.new + 1, oldText: oldText, newText: newText,
                                  motivo: after.motivo, respondeA: after.respondeA,
                                  statement: rewording(before, after, item: kind, place: place, oldText: oldText, newText: newText),
                                  oldTitle: before.title, newTitle: after.title))
            changes += others
        }
        for newIndex in matcher.moved {
            guard let pair = matcher.pairs.first(where: { $0.new == newIndex }) else { continue }
            let item = new[newIndex]
            changes.append(change(.movido, element, id: item.id, old: pair.old + 1, new: newIndex + 1,
                                  statement: say(.item(kind, .movido), ["titulo": quote(old[pair.old].title), "titulo_nuevo": quote(item.title),
                                                                        "numero": "\(pair.old + 1)", "numero_nuevo": "\(newIndex + 1)"])))
        }
        return changes
    }

    /// The statement of a reworded item. A `motivo` says why, in the institution's words; without
    /// one, the statement says what changed when it is small: a renamed item names both names, a few
    /// words inserted, removed or replaced are quoted; otherwise the new text is quoted whole.
    func rewording(_ before: Item, _ after: Item, item kind: ItemElement, place: [String: String], oldText: String, newText: String) -> String {
        var values = place
        values["texto"] = quote(newText)
        values["texto_anterior"] = quote(oldText)
        if let motivo = after.motivo {
            values["motivo"] = Self.reason(motivo)
            return say(.item(kind, .modificado_con_motivo), values)
        }
        let plain = { (text: String?) in InlineWhitespace.collapse(RichText.plain(text ?? "")) }
        if kind.hasSeparateTitle, plain(before.title) != plain(after.title), plain(before.text) == plain(after.text) {
            return say(.item(kind, .renombrado), values)
        }
        switch WordingEdit.between(oldText, newText) {
        case .inserted(let words):
            values["palabras"] = quote(words)
            return say(.item(kind, .incorporando), values)
        case .removed(let words):
            values["palabras"] = quote(words)
            return say(.item(kind, .eliminando), values)
        case .replaced(let old, let new):
            values["anterior"] = quote(old)
            values["nuevo"] = quote(new)
            return say(.item(kind, .reemplazando), values)
        case nil:
            return say(.item(kind, .modificado), values)
        }
    }

    mutating func relations(_ old: Policy, _ new: Policy) {
        let before = old.relacion.relaciones ?? []
        let after = new.relacion.relaciones ?? []
        var changes: [Change] = []
        let text: (StrategicRelation) -> String = { $0.texto ?? ($0.objetivosPolitica + $0.objetivosInstitucionales).joined(separator: " ") }
        if before.isEmpty && after.count >= max(1, new.objetivos.items.count / 2) {
            // The deck's wording when the relation is written out objective by objective for the first time.
            changes.append(change(.agregado_general, "relacion", respondeA: Array(Set(after.flatMap { $0.respondeA ?? [] })).sorted(),
                                  statement: say(.relationsWrittenOut)))
        } else {
            changes += numberedItems(before.map { ($0.id, text($0), nil, $0.motivo, $0.respondeA) },
                                     after.map { ($0.id, text($0), nil, $0.motivo, $0.respondeA) },
                                     element: "relacion", item: .relacion, joinedText: { title, _ in title },
                                     residual: { residual(before[$0], after[$1], element: "relacion", id: after[$1].id, owner: $2,
                                                          motivo: after[$1].motivo, respondeA: after[$1].respondeA) })
        }
        changes += paragraphs((old.relacion.introduccion ?? []) + (old.relacion.cierre ?? []),
                              (new.relacion.introduccion ?? []) + (new.relacion.cierre ?? []))
        add("relacion", title: language.pick("Relación con las definiciones estratégicas institucionales", "Relation to the strategic definitions"), changes)
    }
}
