import Foundation

extension DiffBuilder {
    /// User segments: when most segments gain the same fields, one statement per kind of change,
    /// as the deck writes it; otherwise one statement per segment.
    mutating func segments(_ old: [UserSegment], _ new: [UserSegment], motivo: String?) {
        let describe: (UserSegment) -> String = { "\($0.nombre): \($0.caracteristicas ?? "") \(($0.ejemplos ?? []).joined(separator: ", ")) \($0.vinculacion ?? "")" }
        // Matched on the name: a segment's characterisation may grow several-fold between versions
        // (the GORE sample's v2 → v3 scores 0.19–0.49 on the full text), its name stays.
        let matcher = ItemMatcher(old: old.map { ($0.id, $0.nombre) }, new: new.map { ($0.id, $0.nombre) }, threshold: options.threshold)
        var changes: [Change] = []
        for index in matcher.removed {
            changes.append(change(.eliminado, "segmento", id: old[index].id, old: index + 1, oldText: old[index].nombre,
                                  statement: language.pick("Se elimina el grupo de personas usuarias \(quote(old[index].nombre)).",
                                                           "User group \(quote(old[index].nombre)) is removed.")))
        }
        for index in matcher.added {
            changes.append(change(.agregado, "segmento", id: new[index].id, new: index + 1, newText: describe(new[index]), motivo: new[index].motivo,
                                  respondeA: new[index].respondeA,
                                  statement: language.pick("Se agrega un nuevo grupo de personas usuarias: \(quote(new[index].nombre)).",
                                                           "A new user group is added: \(quote(new[index].nombre)).")))
        }
        var characterised: [(old: Int, new: Int)] = []
        var gained: Set<String> = []
        var gainers = 0
        var others: [Change] = []
        for pair in matcher.pairs {
            let before = old[pair.old]
            let after = new[pair.new]
            var fields: [String] = []
            if before.numeroAproximado == nil && after.numeroAproximado != nil { fields.append("numero") }
            if (before.ejemplos ?? []).isEmpty && !(after.ejemplos ?? []).isEmpty { fields.append("ejemplos") }
            if before.vinculacion == nil && after.vinculacion != nil { fields.append("vinculacion") }
            if !Self.segmentFields(before, after).isEmpty { characterised.append((pair.old, pair.new)) }
            others += residual(before, after, element: "segmento", id: after.id, owner: DiffOwner(.userGroup, label: " \(quote(after.nombre))"),
                               motivo: after.motivo, respondeA: after.respondeA)
            if !fields.isEmpty { gainers += 1 }
            gained.formUnion(fields)
        }
        let respondeA = Array(Set(characterised.flatMap { new[$0.new].respondeA ?? [] })).sorted()
        if !characterised.isEmpty && characterised.count * 2 >= max(new.count, 1) {
            // calidoc can count what changed, not say why: the why comes from the section's `motivo`.
            let changed = Set(characterised.flatMap { Self.segmentFields(old[$0.old], new[$0.new]).map(\.es) })
            let named = Self.segmentFieldNames.filter { changed.contains($0.withArticle.es) }
            let counted = language.pick(
                "Se modifica la caracterización de \(characterised.count) de \(new.count) grupos de personas usuarias (\(TemplateContext.spanishList(named.map(\.bare.es))))",
                "The characterisation of \(characterised.count) of \(new.count) user groups changes (\(named.map(\.bare.en).joined(separator: ", ")))")
            let statement = motivo.map { Self.sentence($0) } ?? counted + "."
            changes.append(change(.agregado_general, "segmento", motivo: motivo, respondeA: respondeA, statement: statement))
            if gainers * 2 >= max(new.count, 1) {
                var parts: [String] = []
                if gained.contains("numero") { parts.append(language.pick("el número aproximado", "the approximate number")) }
                parts.append(language.pick("características", "characteristics"))
                if gained.contains("ejemplos") { parts.append(language.pick("ejemplos", "examples")) }
                let who = institution.sigla.map { language.pick("el \($0)", "the \($0)") } ?? (institution.nombreCorto ?? institution.nombre)
                var statement = language.pick("Se incorpora ", "It adds ")
                    + (gained.contains("vinculacion") ? parts.joined(separator: ", ") : TemplateContext.spanishList(parts))
                if gained.contains("vinculacion") {
                    statement += language.pick(" y la forma en que \(who) se vincula, o podría vincularse con ellos.",
                                               " and how \(who) relates, or could relate, to them.")
                } else {
                    statement += "."
                }
                changes.append(change(.agregado_general, "segmento", respondeA: respondeA, statement: statement))
            }
        } else {
            for pair in characterised {
                let before = old[pair.old]
                let after = new[pair.new]
                let fields = Self.segmentFields(before, after).map { language.pick($0.es, $0.en) }
                let reason = after.motivo.map { ", " + $0 } ?? ""
                changes.append(change(.modificado, "segmento", id: after.id, old: pair.old + 1, new: pair.new + 1, oldText: describe(before),
                                      newText: describe(after), motivo: after.motivo, respondeA: after.respondeA,
                                      statement: language.pick("Se modifica \(TemplateContext.spanishList(fields)) de \(quote(before.nombre))\(reason).",
                                                               "\(TemplateContext.spanishList(fields).prefixCapitalized) of \(quote(before.nombre)) change\(reason)."),
                                      oldTitle: before.nombre, newTitle: after.nombre))
            }
        }
        changes += others
        changes += moves(matcher, element: "segmento", ids: new.map(\.id), titles: new.map(\.nombre),
                         nounES: "el grupo de personas usuarias", nounEN: "user group")
        add("usuarios", title: language.pick("Caracterización de usuarios y usuarias de los servicios", "User characterisation"), changes)
    }

    /// The fields of a segment in the order statements name them, with and without their article.
    static let segmentFieldNames: [(withArticle: (es: String, en: String), bare: (es: String, en: String))] = [
        (("el nombre", "the name"), ("nombre", "name")),
        (("las características", "the characteristics"), ("características", "characteristics")),
        (("el número aproximado", "the approximate number"), ("número aproximado", "approximate number")),
        (("los ejemplos", "the examples"), ("ejemplos", "examples")),
        (("la vinculación", "the relationship"), ("vinculación", "relationship")),
    ]

    /// A `motivo` written as a sentence: capital first letter, one final period.
    static func sentence(_ text: String) -> String {
        var trimmed = InlineWhitespace.collapse(text).trimmingCharacters(in: .whitespaces)
        while trimmed.hasSuffix(".") { trimmed.removeLast() }
        return trimmed.prefixCapitalized + "."
    }

    /// The fields of a segment that differ, with their Spanish and English names.
    static func segmentFields(_ before: UserSegment, _ after: UserSegment) -> [(es: String, en: String)] {
        let differs = [
            before.nombre != after.nombre,
            (before.caracteristicas ?? "") != (after.caracteristicas ?? ""),
            before.numeroAproximado != after.numeroAproximado,
            (before.ejemplos ?? []) != (after.ejemplos ?? []),
            (before.vinculacion ?? "") != (after.vinculacion ?? ""),
        ]
        return zip(segmentFieldNames, differs).filter(\.1).map(\.0.withArticle)
    }

    mutating func actors(_ old: [Actor], _ new: [Actor]) {
        let describe: (Actor) -> String = { "\($0.actor) \($0.rol) \($0.responsabilidades.joined(separator: " "))" }
        // Matched on actor and role: responsibilities are often shared word for word between actors
        // (the sample's two "Representantes" score 0.78 on the full text).
        let key: (Actor) -> String = { "\($0.actor) \($0.rol)" }
        let matcher = ItemMatcher(old: old.map { ($0.id, key($0)) }, new: new.map { ($0.id, key($0)) }, threshold: options.threshold)
        var changes: [Change] = []
        for index in matcher.removed {
            changes.append(change(.eliminado, "rol", id: old[index].id, old: index + 1, oldText: describe(old[index]),
                                  statement: language.pick("Se elimina el rol de \(old[index].actor).", "The role of \(old[index].actor) is removed.")))
        }
        for index in matcher.added {
            let actor = new[index]
            let details = ["\(actor.actor):", language.pick("Rol: ", "Role: ") + actor.involucramiento.spanishLabel + ": " + RichText.plain(actor.rol),
                           language.pick("Responsabilidades/Funciones:", "Responsibilities/Functions:")]
            changes.append(change(.agregado, "rol", id: actor.id, new: index + 1, newText: describe(actor), motivo: actor.motivo, respondeA: actor.respondeA,
                                  statement: language.pick("Se incorpora un nuevo rol con sus responsabilidades/funciones:",
                                                           "A new role is added with its responsibilities/functions:"),
                                  details: details, list: actor.responsabilidades.map(RichText.plain)))
        }
        for pair in matcher.pairs {
            let before = old[pair.old]
            let after = new[pair.new]
            changes += actorChanges(before, after, old: pair.old + 1, new: pair.new + 1)
            changes += residual(before, after, element: "rol", id: after.id, owner: DiffOwner(.actorRole, label: " de \(after.actor)"),
                                motivo: after.motivo, respondeA: after.respondeA)
        }
        changes += moves(matcher, element: "rol", ids: new.map(\.id), titles: new.map(\.actor), nounES: "el rol de", nounEN: "role of")
        add("actores", title: language.pick("Actores y roles", "Actors and roles"), changes)
    }

    /// Items whose order relative to the others changed (not mere renumbering).
    func moves(_ matcher: ItemMatcher, element: String, ids: [String?], titles: [String], nounES: String, nounEN: String) -> [Change] {
        matcher.moved.compactMap { newIndex in
            guard let pair = matcher.pairs.first(where: { $0.new == newIndex }) else { return nil }
            return change(.movido, element, id: ids[newIndex], old: pair.old + 1, new: newIndex + 1,
                          statement: language.pick("Se cambia de posición \(nounES) \(quote(titles[newIndex])) (N°\(pair.old + 1) → N°\(newIndex + 1)).",
                                                   "The \(nounEN) \(quote(titles[newIndex])) moves (N°\(pair.old + 1) → N°\(newIndex + 1))."))
        }
    }

    mutating func guidelines(_ old: [Guideline], _ new: [Guideline]) {
        let matcher = ItemMatcher(old: old.map { ($0.id, Self.joined($0.titulo, $0.texto)) },
                                  new: new.map { ($0.id, Self.joined($0.titulo, $0.texto)) }, threshold: options.threshold)
        var changes: [Change] = []
        for index in matcher.removed {
            changes.append(change(.eliminado, "linea_accion", id: old[index].id, old: index + 1, oldText: Self.joined(old[index].titulo, old[index].texto),
                                  statement: language.pick("Se elimina la línea de acción relacionada a \(quote(old[index].titulo)).",
                                                           "The line of action on \(quote(old[index].titulo)) is removed."),
                                  oldTitle: old[index].titulo))
        }
        for index in matcher.added {
            let item = new[index]
            changes.append(change(.agregado, "linea_accion", id: item.id, new: index + 1, newText: Self.joined(item.titulo, item.texto), motivo: item.motivo,
                                  respondeA: item.respondeA,
                                  statement: language.pick("Se agrega una nueva línea de acción: \(quote(item.titulo)).",
                                                           "A new line of action is added: \(quote(item.titulo))."),
                                  newTitle: item.titulo))
        }
        for pair in matcher.pairs {
            let before = old[pair.old]
            let after = new[pair.new]
            let reason = after.motivo.map { ", " + $0 } ?? ""
            defer {
                changes += residual(before, after, element: "linea_accion", id: after.id,
                                    owner: DiffOwner(.lineOfAction, label: " \(quote(after.titulo))"), motivo: after.motivo, respondeA: after.respondeA)
            }
            if before.titulo != after.titulo {
                changes.append(change(.modificado, "linea_accion", id: after.id, old: pair.old + 1, new: pair.new + 1, oldText: Self.joined(before.titulo, before.texto),
                                      newText: Self.joined(after.titulo, after.texto), motivo: after.motivo, respondeA: after.respondeA,
                                      statement: language.pick("Se modifica la redacción de \(quote(before.titulo)) a \(quote(after.titulo))\(reason).",
                                                               "\(quote(before.titulo)) is reworded as \(quote(after.titulo))\(reason)."),
                                      oldTitle: before.titulo, newTitle: after.titulo))
            } else if RichText.plain(before.texto ?? "") != RichText.plain(after.texto ?? "") {
                changes.append(change(.modificado, "linea_accion", id: after.id, old: pair.old + 1, new: pair.new + 1, oldText: Self.joined(before.titulo, before.texto),
                                      newText: Self.joined(after.titulo, after.texto), motivo: after.motivo, respondeA: after.respondeA,
                                      statement: language.pick("Se modifica la redacción de la línea de acción \(quote(after.titulo))\(reason).",
                                                               "The line of action \(quote(after.titulo)) is reworded\(reason).")))
            }
        }
        changes += moves(matcher, element: "linea_accion", ids: new.map(\.id), titles: new.map(\.titulo), nounES: "la línea de acción", nounEN: "line of action")
        add("directrices", title: language.pick("Directrices y líneas de acción", "Guidelines and lines of action"), changes)
    }
}
