/// Recommendations of the Red de Expertos, `recomendaciones.yaml`.
public struct Recommendations: Codable, Hashable, Sendable {
    /// Who made them; "Red de Expertos" when absent.
    public var fuente: String?
    /// When they were received (ISO date).
    public var fecha: String?
    /// The recommendations, in order.
    public var items: [Recommendation]

    /// Creates the recommendations file.
    public init(fuente: String? = nil, fecha: String? = nil, items: [Recommendation]) {
        self.fuente = fuente
        self.fecha = fecha
        self.items = items
    }
}

/// One recommendation of the Red de Expertos.
public struct Recommendation: Codable, Hashable, Sendable {
    /// Stable identifier.
    public var id: String
    /// The policy section it concerns.
    public var seccion: PolicySectionKey
    /// The recommendation: "Se recomienda explicitar …".
    public var texto: String
    /// The id of the item it concerns inside the section (an objective, an actor …), when it
    /// concerns one item rather than the whole section.
    public var elemento: String?

    /// Creates a recommendation.
    public init(id: String, seccion: PolicySectionKey, texto: String, elemento: String? = nil) {
        self.id = id
        self.seccion = seccion
        self.texto = texto
        self.elemento = elemento
    }
}

/// The sections of the policy (and of the other documents) that recommendations and changes refer to.
public enum PolicySectionKey: String, Codable, Hashable, Sendable, CaseIterable {
    case contexto
    case principios
    case objetivos
    case relacion
    case usuarios
    case actores
    case directrices
    case glosario
    case plan
    case diagnostico

    /// The section's Spanish heading as the reference document writes it.
    public var spanishTitle: String {
        switch self {
        case .contexto: "Contexto"
        case .principios: "Principios orientadores de la Política"
        case .objetivos: "Objetivos estratégicos de la Política"
        case .relacion: "Relación con las definiciones estratégicas institucionales"
        case .usuarios: "Caracterización de usuarios y usuarias de los servicios"
        case .actores: "Actores y roles"
        case .directrices: "Directrices y líneas de acción"
        case .glosario: "Glosario"
        case .plan: "Plan de Mejoramiento"
        case .diagnostico: "Diagnóstico"
        }
    }
}
