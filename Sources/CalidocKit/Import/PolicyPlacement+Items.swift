/// II. Principios, III. Objetivos, VII. Directrices and VIII. Glosario: an introduction, items
/// with a name (a bold lead, or the words before ":" or ",") and a text, a closing; principles
/// and glossary also as two-column tables, the glossary also as a definition list.
extension PolicyPlacement {
    mutating func placePrinciples(_ part: RecognizedPolicy.Part) -> Section<Principle> {
        let layout = SectionLayout(part.blocks) { $0.list != nil || Self.namedLead($0) != nil }
        var items: [Principle] = layout.items.map { item in
            let (name, description) = Self.nameAndText(item.head, separator: ":")
            return Principle(
                nombre: name, descripcion: Self.joined([description] + (item.continuation + item.nested + item.after).map(\.markup)))
        }
        var closing = Self.paragraphs(layout.closing)
        for table in layout.tables {
            if let rows = Self.pairs(table, headers: ["principio", "nombre", "valor", "principios", "valores"]) {
                items += rows.map { Principle(nombre: $0.0, descripcion: $0.1) }
            } else if let kept = unplaced(table, heading: part.heading, reason: "la tabla no tiene dos columnas (nombre y descripción)", keptIn: "principios.cierre") {
                closing.append(kept)
            }
        }
        for (index, item) in items.enumerated() {
            items[index].id = "pri-\(index + 1)"
            if item.descripcion.isEmpty {
                report.inferences.append("El principio «\(item.nombre)» no tiene descripción: complétela en politica.yaml.")
            }
        }
        report.placed(layout.introduction.count, in: "principios.introduccion", from: part.heading)
        report.placed(items.count, in: "principios.items", from: part.heading)
        report.placed(layout.closing.count, in: "principios.cierre", from: part.heading)
        return Section(introduccion: Self.nonEmpty(Self.paragraphs(layout.introduction)), items: items, cierre: Self.nonEmpty(closing))
    }

    mutating func placeObjectives(_ part: RecognizedPolicy.Part) -> Section<PolicyObjective> {
        let layout = SectionLayout(part.blocks)
        let items = layout.items.enumerated().map { index, item in
            let (title, text) = Self.titleAndText(item.head)
            let more = (item.continuation + item.nested + item.after).map(\.markup)
            return PolicyObjective(id: "obj-\(index + 1)", titulo: title, texto: Self.nonEmptyText(Self.joined([text] + more)))
        }
        report.placed(layout.introduction.count, in: "objetivos.introduccion", from: part.heading)
        report.placed(items.count, in: "objetivos.items", from: part.heading)
        report.placed(layout.closing.count, in: "objetivos.cierre", from: part.heading)
        let closing = Self.paragraphs(layout.closing) + keepTables(layout, part: part, field: "objetivos.cierre")
        return Section(introduccion: Self.nonEmpty(Self.paragraphs(layout.introduction)), items: items, cierre: Self.nonEmpty(closing))
    }

    mutating func placeGuidelines(_ part: RecognizedPolicy.Part) -> Section<Guideline> {
        let layout = SectionLayout(part.blocks)
        let items = layout.items.enumerated().map { index, item in
            let (title, text) = Self.titleAndText(item.head)
            let more = (item.continuation + item.nested + item.after).map(\.markup)
            return Guideline(id: "dir-\(index + 1)", titulo: title, texto: Self.nonEmptyText(Self.joined([text] + more)))
        }
        report.placed(layout.introduction.count, in: "directrices.introduccion", from: part.heading)
        report.placed(items.count, in: "directrices.items", from: part.heading)
        report.placed(layout.closing.count, in: "directrices.cierre", from: part.heading)
        let closing = Self.paragraphs(layout.closing) + keepTables(layout, part: part, field: "directrices.cierre")
        return Section(introduccion: Self.nonEmpty(Self.paragraphs(layout.introduction)), items: items, cierre: Self.nonEmpty(closing))
    }

    mutating func placeGlossary(_ part: RecognizedPolicy.Part) -> Section<GlossaryEntry> {
        let blocks = Self.joiningDefinitionList(part.blocks)
        let layout = SectionLayout(blocks) { $0.list != nil || Self.namedLead($0) != nil }
        var items: [GlossaryEntry] = []
        var closing = Self.paragraphs(layout.closing)
        for item in layout.items {
            let (term, definition) = Self.nameAndText(item.head, separator: ":")
            let more = (item.continuation + item.nested + item.after).map(\.markup)
            items.append(GlossaryEntry(termino: term, definicion: Self.joined([definition] + more)))
        }
        for table in layout.tables {
            if let rows = Self.pairs(table, headers: ["termino", "concepto", "palabra", "terminos", "conceptos"]) {
                items += rows.map { GlossaryEntry(termino: $0.0, definicion: $0.1) }
            } else if let kept = unplaced(table, heading: part.heading, reason: "la tabla no tiene dos columnas (término y definición)", keptIn: "glosario.cierre") {
                closing.append(kept)
            }
        }
        report.placed(layout.introduction.count, in: "glosario.introduccion", from: part.heading)
        report.placed(items.count, in: "glosario.items", from: part.heading)
        report.placed(layout.closing.count, in: "glosario.cierre", from: part.heading)
        return Section(introduccion: Self.nonEmpty(Self.paragraphs(layout.introduction)), items: items, cierre: Self.nonEmpty(closing))
    }

    // MARK: - Item parsing

    /// A paragraph that starts with a name: "**Nombre:** texto" or "Nombre: texto" with a short name.
    static func namedLead(_ block: SourceBlock) -> String? {
        guard block.kind == .paragraph else { return nil }
        if let (lead, _) = block.boldLead, lead.count <= 100 { return lead }
        return splitLead(block.markup, at: ":", maximumWords: 8)?.0
    }

    /// Name and text of an item: its bold lead, or the words before `separator`; without either,
    /// the whole text is the name.
    static func nameAndText(_ block: SourceBlock, separator: Character) -> (String, String) {
        if let (lead, rest) = block.boldLead {
            return (leadName(lead, dropping: ":.–-"), restMarkup(rest))
        }
        if let (lead, rest) = splitLead(block.markup, at: separator, maximumWords: 12) {
            return (lead, rest)
        }
        return (block.text, "")
    }

    /// Title and text of an objective or guideline: its bold lead (the title and the comma after
    /// it), or the words before the first comma; without a comma the whole text is the title.
    static func titleAndText(_ block: SourceBlock) -> (String, String) {
        if let (lead, rest) = block.boldLead {
            return (leadName(lead, dropping: ",:"), restMarkup(rest, dropping: ",:"))
        }
        if let (lead, rest) = splitLead(block.markup, at: ",", maximumWords: 25) {
            return (lead, rest)
        }
        return (block.text, "")
    }

    /// `nil` for empty text.
    static func nonEmptyText(_ text: String) -> String? { text.isEmpty ? nil : text }

    /// The rows of a two-column table (name, text), without a header row.
    static func pairs(_ table: SourceBlock, headers: Set<String>) -> [(String, String)]? {
        guard case .table(let rows) = table.kind, let first = rows.first, first.count >= 2 else { return nil }
        var body = rows
        if let header = first.first.map({ ImportText.folded($0.map(\.text).joined(separator: " ")) }), headers.contains(header) {
            body.removeFirst()
        }
        let result = body.compactMap { row -> (String, String)? in
            guard row.count >= 2 else { return nil }
            let name = ImportText.collapsed(row[0].map(\.text).joined(separator: " "))
            let text = joined(row[1...].flatMap { $0.map(\.markup) })
            return name.isEmpty ? nil : (leadName(name, dropping: ":"), text)
        }
        return result.isEmpty ? nil : result
    }

    /// A definition list (a term alone in bold, its definition in the next paragraph) as
    /// "**Término:** definición" paragraphs.
    static func joiningDefinitionList(_ blocks: [SourceBlock]) -> [SourceBlock] {
        var result: [SourceBlock] = []
        var index = 0
        let visible = blocks.filter { $0.kind != .paragraph || !$0.text.isEmpty }
        while index < visible.count {
            let block = visible[index]
            if block.kind == .paragraph, block.list == nil, block.isAllBold, block.text.count <= 80, !block.text.hasSuffix(":"),
                index + 1 < visible.count, visible[index + 1].kind == .paragraph, !visible[index + 1].isAllBold,
                visible[index + 1].list == nil
            {
                var joined = block
                joined.runs = [SourceRun(text: leadName(block.text, dropping: ":") + ":", bold: true, italic: false),
                    SourceRun(text: " ", bold: false, italic: false)] + visible[index + 1].runs
                result.append(joined)
                index += 2
                continue
            }
            result.append(block)
            index += 1
        }
        return result
    }
}
