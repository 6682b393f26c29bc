import Foundation

extension DiffBuilder {
    mutating func policy(_ old: Policy, _ new: Policy) {
        // The title and the headings of the strategic definitions: no rule of their own.
        add("politica", title: language.pick("Política de Calidad de Servicio", "Service quality policy"),
            residual(old, new, element: "campo", owner: DiffOwner(es: "de la Política", en: "of the policy")))
        add("contexto", title: language.pick("Contexto", "Context"),
            paragraphs(old.contexto.parrafos + (old.contexto.parrafosFinales ?? []),
                       new.contexto.parrafos + (new.contexto.parrafosFinales ?? []))
            + strategicDefinitions(old.definicionesEstrategicas, new.definicionesEstrategicas))
        add("principios", title: language.pick("Principios orientadores", "Guiding principles"),
            numberedItems(old.principios.items.map { ($0.id, $0.nombre, $0.descripcion, $0.motivo, $0.respondeA) },
                          new.principios.items.map { ($0.id, $0.nombre, $0.descripcion, $0.motivo, $0.respondeA) },
                          element: "principio", noun: .principle, joinedText: { "\($0): \($1 ?? "")" },
                          residual: { residual(old.principios.items[$0], new.principios.items[$1], element: "principio",
                                               id: new.principios.items[$1].id, owner: $2, motivo: new.principios.items[$1].motivo,
                                               respondeA: new.principios.items[$1].respondeA) })
            + paragraphs((old.principios.introduccion ?? []) + (old.principios.cierre ?? []),
                         (new.principios.introduccion ?? []) + (new.principios.cierre ?? [])))
        add("objetivos", title: language.pick("Objetivos", "Objectives"),
            numberedItems(old.objetivos.items.map { ($0.id, $0.titulo, $0.texto, $0.motivo, $0.respondeA) },
                          new.objetivos.items.map { ($0.id, $0.titulo, $0.texto, $0.motivo, $0.respondeA) },
                          element: "objetivo", noun: .objective, joinedText: Self.joined,
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
                          element: "termino", noun: .term, joinedText: { "\($0): \($1 ?? "")" }, numbered: false,
                          residual: { residual(old.glosario.items[$0], new.glosario.items[$1], element: "termino",
                                               id: new.glosario.items[$1].id, owner: $2, motivo: new.glosario.items[$1].motivo,
                                               respondeA: new.glosario.items[$1].respondeA) }))
    }

    /// Mission, vision and the institution's strategic objectives (shown in the Contexto).
    func strategicDefinitions(_ old: StrategicDefinitions, _ new: StrategicDefinitions) -> [Change] {
        var changes: [Change] = []
        let statements: [(String?, String?, String, String, String)] = [
            (old.mision, new.mision, "mision", "la misión", "mission"), (old.vision, new.vision, "vision", "la visión", "vision"),
        ]
        for (before, after, element, nounES, nounEN) in statements {
            let plainBefore = before.map { InlineWhitespace.collapse(RichText.plain($0)) }
            let plainAfter = after.map { InlineWhitespace.collapse(RichText.plain($0)) }
            guard plainBefore != plainAfter else { continue }
            let kind: Change.Kind = before == nil ? .agregado : after == nil ? .eliminado : .modificado
            let statement: String
            switch kind {
            case .agregado: statement = language.pick("Se incorpora \(nounES): \(quote(after ?? "")).", "The \(nounEN) is added: \(quote(after ?? "")).")
            case .eliminado: statement = language.pick("Se elimina \(nounES).", "The \(nounEN) is removed.")
            case .modificado, .ampliado, .movido, .agregado_general:
                statement = language.pick("Se modifica la redacción de \(nounES): \(quote(after ?? "")).", "The \(nounEN) is reworded: \(quote(after ?? "")).")
            }
            changes.append(change(kind, element, oldText: before, newText: after, statement: statement))
        }
        return changes + numberedItems(
            old.objetivos.map { ($0.id, $0.texto, nil, nil, nil) }, new.objetivos.map { ($0.id, $0.texto, nil, nil, nil) },
            element: "objetivo_institucional", noun: .institutionalObjective, joinedText: { title, _ in title },
            residual: { residual(old.objetivos[$0], new.objetivos[$1], element: "objetivo_institucional", id: new.objetivos[$1].id, owner: $2) })
    }

    typealias Item = (id: String?, title: String, text: String?, motivo: String?, respondeA: [String]?)

    /// Items with a title and a text, numbered by position: the deck names the old number.
    ///
    /// `residual` states, for each matched pair, the fields the title and text do not cover
    /// (``DiffCoverage``); it receives the old and new positions and what the fields belong to.
    func numberedItems(
        _ old: [Item], _ new: [Item], element: String, noun: DiffNoun,
        joinedText: (String, String?) -> String, numbered: Bool = true,
        residual: (_ old: Int, _ new: Int, _ owner: DiffOwner) -> [Change] = { _, _, _ in [] }
    ) -> [Change] {
        let matcher = ItemMatcher(old: old.map { ($0.id, joinedText($0.title, $0.text)) },
                                  new: new.map { ($0.id, joinedText($0.title, $0.text)) }, threshold: options.threshold)
        var changes: [Change] = []
        for index in matcher.removed {
            let item = old[index]
            let label = numbered ? " N°\(index + 1)" : ""
            changes.append(change(.eliminado, element, id: item.id, old: index + 1, oldText: joinedText(item.title, item.text),
                                  statement: language.pick("Se elimina \(noun.definite)\(label): \(quote(joinedText(item.title, item.text))).",
                                                           "\(noun.en.capitalized)\(label) is removed: \(quote(joinedText(item.title, item.text))).")))
        }
        for index in matcher.added {
            let item = new[index]
            let text = joinedText(item.title, item.text)
            let reason = item.motivo.map { ", " + $0 } ?? ""
            changes.append(change(.agregado, element, id: item.id, new: index + 1, newText: text, motivo: item.motivo, respondeA: item.respondeA,
                                  statement: language.pick("Se agrega \(noun.indefiniteNew)\(reason): \(quote(text)).",
                                                           "A new \(noun.en) is added\(reason): \(quote(text)).")))
        }
        for pair in matcher.pairs {
            let before = old[pair.old]
            let after = new[pair.new]
            let oldText = joinedText(before.title, before.text)
            let newText = joinedText(after.title, after.text)
            let label = numbered ? " N°\(pair.old + 1)" : " \(quote(before.title))"
            let others = residual(pair.old, pair.new, DiffOwner(noun, label: label))
            guard InlineWhitespace.collapse(RichText.plain(oldText)) != InlineWhitespace.collapse(RichText.plain(newText)) else {
                changes += others
                continue
            }
            changes.append(change(.modificado, element, id: after.id, old: pair.old + 1, new: pair.new + 1, oldText: oldText, newText: newText,
                                  motivo: after.motivo, respondeA: after.respondeA,
                                  statement: rewording(before, after, noun: noun, label: label, oldText: oldText, newText: newText),
                                  oldTitle: before.title, newTitle: after.title))
            changes += others
        }
        for newIndex in matcher.moved {
            guard let pair = matcher.pairs.first(where: { $0.new == newIndex }) else { continue }
            let item = new[newIndex]
            let place = numbered ? " N°\(pair.old + 1)" : ""
            changes.append(change(.movido, element, id: item.id, old: pair.old + 1, new: newIndex + 1,
                                  statement: language.pick("\(noun.definite.prefixCapitalized)\(place) \(quote(item.title)) pasa a ser el N°\(newIndex + 1).",
                                                           "\(noun.en.capitalized)\(place) \(quote(item.title)) becomes N°\(newIndex + 1).")))
        }
        return changes
    }

    /// The statement of a reworded item. A `motivo` says why, in the institution's words; without
    /// one, the statement says what changed when it is small: a renamed item names both names, a few
    /// words inserted, removed or replaced are quoted; otherwise the new text is quoted whole.
    func rewording(_ before: Item, _ after: Item, noun: DiffNoun, label: String, oldText: String, newText: String) -> String {
        if let motivo = after.motivo {
            return language.pick("Se modifica la redacción \(noun.ofDefinite)\(label), \(motivo): \(quote(newText)).",
                                 "The wording of \(noun.en)\(label) changes, \(motivo): \(quote(newText)).")
        }
        let plain = { (text: String?) in InlineWhitespace.collapse(RichText.plain(text ?? "")) }
        if let name = noun.titleName, plain(before.title) != plain(after.title), plain(before.text) == plain(after.text) {
            return language.pick("Se modifica \(name.es) \(noun.ofDefinite) \(quote(before.title)) a \(quote(after.title)).",
                                 "The \(name.en) of \(noun.en) \(quote(before.title)) changes to \(quote(after.title)).")
        }
        switch WordingEdit.between(oldText, newText) {
        case .inserted(let words):
            return language.pick("Se modifica la redacción \(noun.ofDefinite)\(label), incorporando \(quote(words)).",
                                 "The wording of \(noun.en)\(label) changes, adding \(quote(words)).")
        case .removed(let words):
            return language.pick("Se modifica la redacción \(noun.ofDefinite)\(label), eliminando \(quote(words)).",
                                 "The wording of \(noun.en)\(label) changes, removing \(quote(words)).")
        case .replaced(let old, let new):
            return language.pick("Se modifica la redacción \(noun.ofDefinite)\(label), reemplazando \(quote(old)) por \(quote(new)).",
                                 "The wording of \(noun.en)\(label) changes, replacing \(quote(old)) with \(quote(new)).")
        case nil:
            return language.pick("Se modifica la redacción \(noun.ofDefinite)\(label): \(quote(newText)).",
                                 "The wording of \(noun.en)\(label) changes: \(quote(newText)).")
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
                                  statement: language.pick(
                                    "Se identifica y se redacta específicamente la relación entre cada objetivo estratégico institucional con el objetivo de la Política.",
                                    "The relation between each institutional strategic objective and the policy objectives is identified and written out.")))
        } else {
            changes += numberedItems(before.map { ($0.id, text($0), nil, $0.motivo, $0.respondeA) },
                                     after.map { ($0.id, text($0), nil, $0.motivo, $0.respondeA) },
                                     element: "relacion", noun: .relation, joinedText: { title, _ in title },
                                     residual: { residual(before[$0], after[$1], element: "relacion", id: after[$1].id, owner: $2,
                                                          motivo: after[$1].motivo, respondeA: after[$1].respondeA) })
        }
        changes += paragraphs((old.relacion.introduccion ?? []) + (old.relacion.cierre ?? []),
                              (new.relacion.introduccion ?? []) + (new.relacion.cierre ?? []))
        add("relacion", title: language.pick("Relación con las definiciones estratégicas institucionales", "Relation to the strategic definitions"), changes)
    }
}
