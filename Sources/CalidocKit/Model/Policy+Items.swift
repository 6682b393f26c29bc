/// V. A user segment (persona usuaria) of the institution.
public struct UserSegment: Codable, Hashable, Sendable {
    /// Stable identifier.
    public var id: String?
    /// Segment name, e.g. "Los 52 municipios de la Región".
    public var nombre: String
    /// Approximate number of people or organisations in the segment.
    public var numeroAproximado: Int?
    /// Who they are: characteristics, with figures and sources (paragraphs allowed).
    public var caracteristicas: String?
    /// Examples (municipalities, organisations …).
    public var ejemplos: [String]?
    /// How examples are shown: `lista` (bullets, default) or `texto` (one sentence, "A, B y C").
    public var ejemplosComo: ExampleStyle?
    /// How the institution relates, or could relate, to the segment.
    public var vinculacion: String?
    /// Why it was added or changed in this version.
    public var motivo: String?
    /// Ids of the Red de Expertos recommendations (or participation instances) this item answers.
    public var respondeA: [String]?

    /// Creates a user segment.
    public init(
        id: String? = nil, nombre: String, numeroAproximado: Int? = nil, caracteristicas: String? = nil,
        ejemplos: [String]? = nil, ejemplosComo: ExampleStyle? = nil, vinculacion: String? = nil,
        motivo: String? = nil, respondeA: [String]? = nil
    ) {
        self.id = id
        self.nombre = nombre
        self.numeroAproximado = numeroAproximado
        self.caracteristicas = caracteristicas
        self.ejemplos = ejemplos
        self.ejemplosComo = ejemplosComo
        self.vinculacion = vinculacion
        self.motivo = motivo
        self.respondeA = respondeA
    }

    enum CodingKeys: String, CodingKey {
        case id, nombre, caracteristicas, ejemplos, vinculacion, motivo
        case respondeA = "responde_a"
        case numeroAproximado = "numero_aproximado"
        case ejemplosComo = "ejemplos_como"
    }
}

/// How a segment's examples are laid out.
public enum ExampleStyle: String, Codable, Hashable, Sendable, CaseIterable {
    /// A bulleted list.
    case lista
    /// One running sentence: "A, B y C."
    case texto
}

/// VI. An actor with its role and responsibilities.
public struct Actor: Codable, Hashable, Sendable {
    /// Stable identifier.
    public var id: String?
    /// Actor, e.g. "Gobernador Regional".
    public var actor: String
    /// Which of the three involvements the actor has.
    public var involucramiento: Involvement
    /// The role, after the involvement label: "Liderar la toma de decisiones …".
    public var rol: String
    /// Responsibilities or functions.
    public var responsabilidades: [String]
    /// Why it was added or changed in this version.
    public var motivo: String?
    /// Ids of the Red de Expertos recommendations (or participation instances) this item answers.
    public var respondeA: [String]?

    /// Creates an actor.
    public init(
        id: String? = nil, actor: String, involucramiento: Involvement, rol: String, responsabilidades: [String],
        motivo: String? = nil, respondeA: [String]? = nil
    ) {
        self.id = id
        self.actor = actor
        self.involucramiento = involucramiento
        self.rol = rol
        self.responsabilidades = responsabilidades
        self.motivo = motivo
        self.respondeA = respondeA
    }

    enum CodingKeys: String, CodingKey {
        case id, actor, involucramiento, rol, responsabilidades, motivo
        case respondeA = "responde_a"
    }
}

/// The three involvements the PMG asks the policy to cover.
public enum Involvement: String, Codable, Hashable, Sendable, CaseIterable {
    /// Involucrado en la entrega de servicios.
    case entregaServicios = "entrega_servicios"
    /// Involucrado en la gobernanza de la Política.
    case gobernanza = "gobernanza"
    /// Involucrado en el monitoreo y evaluación del Plan de Mejoramiento.
    case monitoreoEvaluacion = "monitoreo_evaluacion"
}

/// VII. A guideline or line of action (directriz / línea de acción).
public struct Guideline: Codable, Hashable, Sendable {
    /// Stable identifier.
    public var id: String?
    /// Leading phrase: "Definir estándares de calidad de servicio".
    public var titulo: String
    /// The rest of the text, after the title and a comma.
    public var texto: String?
    /// Ids of the diagnosis priority areas (ámbitos prioritarios) it addresses.
    public var ambitos: [String]?
    /// Why it was added or changed in this version.
    public var motivo: String?
    /// Ids of the Red de Expertos recommendations (or participation instances) this item answers.
    public var respondeA: [String]?

    /// Creates a guideline.
    public init(
        id: String? = nil, titulo: String, texto: String? = nil, ambitos: [String]? = nil, motivo: String? = nil, respondeA: [String]? = nil
    ) {
        self.id = id
        self.titulo = titulo
        self.texto = texto
        self.ambitos = ambitos
        self.motivo = motivo
        self.respondeA = respondeA
    }

    enum CodingKeys: String, CodingKey {
        case id, titulo, texto, ambitos, motivo
        case respondeA = "responde_a"
    }
}

/// VIII. A glossary entry.
public struct GlossaryEntry: Codable, Hashable, Sendable {
    /// Stable identifier.
    public var id: String?
    /// Term.
    public var termino: String
    /// Definition.
    public var definicion: String
    /// Why it was added or changed in this version.
    public var motivo: String?
    /// Ids of the Red de Expertos recommendations (or participation instances) this item answers.
    public var respondeA: [String]?

    /// Creates a glossary entry.
    public init(id: String? = nil, termino: String, definicion: String, motivo: String? = nil, respondeA: [String]? = nil) {
        self.id = id
        self.termino = termino
        self.definicion = definicion
        self.motivo = motivo
        self.respondeA = respondeA
    }

    enum CodingKeys: String, CodingKey {
        case id, termino, definicion, motivo
        case respondeA = "responde_a"
    }
}
