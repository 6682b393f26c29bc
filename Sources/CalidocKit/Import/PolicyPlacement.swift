/// Places recognised sections into the fields of ``Policy``, recording in ``ImportReport`` where
/// each part went and everything that fits no field (kept, marked, in the nearest section).
struct PolicyPlacement {
    /// The report being written.
    var report: ImportReport
    private var markedCount = 0

    init(source: String) {
        report = ImportReport(source: source)
    }

    /// The policy made from `recognized`, and the report.
    static func place(_ recognized: RecognizedPolicy, source: String) -> (Policy, ImportReport) {
        var placement = PolicyPlacement(source: source)
        var policy = Policy(
            titulo: recognized.title.flatMap(cleanTitle),
            contexto: PolicyContext(parrafos: []), definicionesEstrategicas: StrategicDefinitions(objetivos: []),
            principios: Section(items: []), objetivos: Section(items: []), relacion: StrategicRelationSection(),
            usuarios: Section(items: []), actores: Section(items: []), directrices: Section(items: []), glosario: Section(items: []))
        for block in recognized.front {
            // The table of contents is calidoc's to write (it is rebuilt from the headings).
            if let style = block.style.map(ImportText.folded), style.hasPrefix("toc") || style.hasPrefix("contents") || style.hasPrefix("indice") {
                placement.report.regenerated.append("Índice: " + block.text)
                continue
            }
            placement.unplaced(block, heading: "Portada (antes de la sección I)", reason: "está antes de la primera sección", keptIn: nil)
        }
        for part in recognized.parts {
            switch part.kind {
            case .contexto: placement.placeContext(part, into: &policy)
            case .principios: policy.principios = placement.placePrinciples(part)
            case .objetivos: policy.objetivos = placement.placeObjectives(part)
            case .relacion: policy.relacion = placement.placeRelations(part, policy: policy)
            case .usuarios: policy.usuarios = placement.placeUsers(part)
            case .actores: policy.actores = placement.placeActors(part)
            case .directrices: policy.directrices = placement.placeGuidelines(part)
            case .glosario: policy.glosario = placement.placeGlossary(part)
            }
        }
        placement.linkObjectives(&policy)
        let found = Set(recognized.parts.map(\.kind))
        placement.report.missingSections = PolicySectionKind.allCases.filter { !found.contains($0) }.map(\.heading)
        return (policy, placement.report)
    }

    /// calidoc's default title is not written (it is what calidoc prints when the key is absent).
    private static func cleanTitle(_ title: String) -> String? {
        let trimmed = ImportText.collapsed(title)
        return trimmed.isEmpty ? nil : trimmed
    }

    // MARK: - Shared helpers

    /// "sección «II. Principios», párrafo 23".
    static func location(_ block: SourceBlock, heading: String) -> String {
        "sección «\(heading)», párrafo \(block.number)"
    }

    /// Records a block that fits no field. Returns the marked paragraph to keep in the section
    /// when `keptIn` names one.
    @discardableResult
    mutating func unplaced(_ block: SourceBlock, heading: String, reason: String, keptIn: String?) -> Paragraph? {
        let text = Self.text(of: block)
        guard !text.isEmpty else { return nil }
        report.unplaced.append(.init(location: Self.location(block, heading: heading), text: text, reason: reason, keptIn: keptIn))
        guard keptIn != nil else { return nil }
        markedCount += 1
        return Paragraph(id: "revisar-importacion-\(markedCount)", texto: Self.markupText(of: block))
    }

    /// A block's plain text; a table's rows as "a | b | c" lines.
    static func text(of block: SourceBlock) -> String {
        switch block.kind {
        case .paragraph: return block.text
        case .table(let rows):
            return rows.map { row in row.map { cell in cell.map(\.text).joined(separator: " ") }.joined(separator: " | ") }
                .joined(separator: "\n")
        }
    }

    /// A block's text with markup; a table's rows as paragraphs.
    static func markupText(of block: SourceBlock) -> String {
        switch block.kind {
        case .paragraph: return block.markup
        case .table(let rows):
            return rows.map { row in row.map { cell in cell.map(\.markup).joined(separator: " ") }.joined(separator: " | ") }
                .joined(separator: "\n\n")
        }
    }

    /// Paragraphs from blocks.
    static func paragraphs(_ blocks: [SourceBlock]) -> [Paragraph] {
        blocks.map { Paragraph(texto: $0.markup) }.filter { !$0.texto.isEmpty }
    }

    /// `nil` for an empty list (the key is then left out of the YAML).
    static func nonEmpty<T>(_ values: [T]) -> [T]? { values.isEmpty ? nil : values }

    /// Keeps every table of a section that has no table field as marked paragraphs.
    mutating func keepTables(_ layout: SectionLayout, part: RecognizedPolicy.Part, field: String) -> [Paragraph] {
        layout.tables.compactMap {
            unplaced($0, heading: part.heading, reason: "una tabla en esta sección no corresponde a ningún campo", keptIn: field)
        }
    }

    /// Text split at the first `separator` when the part before it is short enough to be a name.
    static func splitLead(_ markup: String, at separator: Character, maximumWords: Int = 12) -> (String, String)? {
        guard let index = markup.firstIndex(of: separator) else { return nil }
        let lead = ImportText.plain(String(markup[..<index]))
        let rest = String(markup[markup.index(after: index)...]).trimmingCharacters(in: .whitespaces)
        guard !lead.isEmpty, !rest.isEmpty, lead.split(separator: " ").count <= maximumWords else { return nil }
        return (lead, rest)
    }

    /// The markup of runs, trimmed, without a leading separator (": ", ", ").
    static func restMarkup(_ runs: [SourceRun], dropping separators: String = ":,.;–-") -> String {
        var text = ImportText.markup(runs)
        while let first = text.first, separators.contains(first) || first == " " { text.removeFirst() }
        return text
    }

    /// A bold lead without its closing punctuation.
    static func leadName(_ lead: String, dropping characters: String = ":") -> String {
        var text = lead
        while let last = text.last, characters.contains(last) || last == " " { text.removeLast() }
        return text
    }

    /// Paragraph texts joined as calidoc's multi-paragraph fields expect (a blank line between).
    static func joined(_ texts: [String]) -> String {
        texts.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }
}
