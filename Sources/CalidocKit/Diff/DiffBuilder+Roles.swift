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
                                  statement: say(.segment(.eliminado), ["titulo": quote(old[index].nombre), "numero": "\(index + 1)"])))
        }
        for index in matcher.added {
            changes.append(change(.agregado, "segmento", id: new[index].id, new: index + 1, newText: describe(new[index]), motivo: new[index].motivo,
                                  respondeA: new[index].respondeA,
                                  statement: say(.segment(.agregado), ["titulo": quote(new[index].nombre), "numero_nuevo": "\(index + 1)",
                                                                       "motivo": Self.reason(new[index].motivo)])))
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
            others += residual(before, after, element: "segmento", id: after.id, owner: say(.segment(.referencia), Self.place(pair, before.nombre, after.nombre, { quote($0) })),
                               motivo: after.motivo, respondeA: after.respondeA)
            if !fields.isEmpty { gainers += 1 }
            gained.formUnion(fields)
        }
        let respondeA = Array(Set(characterised.flatMap { new[$0.new].respondeA ?? [] })).sorted()
        if !characterised.isEmpty && characterised.count * 2 >= max(new.count, 1) {
            // calidoc can count what changed, not say why: the why comes from the section's `motivo`.
            let changed = Set(characterised.flatMap { Self.segmentFields(old[$0.old], new[$0.new]) })
            let named = SegmentField.allCases.filter { changed.contains($0) }.map { say(.segmentField($0, .solo)) }
            // The Spanish list reads "a, b y c"; the English one has always been "a, b, c".
            let list = language == .es ? TemplateContext.spanishList(named) : named.joined(separator: ", ")
            let counted = say(.segment(.agregado_general), ["cuantos": "\(characterised.count)", "total": "\(new.count)", "campos": list])
            let statement = motivo.map { Self.sentence($0) } ?? counted
            changes.append(change(.agregado_general, "segmento", motivo: motivo, respondeA: respondeA, statement: statement))
            if gainers * 2 >= max(new.count, 1) {
                var parts: [String] = []
                if gained.contains("numero") { parts.append(say(.segmentField(.numero_aproximado, .conArticulo))) }
                parts.append(say(.segmentField(.caracteristicas, .solo)))
                if gained.contains("ejemplos") { parts.append(say(.segmentField(.ejemplos, .solo))) }
                let who = institution.sigla.map { say(.segment(.institucion), ["sigla": $0]) } ?? (institution.nombreCorto ?? institution.nombre)
                let statement = gained.contains("vinculacion")
                    ? say(.segment(.incorporados_con_vinculacion), ["campos": parts.joined(separator: ", "), "institucion": who])
                    : say(.segment(.incorporados), ["campos": TemplateContext.spanishList(parts)])
                changes.append(change(.agregado_general, "segmento", respondeA: respondeA, statement: statement))
            }
        } else {
            for pair in characterised {
                let before = old[pair.old]
                let after = new[pair.new]
                let fields = Self.segmentFields(before, after).map { say(.segmentField($0, .conArticulo)) }
                var values = Self.place(pair, before.nombre, after.nombre, { quote($0) })
                values["campos"] = TemplateContext.spanishList(fields)
                values["motivo"] = Self.reason(after.motivo)
                changes.append(change(.modificado, "segmento", id: after.id, old: pair.old + 1, new: pair.new + 1, oldText: describe(before),
                                      newText: describe(after), motivo: after.motivo, respondeA: after.respondeA,
                                      statement: say(.segment(.modificado), values), oldTitle: before.nombre, newTitle: after.nombre))
            }
        }
        changes += others
        changes += moves(matcher, element: "segmento", ids: new.map(\.id), titles: new.map(\.nombre), phrase: .segment(.movido))
        add("usuarios", title: language.pick("Caracterización de usuarios y usuarias de los servicios", "User characterisation"), changes)
    }

    /// `{titulo}`, `{titulo_nuevo}`, `{numero}` and `{numero_nuevo}` of a matched pair.
    static func place(_ pair: (old: Int, new: Int), _ before: String, _ after: String, _ quote: (String) -> String) -> [String: String] {
        ["titulo": quote(before), "titulo_nuevo": quote(after), "numero": "\(pair.old + 1)", "numero_nuevo": "\(pair.new + 1)"]
    }

    /// A `motivo` written as a sentence: capital first letter, one final period.
    static func sentence(_ text: String) -> String {
        var trimmed = InlineWhitespace.collapse(text).trimmingCharacters(in: .whitespaces)
        while trimmed.hasSuffix(".") { trimmed.removeLast() }
        return trimmed.prefixCapitalized + "."
    }

    /// The fields of a segment that differ, in the order statements name them.
    static func segmentFields(_ before: UserSegment, _ after: UserSegment) -> [SegmentField] {
        let differs: [(SegmentField, Bool)] = [
            (.nombre, before.nombre != after.nombre),
            (.caracteristicas, (before.caracteristicas ?? "") != (after.caracteristicas ?? "")),
            (.numero_aproximado, before.numeroAproximado != after.numeroAproximado),
            (.ejemplos, (before.ejemplos ?? []) != (after.ejemplos ?? [])),
            (.vinculacion, (before.vinculacion ?? "") != (after.vinculacion ?? "")),
        ]
        return differs.filter(\.1).map(\.0)
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
                                  statement: say(.actor(.eliminado), ["nombre_actor": old[index].actor])))
        }
        for index in matcher.added {
            let actor = new[index]
            let details = [say(.actor(.detalle_actor), ["nombre_actor": actor.actor]),
                           say(.actor(.detalle_rol), ["involucramiento": actor.involucramiento.spanishLabel, "rol": RichText.plain(actor.rol)]),
                           say(.actor(.detalle_responsabilidades))]
            changes.append(change(.agregado, "rol", id: actor.id, new: index + 1, newText: describe(actor), motivo: actor.motivo, respondeA: actor.respondeA,
                                  statement: say(.actor(.agregado), ["nombre_actor": actor.actor, "motivo": Self.reason(actor.motivo)]),
                                  details: details, list: actor.responsabilidades.map(RichText.plain)))
        }
        for pair in matcher.pairs {
            let before = old[pair.old]
            let after = new[pair.new]
            changes += actorChanges(before, after, old: pair.old + 1, new: pair.new + 1)
            var place = Self.place(pair, before.actor, after.actor, { quote($0) })
            place["nombre_actor"] = after.actor
            changes += residual(before, after, element: "rol", id: after.id, owner: say(.actor(.referencia), place),
                                motivo: after.motivo, respondeA: after.respondeA)
        }
        changes += moves(matcher, element: "rol", ids: new.map(\.id), titles: new.map(\.actor), phrase: .actor(.movido),
                         extra: { ["nombre_actor": new[$0].actor] })
        add("actores", title: language.pick("Actores y roles", "Actors and roles"), changes)
    }

    /// Items whose order relative to the others changed (not mere renumbering), each stated with
    /// `phrase` (`extra` adds placeholders of the item at a new position).
    func moves(
        _ matcher: ItemMatcher, element: String, ids: [String?], titles: [String], phrase: PhraseKey,
        extra: (Int) -> [String: String] = { _ in [:] }
    ) -> [Change] {
        matcher.moved.compactMap { newIndex in
            guard let pair = matcher.pairs.first(where: { $0.new == newIndex }) else { return nil }
            var values = extra(newIndex)
            values["titulo"] = quote(titles[newIndex])
            values["titulo_nuevo"] = quote(titles[newIndex])
            values["numero"] = "\(pair.old + 1)"
            values["numero_nuevo"] = "\(newIndex + 1)"
            return change(.movido, element, id: ids[newIndex], old: pair.old + 1, new: newIndex + 1, statement: say(phrase, values))
        }
    }

    mutating func guidelines(_ old: [Guideline], _ new: [Guideline]) {
        let matcher = ItemMatcher(old: old.map { ($0.id, Self.joined($0.titulo, $0.texto)) },
                                  new: new.map { ($0.id, Self.joined($0.titulo, $0.texto)) }, threshold: options.threshold)
        var changes: [Change] = []
        for index in matcher.removed {
            changes.append(change(.eliminado, "linea_accion", id: old[index].id, old: index + 1, oldText: Self.joined(old[index].titulo, old[index].texto),
                                  statement: say(.line(.eliminado), ["titulo": quote(old[index].titulo), "numero": "\(index + 1)"]),
                                  oldTitle: old[index].titulo))
        }
        for index in matcher.added {
            let item = new[index]
            changes.append(change(.agregado, "linea_accion", id: item.id, new: index + 1, newText: Self.joined(item.titulo, item.texto), motivo: item.motivo,
                                  respondeA: item.respondeA,
                                  statement: say(.line(.agregado), ["titulo": quote(item.titulo), "numero_nuevo": "\(index + 1)",
                                                                    "motivo": Self.reason(item.motivo)]),
                                  newTitle: item.titulo))
        }
        for pair in matcher.pairs {
            let before = old[pair.old]
            let after = new[pair.new]
            var values = Self.place(pair, before.titulo, after.titulo, { quote($0) })
            let owner = say(.line(.referencia), values)
            values["motivo"] = Self.reason(after.motivo)
            defer {
                changes += residual(before, after, element: "linea_accion", id: after.id,
                                    owner: owner, motivo: after.motivo, respondeA: after.respondeA)
            }
            if before.titulo != after.titulo {
                changes.append(change(.modificado, "linea_accion", id: after.id, old: pair.old + 1, new: pair.new + 1, oldText: Self.joined(before.titulo, before.texto),
                                      newText: Self.joined(after.titulo, after.texto), motivo: after.motivo, respondeA: after.respondeA,
                                      statement: say(.line(.renombrado), values),
                                      oldTitle: before.titulo, newTitle: after.titulo))
            } else if RichText.plain(before.texto ?? "") != RichText.plain(after.texto ?? "") {
                changes.append(change(.modificado, "linea_accion", id: after.id, old: pair.old + 1, new: pair.new + 1, oldText: Self.joined(before.titulo, before.texto),
                                      newText: Self.joined(after.titulo, after.texto), motivo: after.motivo, respondeA: after.respondeA,
                                      statement: say(.line(.modificado), values)))
            }
        }
        changes += moves(matcher, element: "linea_accion", ids: new.map(\.id), titles: new.map(\.titulo), phrase: .line(.movido))
        add("directrices", title: language.pick("Directrices y líneas de acción", "Guidelines and lines of action"), changes)
    }
}
