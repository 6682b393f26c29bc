/// Which widget a value of the schema gets in the form, decided from the schema node and its key.
enum EditorFieldKind: Equatable {
    /// Hidden: an `id`, generated when an item is added and never shown.
    case identifier
    /// One line of text.
    case line
    /// Free text (several lines, paragraphs, bold and italic).
    case paragraph
    /// A date (`AAAA-MM-DD`).
    case date
    /// A whole number, as written in Chile.
    case integer
    /// A number, as written in Chile.
    case decimal
    /// A number or one of a few words (the Plan's meta: a number or «no comprometida»).
    case decimalOrWord([String])
    /// Yes or no.
    case boolean
    /// One of a fixed list.
    case choice([String])
    /// The id of another item, chosen by its title.
    case reference(EditorReferenceKind)
    /// Several ids of other items, chosen by their titles.
    case references(EditorReferenceKind)
}

/// The schema of each input file and the widget of each value.
enum EditorSchema {
    /// The schema of `file`'s model type (probed once).
    static func root(for file: InputFile) -> SchemaNode {
        switch file {
        case .manifest: manifest
        case .politica: policy
        case .plan: plan
        case .diagnostico: diagnosis
        case .participacion: participation
        case .recomendaciones: recommendations
        case .avance: progress
        case .sesion: session
        }
    }

    private static let manifest = ordered(Manifest.self)
    private static let policy = ordered(Policy.self)
    private static let plan = ordered(ImprovementPlan.self)
    private static let diagnosis = ordered(Diagnosis.self)
    private static let participation = ordered(Participation.self)
    private static let recommendations = ordered(Recommendations.self)
    private static let progress = ordered(PlanProgress.self)
    private static let session = ordered(Session.self)

    /// Keys whose text is a date (the schema's own, and the Informe's).
    static let dateKeys: Set<String> = SchemaNode.dateKeys.union(["fecha_corte", "nuevo_plazo", "fecha_planificada", "fecha_real"])

    /// Keys whose text is usually longer than a line: a text area with bold and italic.
    static let paragraphKeys: Set<String> = [
        "texto", "descripcion", "caracteristicas", "vinculacion", "mision", "vision", "justificacion",
        "justificacion_prioridad", "comentario", "definicion", "nota_tecnica", "formula", "rol", "motivo",
        "otra_razon", "objetivo",
    ]

    /// The widget of a scalar (or reference list) schema node at `key` in `file`; `nil` for
    /// objects and lists of items, which become fieldsets and cards.
    static func kind(of node: SchemaNode, key: String?, file: InputFile) -> EditorFieldKind? {
        if let key, let reference = EditorReferenceKind.forKey(key, file: file) {
            switch node {
            case .array(.string(allowed: nil)): return .references(reference)
            case .string(allowed: nil): return .reference(reference)
            case .string, .integer, .number, .boolean, .array, .object, .anyOf: break
            }
        }
        switch node {
        case .string(let allowed):
            if let allowed { return .choice(allowed) }
            if key == "id" { return .identifier }
            if let key, dateKeys.contains(key) { return .date }
            if let key, paragraphKeys.contains(key) { return .paragraph }
            return .line
        case .integer: return .integer
        case .number: return .decimal
        case .boolean: return .boolean
        case .anyOf(let options):
            // A paragraph (text or mapping) is rendered as its mapping; a number-or-word as one input.
            guard !options.contains(where: \.isObject) else { return nil }
            let words = options.compactMap { option -> [String]? in
                if case .string(let allowed) = option { return allowed ?? [] }
                return nil
            }.flatMap { $0 }
            return .decimalOrWord(words)
        case .array, .object: return nil
        }
    }
}

extension SchemaNode {
    /// Whether this is a mapping.
    var isObject: Bool {
        if case .object = self { return true }
        return false
    }

    /// The mapping form of an `anyOf` (a paragraph's `{texto, id, motivo, responde_a}`).
    var objectOption: SchemaNode? {
        switch self {
        case .object: self
        case .anyOf(let options): options.first(where: \.isObject)
        case .string, .integer, .number, .boolean, .array: nil
        }
    }

    /// Whether an `anyOf` also accepts a plain text (a paragraph may be written as a string).
    var acceptsText: Bool {
        switch self {
        case .string: true
        case .anyOf(let options): options.contains(where: \.acceptsText)
        case .integer, .number, .boolean, .array, .object: false
        }
    }
}
