import Foundation

extension ChangeSet {
    /// Compares two validated versions section by section. Pure: no I/O.
    ///
    /// - Parameters:
    ///   - old: The earlier version.
    ///   - new: The later version.
    ///   - language: Language of the statements.
    ///   - options: Similarity threshold and quotation marks.
    public static func compute(
        old: ValidatedWorkspace, new: ValidatedWorkspace, language: MessageLanguage = .es, options: DiffOptions = DiffOptions()
    ) -> ChangeSet {
        compute(old: old.workspace, new: new.workspace, language: language, options: options)
    }

    /// ``compute(old:new:language:options:)`` on decoded workspaces (tests mutate models directly).
    static func compute(
        old: Workspace, new: Workspace, language: MessageLanguage = .es, options: DiffOptions = DiffOptions()
    ) -> ChangeSet {
        var builder = DiffBuilder(language: language, institution: new.manifest.institucion, options: options)
        builder.documents(old: old, new: new)
        builder.add("institucion", title: language.pick("Datos de la institución", "Institution data"),
                    builder.residual(old.manifest, new.manifest, element: "campo", owner: builder.owner(.institucion)))
        if let before = old.policy, let after = new.policy { builder.policy(before, after) }
        if let before = old.plan, let after = new.plan { builder.plan(before, after) }
        if let before = old.diagnosis, let after = new.diagnosis { builder.diagnosis(before, after) }
        if let before = old.progress, let after = new.progress {
            builder.add("informe", title: language.pick("Informe de resultados del Plan", "Plan results report"),
                        builder.residual(before, after, element: "campo", owner: builder.owner(.informe)))
        }
        if let before = old.participation, let after = new.participation {
            builder.add("participacion", title: language.pick("Participación", "Participation"),
                        builder.residual(before, after, element: "campo", owner: builder.owner(.participacion)))
        }
        let sections = builder.sections.filter { !$0.cambios.isEmpty }
        // The Red de Expertos reviews a version; the next version answers it. So the old version's
        // recommendations are all traced (and warned about when unanswered); the new version's are
        // traced only when a change already answers them (recorded after the review, in the new folder).
        let answered = Set(sections.flatMap(\.cambios).flatMap(\.respondeA))
        var recommendations = sections.isEmpty ? [] : old.recommendations?.items ?? []
        let known = Set(recommendations.map(\.id))
        recommendations += (sections.isEmpty ? [] : new.recommendations?.items ?? [])
            .filter { !known.contains($0.id) && answered.contains($0.id) }
        let traces = recommendations.map { recommendation in
            RecommendationTrace(
                id: recommendation.id, texto: recommendation.texto, seccion: recommendation.seccion.rawValue,
                cambios: sections.flatMap(\.cambios).filter { $0.respondeA.contains(recommendation.id) }.map(\.enunciado))
        }
        return ChangeSet(
            versionAnterior: old.manifest.version.etiqueta, versionNueva: new.manifest.version.etiqueta,
            secciones: sections, recomendaciones: traces)
    }

    /// Recommendations no change answers (shown as a warning).
    public var unansweredRecommendations: [RecommendationTrace] {
        recomendaciones.filter { $0.cambios.isEmpty }
    }
}

/// Accumulates section changes while walking two versions.
struct DiffBuilder {
    let language: MessageLanguage
    let institution: Institution
    let options: DiffOptions
    /// The phrases of `language`: the options' catalogue when it is of that language, else the embedded one.
    let phrases: PhraseCatalogue
    var sections: [SectionChanges] = []

    init(language: MessageLanguage, institution: Institution, options: DiffOptions = DiffOptions()) {
        self.language = language
        self.institution = institution
        self.options = options
        if let given = options.phrases, given.language == language {
            phrases = given
        } else {
            phrases = PhraseCatalogue.embedded(language)
        }
    }

    /// The catalogue's statement for `key` with `values` in its placeholders.
    func say(_ key: PhraseKey, _ values: [String: String] = [:]) -> String {
        phrases.render(key, values)
    }

    /// `{motivo}`: «, » and the reason, or nothing.
    static func reason(_ motivo: String?) -> String {
        motivo.map { ", " + $0 } ?? ""
    }

    /// What fields of a whole file belong to ("del Diagnóstico").
    func owner(_ name: OwnerName) -> String {
        say(.owner(name))
    }

    /// Quotes as the deck does: “…” (or «…» by option), with a final period moved outside the quotes.
    func quote(_ text: String) -> String {
        var content = InlineWhitespace.collapse(RichText.plain(text)).trimmingCharacters(in: .whitespaces)
        while content.hasSuffix(".") { content.removeLast() }
        let marks = options.quotes.marks
        return marks.open + content + marks.close
    }

    /// Title + ", " + text, as the deck quotes objectives and lines of action: markup removed, the
    /// text's paragraphs run together (plain text, never XHTML: `&` stays `&`).
    static func joined(_ title: String, _ text: String?) -> String {
        // collapse() already turns line breaks into single spaces.
        let plainTitle = RichText.trimmingBlanks(Substring(InlineWhitespace.collapse(RichText.plain(title))))
        guard let text, !TextSearch.trimmed(text).isEmpty else { return plainTitle }
        let body = RichText.trimmingBlanks(Substring(InlineWhitespace.collapse(RichText.plain(text))))
        return plainTitle + ", " + body
    }

    func change(
        _ kind: Change.Kind, _ element: String, id: String? = nil, old: Int? = nil, new: Int? = nil,
        oldText: String? = nil, newText: String? = nil, motivo: String? = nil, respondeA: [String]? = nil,
        statement: String, details: [String] = [], list: [String] = [], oldTitle: String? = nil, newTitle: String? = nil, added: String? = nil
    ) -> Change {
        Change(
            tipo: kind, elemento: element, id: id, numeroAnterior: old, numeroNuevo: new,
            textoAnterior: oldText.map(RichText.plain), textoNuevo: newText.map(RichText.plain), tituloAnterior: oldTitle,
            tituloNuevo: newTitle, textoAgregado: added ?? Self.appended(kind, oldText, newText), motivo: motivo, respondeA: respondeA ?? [], enunciado: statement,
            detalles: details, lista: list)
    }

    /// For a reworded item whose old text survives whole, the words added (for the JSON and templates).
    static func appended(_ kind: Change.Kind, _ old: String?, _ new: String?) -> String? {
        guard kind == .modificado, let old, let new else { return nil }
        return TextSimilarity.addition(from: old, to: new)
    }

    /// Appends `changes` to the section `key` (created on first use, in call order).
    mutating func add(_ key: String, title: String, _ changes: [Change]) {
        guard !changes.isEmpty else { return }
        if let index = sections.firstIndex(where: { $0.clave == key }) {
            sections[index].cambios += changes
        } else {
            sections.append(SectionChanges(clave: key, titulo: title, cambios: changes))
        }
    }

    /// Compares paragraph lists: added, removed, reworded, or extended (words appended).
    func paragraphs(_ old: [Paragraph], _ new: [Paragraph]) -> [Change] {
        let matcher = ItemMatcher(old: old.map { ($0.id, $0.texto) }, new: new.map { ($0.id, $0.texto) }, threshold: options.threshold)
        var changes: [Change] = []
        for index in matcher.removed {
            let text = old[index].texto
            changes.append(change(.eliminado, "parrafo", id: old[index].id, oldText: text,
                                  statement: say(.paragraph(.eliminado), ["texto": quote(text)])))
        }
        for index in matcher.added {
            let paragraph = new[index]
            let statement = paragraph.motivo.map { say(.paragraph(.agregado_con_motivo), ["texto": quote(paragraph.texto), "motivo_texto": $0]) }
                ?? say(.paragraph(.agregado), ["texto": quote(paragraph.texto)])
            changes.append(change(.agregado, "parrafo", id: paragraph.id, newText: paragraph.texto, motivo: paragraph.motivo,
                                  respondeA: paragraph.respondeA, statement: statement))
        }
        for pair in matcher.pairs {
            let before = old[pair.old].texto
            let after = new[pair.new]
            guard InlineWhitespace.collapse(RichText.plain(before)) != InlineWhitespace.collapse(RichText.plain(after.texto)) else { continue }
            let reason = Self.reason(after.motivo)
            if let added = TextSimilarity.addition(from: before, to: after.texto) {
                changes.append(change(.ampliado, "parrafo", id: after.id, oldText: before, newText: after.texto, motivo: after.motivo,
                                      respondeA: after.respondeA,
                                      statement: say(.paragraph(.ampliado), ["inicio": quote(String(RichText.plain(before).prefix(60)) + "…"),
                                                                             "motivo": reason, "palabras": quote(added)]),
                                      added: added))
            } else {
                changes.append(change(.modificado, "parrafo", id: after.id, oldText: before, newText: after.texto, motivo: after.motivo,
                                      respondeA: after.respondeA,
                                      statement: say(.paragraph(.modificado), ["motivo": reason, "texto": quote(after.texto)])))
            }
        }
        return changes
    }
}
