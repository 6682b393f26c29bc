/// VI. Actores y roles: the actors table with its columns in any order and their usual names
/// (Actor / Cargo; Rol; Responsabilidades / Funciones; Involucramiento), each actor's involvement
/// read from the role's label ("Involucrado en la gobernanza…: …") or inferred from its words.
/// The fixed text calidoc writes before the table (the three kinds of involvement, "Conforme a lo
/// anterior…", the caption) is recognised and not imported: calidoc writes it again.
extension PolicyPlacement {
    /// Column roles of the actors table.
    enum ActorColumn {
        case actor, role, responsibilities, involvement
    }

    /// Paragraphs calidoc's template writes in section VI, folded, by their start.
    static let actorBoilerplate = [
        "identifica y define actores que estan involucrados",
        "conforme a lo anterior se presenta el detalle de la estructura de actores y roles",
        "estructura de actores y roles",
    ]

    mutating func placeActors(_ part: RecognizedPolicy.Part) -> Section<Actor> {
        var before: [SourceBlock] = []
        var after: [SourceBlock] = []
        var actors: [Actor] = []
        var closingKept: [Paragraph] = []
        var seenTable = false
        for block in part.blocks {
            switch block.kind {
            case .table:
                if !seenTable, let rows = actorRows(block, heading: part.heading) {
                    actors = rows
                    seenTable = true
                } else if let kept = unplaced(block, heading: part.heading, reason: "no es la tabla de actores (columnas Actor, Rol, Responsabilidades)", keptIn: "actores.cierre") {
                    closingKept.append(kept)
                }
            case .paragraph:
                guard !block.text.isEmpty else { continue }
                var folded = ImportText.folded(block.text)
                // A caption may carry its number: "Tabla 1: Estructura de actores y roles".
                if folded.hasPrefix("tabla "), let space = folded.dropFirst(6).firstIndex(of: " ") {
                    folded = String(folded[folded.index(after: space)...])
                }
                if Self.actorBoilerplate.contains(where: { folded.hasPrefix($0) }) {
                    report.regenerated.append(block.text)
                    continue
                }
                if seenTable { after.append(block) } else { before.append(block) }
            }
        }
        if !seenTable, let listed = actorList(before, heading: part.heading) {
            // No table, but the actors written one after another (a list, or bold names).
            (before, actors, after) = listed
        } else if !seenTable {
            // Without a table, the paragraphs stay as introduction and the report says so.
            report.inferences.append("La sección VI no tiene una tabla de actores: agregue los actores en actores.items (actor, involucramiento, rol, responsabilidades).")
        }
        for index in actors.indices { actors[index].id = "act-\(index + 1)" }
        report.placed(before.count, in: "actores.introduccion", from: part.heading)
        report.placed(actors.count, in: "actores.items", from: part.heading)
        report.placed(after.count, in: "actores.cierre", from: part.heading)
        return Section(
            introduccion: Self.nonEmpty(Self.paragraphs(before)), items: actors,
            cierre: Self.nonEmpty(Self.paragraphs(after) + closingKept))
    }

    /// The actors of a table, or `nil` when it is not one (fewer than two columns).
    private mutating func actorRows(_ table: SourceBlock, heading: String) -> [Actor]? {
        guard case .table(let rows) = table.kind, let first = rows.first, first.count >= 2 else { return nil }
        let headers = first.map { ImportText.folded($0.map(\.text).joined(separator: " ")) }
        var columns: [ActorColumn?] = headers.map(Self.actorColumn)
        var body = rows
        if columns.contains(where: { $0 == .actor }) || columns.compactMap({ $0 }).count >= 2 {
            body.removeFirst()
        } else {
            // No header row: the usual order.
            let order: [ActorColumn] = [.actor, .role, .responsibilities, .involvement]
            columns = first.indices.map { $0 < order.count ? order[$0] : nil }
        }
        guard let actorColumn = columns.firstIndex(where: { $0 == .actor }) ?? columns.firstIndex(where: { $0 == nil }) else { return nil }
        var result: [Actor] = []
        for row in body {
            func cell(_ column: ActorColumn) -> [SourceBlock] {
                guard let index = columns.firstIndex(where: { $0 == column }), index < row.count else { return [] }
                return row[index].filter { !$0.text.isEmpty }
            }
            guard actorColumn < row.count else { continue }
            let name = ImportText.collapsed(row[actorColumn].map(\.text).joined(separator: " "))
            // Cells of columns no field takes ("Observaciones"), and rows without an actor, go to the report.
            for (index, cell) in row.enumerated() {
                let unmapped = index != actorColumn && (index >= columns.count || columns[index] == nil)
                guard unmapped || name.isEmpty else { continue }
                let reason = name.isEmpty
                    ? "una fila de la tabla de actores sin actor" : "una columna de la tabla de actores que no corresponde a ningún campo"
                for block in cell where !block.text.isEmpty { unplaced(block, heading: heading, reason: reason, keptIn: nil) }
            }
            guard !name.isEmpty else { continue }
            let role = ImportText.collapsed(cell(.role).map(\.markup).joined(separator: " "))
            let explicit = ImportText.folded(cell(.involvement).map(\.text).joined(separator: " "))
            result.append(actor(name: name, role: role, explicitInvolvement: explicit, responsibilities: cell(.responsibilities).map(\.markup)))
        }
        return result.isEmpty ? nil : result
    }

    /// An actor from its parts, the involvement read from the role's label ("Involucrado en la
    /// gobernanza…: …"), an explicit column or line, or inferred from the words (and reported).
    mutating func actor(name: String, role typedRole: String, explicitInvolvement explicit: String, responsibilities: [String]) -> Actor {
        var role = typedRole
        var involvement: Involvement?
        if let label = PolicyText.typedInvolvementLabel(role) {
            involvement = Self.involvement(in: ImportText.folded(label))
            role = String(role.dropFirst(label.count + 1)).trimmingCharacters(in: .whitespaces)
        }
        if involvement == nil, !explicit.isEmpty { involvement = Self.involvement(in: explicit) }
        if involvement == nil {
            let guessed = Self.involvement(in: ImportText.folded(role + " " + name))
            involvement = guessed ?? .entregaServicios
            report.inferences.append(
                "Actor «\(name)»: involucramiento «\((guessed ?? .entregaServicios).spanishLabel)» "
                    + (guessed == nil ? "supuesto (el rol no lo dice); revíselo." : "deducido del texto del rol; revíselo."))
        }
        return Actor(actor: name, involucramiento: involvement ?? .entregaServicios, rol: role, responsabilidades: responsibilities)
    }

    /// What a column title names.
    static func actorColumn(_ title: String) -> ActorColumn? {
        if title.contains("responsab") || title.contains("funcion") || title.contains("tarea") { return .responsibilities }
        if title.contains("involucr") || title.hasPrefix("tipo") || title.contains("ambito") { return .involvement }
        if title.hasPrefix("rol") || title.contains(" rol") || title.contains("papel") { return .role }
        if title.contains("actor") || title.contains("cargo") || title.contains("integrante") || title.contains("unidad")
            || title.contains("nombre") || title.contains("quien")
        {
            return .actor
        }
        return nil
    }

    /// The involvement a text names (a label or a role's words), or `nil`.
    static func involvement(in folded: String) -> Involvement? {
        if folded.contains("gobernanza") || folded.contains("liderar") || folded.contains("toma de decisiones") || folded.contains("dirigir") {
            return .gobernanza
        }
        if folded.contains("monitoreo") || folded.contains("evaluacion") || folded.contains("seguimiento") || folded.contains("secretaria ejecutiva") {
            return .monitoreoEvaluacion
        }
        if folded.contains("entrega") || folded.contains("atencion") || folded.contains("atender") || folded.contains("implementar")
            || folded.contains("servicio")
        {
            return .entregaServicios
        }
        return nil
    }
}
