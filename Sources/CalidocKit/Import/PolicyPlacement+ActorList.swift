/// VI. Actores y roles written without a table, as Políticas often are: each actor starts a list
/// item or a paragraph led by its name in bold ("**Comité de Calidad:** …"), followed by lines
/// "Rol: …", "Responsabilidades: …" / "Funciones: …", "Involucramiento: …" and by the
/// responsibilities as (nested) list items.
extension PolicyPlacement {
    /// The introduction, the actors and what follows them; `nil` when fewer than two actors are
    /// recognised (the section's paragraphs then stay as they were).
    mutating func actorList(_ blocks: [SourceBlock], heading: String) -> (before: [SourceBlock], actors: [Actor], after: [SourceBlock])? {
        struct Draft {
            var name: String
            var level: Int?
            var role = ""
            var involvement = ""
            var responsibilities: [String] = []
        }
        var before: [SourceBlock] = []
        var drafts: [Draft] = []
        for block in blocks where !block.text.isEmpty {
            if let (name, rest, level) = Self.actorStart(block, current: drafts.last?.level) {
                drafts.append(Draft(name: name, level: level, role: rest))
                continue
            }
            guard var draft = drafts.popLast() else {
                before.append(block)
                continue
            }
            if let (label, value) = Self.actorLine(block) {
                switch label {
                case .role: draft.role = draft.role.isEmpty ? value : draft.role + " " + value
                case .involvement: draft.involvement = ImportText.folded(value)
                case .responsibilities:
                    draft.responsibilities += value.split(separator: ";").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                }
            } else if block.list != nil || !draft.role.isEmpty {
                draft.responsibilities.append(block.markup)
            } else {
                draft.role = block.markup
            }
            drafts.append(draft)
        }
        guard drafts.count >= 2 else { return nil }
        let actors = drafts.map {
            actor(name: $0.name, role: $0.role, explicitInvolvement: $0.involvement, responsibilities: $0.responsibilities)
        }
        report.inferences.append("La sección VI no tiene tabla: los \(actors.count) actores se leyeron de la lista (nombre, rol y responsabilidades); revise que cada dato quedó en su campo.")
        return (before, actors, [])
    }

    /// The fields a labelled line of an actor names.
    enum ActorLine {
        case role, involvement, responsibilities
    }

    /// A line "Rol: …", "Responsabilidades: …", "Funciones: …", "Involucramiento: …".
    static func actorLine(_ block: SourceBlock) -> (ActorLine, String)? {
        guard let (label, rest) = splitLead(block.markup, at: ":", maximumWords: 3) else { return nil }
        let folded = ImportText.folded(label)
        if folded == "rol" || folded == "papel" { return (.role, rest) }
        if folded.hasPrefix("responsabilidad") || folded.hasPrefix("funcion") || folded.hasPrefix("tarea") { return (.responsibilities, rest) }
        if folded.hasPrefix("involucramiento") || folded.hasPrefix("tipo de involucramiento") { return (.involvement, rest) }
        return nil
    }

    /// Whether `block` starts an actor: a list item at the actors' level (or the first, when none
    /// yet) whose name is short, or a paragraph led by a short name in bold. Gives the name, the
    /// text after it (the role), and the list level (`nil` for a bold paragraph).
    static func actorStart(_ block: SourceBlock, current: Int??) -> (String, String, Int?)? {
        guard block.kind == .paragraph, actorLine(block) == nil else { return nil }
        let allBold = block.runs.allSatisfy { $0.bold || $0.text.trimmingCharacters(in: .whitespaces).isEmpty }
        if let list = block.list {
            // Deeper than the actor being read: one of its responsibilities.
            if let current, let level = current, list.level > level { return nil }
            if case .some(.none) = current { return nil }
            let (name, rest) = nameAndText(block, separator: ":")
            guard name.split(separator: " ").count <= 12 else { return nil }
            return (name, rest, list.level)
        }
        if allBold, block.text.split(separator: " ").count <= 12 {
            return (leadName(block.text, dropping: ":.–-"), "", nil)
        }
        if let (lead, rest) = block.boldLead, lead.split(separator: " ").count <= 12, lead.hasSuffix(":") || rest.first?.text.hasPrefix(":") == true {
            return (leadName(lead, dropping: ":.–-"), restMarkup(rest), nil)
        }
        return nil
    }
}
