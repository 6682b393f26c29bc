/// The differences between two versions of a workspace, as change statements grouped by section.
///
/// Computed from the canonical input model (not from output bytes) by
/// ``ChangeSet/compute(old:new:language:options:)`` (pure, no I/O); rendered through
/// `Templates/cambios.mustache`. Its JSON form (`--format json`, keys sorted, UTF-8, 2-space indent)
/// is stable within a `schemaVersion`:
///
/// ```
/// { "schemaVersion": 1, "versionAnterior": "2", "versionNueva": "3",
///   "secciones": [ { "clave": "directrices", "titulo": "Directrices y líneas de acción",
///     "cambios": [ { "tipo": "agregado|eliminado|modificado|ampliado|movido|agregado_general",
///       "elemento": "objetivo|principio|parrafo|relacion|segmento|rol|linea_accion|termino|actividad|
///                    hallazgo|ambito|mision|vision|objetivo_institucional|documento|campo",
///       "id"?: "…", "numeroAnterior"?: 3, "numeroNuevo"?: 4, "textoAnterior"?: "…", "textoNuevo"?: "…",
///       "tituloAnterior"?: "…", "tituloNuevo"?: "…", "textoAgregado"?: "…", "motivo"?: "…",
///       "respondeA": ["rec-…"], "enunciado": "Se agrega …", "detalles": ["…"], "lista": ["…"] } ] } ],
///   "recomendaciones": [ { "id": "rec-…", "seccion": "relacion", "texto": "…", "cambios": ["Se …"] } ] }
/// ```
///
/// Keys marked `?` are omitted when empty. Texts are plain (light markup removed). Numbers are
/// 1-based positions in the old/new list. Adding keys keeps the version; renaming or removing one
/// bumps it.
public struct ChangeSet: Hashable, Sendable, Codable {
    /// Version of the JSON form.
    public static let schemaVersion = 1

    /// Version of the JSON form (always ``schemaVersion``).
    public var schemaVersion: Int = ChangeSet.schemaVersion
    /// Old version label.
    public var versionAnterior: String
    /// New version label.
    public var versionNueva: String
    /// Sections with at least one change, in document order.
    public var secciones: [SectionChanges]
    /// Recommendations and the changes that answer them.
    public var recomendaciones: [RecommendationTrace]

    /// Whether nothing changed.
    public var isEmpty: Bool { secciones.isEmpty }

    /// Every change, in order.
    public var allChanges: [Change] { secciones.flatMap(\.cambios) }
}

/// The changes of one section.
public struct SectionChanges: Hashable, Sendable, Codable {
    /// Section key (`objetivos`, `actores` …).
    public var clave: String
    /// Section title as the deck writes it ("Objetivos", "Actores y roles" …).
    public var titulo: String
    /// The changes, removals first, then additions, then modifications, then paragraphs.
    public var cambios: [Change]
}

/// One change statement.
public struct Change: Hashable, Sendable, Codable {
    /// What happened.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// A new item or paragraph.
        case agregado
        /// An item or paragraph that is gone.
        case eliminado
        /// Same item, other wording (title and/or text).
        case modificado
        /// Text appended to (or inserted in) a paragraph, the rest unchanged.
        case ampliado
        /// The item changed place relative to the others (an insertion or removal that only shifts
        /// numbers is not a move).
        case movido
        /// Many items of a section gained the same fields (written as one statement).
        case agregado_general
    }

    /// What happened.
    public var tipo: Kind
    /// What kind of element: `objetivo`, `principio`, `parrafo`, `rol`, `linea_accion`, `termino`,
    /// `segmento`, `relacion`, `actividad`, `hallazgo`, `ambito`, `documento` (a whole input added or
    /// removed), `campo` (a field of a file no item rule covers; items' own fields keep their element).
    public var elemento: String
    /// The element's id, when it has one.
    public var id: String?
    /// Number in the old version (the deck names the old number).
    public var numeroAnterior: Int?
    /// Number in the new version.
    public var numeroNuevo: Int?
    /// Old text (markup removed).
    public var textoAnterior: String?
    /// New text (markup removed).
    public var textoNuevo: String?
    /// Old title, for items whose title changed.
    public var tituloAnterior: String?
    /// New title.
    public var tituloNuevo: String?
    /// Words added to a paragraph (for `ampliado`).
    public var textoAgregado: String?
    /// Why, from the new item's `motivo`.
    public var motivo: String?
    /// Recommendation ids the new item answers.
    public var respondeA: [String]
    /// Ready-made Spanish statement (the template may use it or build its own).
    public var enunciado: String
    /// Detail lines (a new role's name and role …).
    public var detalles: [String]
    /// A list under the details (a new role's responsibilities …).
    public var lista: [String]
}

/// A recommendation and the statements that answer it.
public struct RecommendationTrace: Hashable, Sendable, Codable {
    /// Recommendation id.
    public var id: String
    /// Its text.
    public var texto: String
    /// Section key it concerns.
    public var seccion: String
    /// Statements of the changes whose items list it in `responde_a`.
    public var cambios: [String]
}
