/// The Política de Calidad de Servicio y Experiencia Usuaria, `politica.yaml`: its eight sections
/// (I Contexto … VIII Glosario) as in the GORE Santiago reference document.
public struct Policy: Codable, Hashable, Sendable {
    /// Document title; "Política de Calidad de Servicio y Experiencia Usuaria" when absent.
    public var titulo: String?
    /// I. Contexto.
    public var contexto: PolicyContext
    /// The institution's own strategic definitions (mission, vision, strategic objectives).
    public var definicionesEstrategicas: StrategicDefinitions
    /// II. Principios orientadores.
    public var principios: Section<Principle>
    /// III. Objetivos estratégicos de la Política.
    public var objetivos: Section<PolicyObjective>
    /// IV. Relación de la Política con las definiciones estratégicas institucionales.
    public var relacion: StrategicRelationSection
    /// V. Caracterización de usuarios y usuarias.
    public var usuarios: Section<UserSegment>
    /// VI. Actores y roles.
    public var actores: Section<Actor>
    /// VII. Directrices y líneas de acción.
    public var directrices: Section<Guideline>
    /// VIII. Glosario.
    public var glosario: Section<GlossaryEntry>

    /// Creates a policy.
    public init(
        titulo: String? = nil, contexto: PolicyContext, definicionesEstrategicas: StrategicDefinitions,
        principios: Section<Principle>, objetivos: Section<PolicyObjective>,
        relacion: StrategicRelationSection, usuarios: Section<UserSegment>, actores: Section<Actor>,
        directrices: Section<Guideline>, glosario: Section<GlossaryEntry>
    ) {
        self.titulo = titulo
        self.contexto = contexto
        self.definicionesEstrategicas = definicionesEstrategicas
        self.principios = principios
        self.objetivos = objetivos
        self.relacion = relacion
        self.usuarios = usuarios
        self.actores = actores
        self.directrices = directrices
        self.glosario = glosario
    }

    enum CodingKeys: String, CodingKey {
        case titulo, contexto, principios, objetivos, relacion, usuarios, actores, directrices, glosario
        case definicionesEstrategicas = "definiciones_estrategicas"
    }
}

/// A policy section made of an introduction, a list of items and closing paragraphs.
public struct Section<Item: Codable & Hashable & Sendable>: Codable, Hashable, Sendable {
    /// Paragraphs before the items.
    public var introduccion: [Paragraph]?
    /// The section's items, in order (their position gives their number).
    public var items: [Item]
    /// Paragraphs after the items.
    public var cierre: [Paragraph]?
    /// Why the section as a whole changed in this version, in the institution's words: the change
    /// summary uses it for statements about many items at once (e.g. every user group
    /// characterised anew), which calidoc can count but not explain.
    public var motivo: String?

    /// Creates a section.
    public init(introduccion: [Paragraph]? = nil, items: [Item], cierre: [Paragraph]? = nil, motivo: String? = nil) {
        self.introduccion = introduccion
        self.items = items
        self.cierre = cierre
        self.motivo = motivo
    }
}

/// I. Contexto: paragraphs before and after the institution's strategic objectives.
public struct PolicyContext: Codable, Hashable, Sendable {
    /// Paragraphs before the list of institutional strategic objectives.
    public var parrafos: [Paragraph]
    /// Paragraphs after that list.
    public var parrafosFinales: [Paragraph]?

    /// Creates a context section.
    public init(parrafos: [Paragraph], parrafosFinales: [Paragraph]? = nil) {
        self.parrafos = parrafos
        self.parrafosFinales = parrafosFinales
    }

    enum CodingKeys: String, CodingKey {
        case parrafos
        case parrafosFinales = "parrafos_finales"
    }
}

/// The institution's strategic definitions (definiciones estratégicas institucionales).
public struct StrategicDefinitions: Codable, Hashable, Sendable {
    /// Mission statement.
    public var mision: String?
    /// Vision statement.
    public var vision: String?
    /// Heading shown before the objectives, e.g. "Objetivos Estratégicos del Gobierno de Santiago:".
    public var titulo: String?
    /// Paragraphs between that heading and the list.
    public var introduccion: [Paragraph]?
    /// The institution's strategic objectives (formulario A1), numbered in order.
    public var objetivos: [StrategicObjective]

    /// Creates strategic definitions.
    public init(
        mision: String? = nil, vision: String? = nil, titulo: String? = nil, introduccion: [Paragraph]? = nil,
        objetivos: [StrategicObjective]
    ) {
        self.mision = mision
        self.vision = vision
        self.titulo = titulo
        self.introduccion = introduccion
        self.objetivos = objetivos
    }
}

/// One institutional strategic objective.
public struct StrategicObjective: Codable, Hashable, Sendable {
    /// Stable identifier referenced by policy objectives (e.g. `oe-1`).
    public var id: String
    /// The objective's text.
    public var texto: String

    /// Creates a strategic objective.
    public init(id: String, texto: String) {
        self.id = id
        self.texto = texto
    }
}

/// II. A guiding principle (principio orientador).
public struct Principle: Codable, Hashable, Sendable {
    /// Stable identifier.
    public var id: String?
    /// Name, shown in bold: "Ética e Integridad".
    public var nombre: String
    /// Description.
    public var descripcion: String
    /// Why it was added or changed in this version.
    public var motivo: String?
    /// Ids of the Red de Expertos recommendations (or participation instances) this item answers.
    public var respondeA: [String]?

    /// Creates a principle.
    public init(id: String? = nil, nombre: String, descripcion: String, motivo: String? = nil, respondeA: [String]? = nil) {
        self.id = id
        self.nombre = nombre
        self.descripcion = descripcion
        self.motivo = motivo
        self.respondeA = respondeA
    }

    enum CodingKeys: String, CodingKey {
        case id, nombre, descripcion, motivo
        case respondeA = "responde_a"
    }
}

/// III. A strategic objective of the policy.
public struct PolicyObjective: Codable, Hashable, Sendable {
    /// Stable identifier (e.g. `obj-satisfaccion`).
    public var id: String?
    /// Leading phrase, shown in bold: "Disminuir los tiempos de respuesta en la institución".
    public var titulo: String
    /// The rest of the objective's text, after the title and a comma; may hold several paragraphs.
    public var texto: String?
    /// Ids of the institutional strategic objectives this objective serves.
    public var objetivosInstitucionales: [String]?
    /// Why it was added or changed in this version.
    public var motivo: String?
    /// Ids of the Red de Expertos recommendations (or participation instances) this item answers.
    public var respondeA: [String]?

    /// Creates a policy objective.
    public init(
        id: String? = nil, titulo: String, texto: String? = nil, objetivosInstitucionales: [String]? = nil,
        motivo: String? = nil, respondeA: [String]? = nil
    ) {
        self.id = id
        self.titulo = titulo
        self.texto = texto
        self.objetivosInstitucionales = objetivosInstitucionales
        self.motivo = motivo
        self.respondeA = respondeA
    }

    enum CodingKeys: String, CodingKey {
        case id, titulo, texto, motivo
        case respondeA = "responde_a"
        case objetivosInstitucionales = "objetivos_institucionales"
    }
}

/// IV. Relación con las definiciones estratégicas institucionales.
public struct StrategicRelationSection: Codable, Hashable, Sendable {
    /// Paragraphs before the per-objective relations.
    public var introduccion: [Paragraph]?
    /// How each policy objective relates to institutional objectives.
    public var relaciones: [StrategicRelation]?
    /// Paragraphs after the relations.
    public var cierre: [Paragraph]?

    /// Creates the relation section.
    public init(introduccion: [Paragraph]? = nil, relaciones: [StrategicRelation]? = nil, cierre: [Paragraph]? = nil) {
        self.introduccion = introduccion
        self.relaciones = relaciones
        self.cierre = cierre
    }
}

/// The relation between policy objectives and institutional strategic objectives.
public struct StrategicRelation: Codable, Hashable, Sendable {
    /// Stable identifier.
    public var id: String?
    /// Ids of the policy objectives concerned.
    public var objetivosPolitica: [String]
    /// Ids of the institutional strategic objectives concerned.
    public var objetivosInstitucionales: [String]
    /// The relation written out; when absent the template writes a sentence from the two objectives.
    public var texto: String?
    /// Why it was added or changed in this version.
    public var motivo: String?
    /// Ids of the Red de Expertos recommendations (or participation instances) this item answers.
    public var respondeA: [String]?

    /// Creates a relation.
    public init(
        id: String? = nil, objetivosPolitica: [String], objetivosInstitucionales: [String], texto: String? = nil,
        motivo: String? = nil, respondeA: [String]? = nil
    ) {
        self.id = id
        self.objetivosPolitica = objetivosPolitica
        self.objetivosInstitucionales = objetivosInstitucionales
        self.texto = texto
        self.motivo = motivo
        self.respondeA = respondeA
    }

    enum CodingKeys: String, CodingKey {
        case id, texto, motivo
        case respondeA = "responde_a"
        case objetivosPolitica = "objetivos_politica"
        case objetivosInstitucionales = "objetivos_institucionales"
    }
}

