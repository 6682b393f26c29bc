import Foundation

/// The Diagnóstico de calidad de servicio y experiencia usuaria, `diagnostico.yaml`.
public struct Diagnosis: Codable, Hashable, Sendable {
    /// Document title; "Diagnóstico de Calidad de Servicio y Experiencia Usuaria" when absent.
    public var titulo: String?
    /// Period analysed, e.g. "2022-2024".
    public var periodo: String
    /// Introductory paragraphs (method, sources, participation).
    public var introduccion: [Paragraph]?
    /// Strengths.
    public var fortalezas: [Finding]
    /// Weaknesses.
    public var debilidades: [Finding]
    /// Risks.
    public var riesgos: [Finding]
    /// Critical points (puntos críticos).
    public var puntosCriticos: [Finding]
    /// Priority areas of work (ámbitos prioritarios); guidelines and activities link to their ids.
    public var ambitosPrioritarios: [PriorityArea]
    /// Information sources with their figures.
    public var fuentes: DiagnosisSources?
    /// Closing paragraphs.
    public var cierre: [Paragraph]?

    /// Creates a diagnosis.
    public init(
        titulo: String? = nil, periodo: String, introduccion: [Paragraph]? = nil, fortalezas: [Finding],
        debilidades: [Finding], riesgos: [Finding], puntosCriticos: [Finding], ambitosPrioritarios: [PriorityArea],
        fuentes: DiagnosisSources? = nil, cierre: [Paragraph]? = nil
    ) {
        self.titulo = titulo
        self.periodo = periodo
        self.introduccion = introduccion
        self.fortalezas = fortalezas
        self.debilidades = debilidades
        self.riesgos = riesgos
        self.puntosCriticos = puntosCriticos
        self.ambitosPrioritarios = ambitosPrioritarios
        self.fuentes = fuentes
        self.cierre = cierre
    }

    enum CodingKeys: String, CodingKey {
        case titulo, periodo, introduccion, fortalezas, debilidades, riesgos, fuentes, cierre
        case puntosCriticos = "puntos_criticos"
        case ambitosPrioritarios = "ambitos_prioritarios"
    }
}

/// A finding of the diagnosis (strength, weakness, risk or critical point).
public struct Finding: Codable, Hashable, Sendable {
    /// Stable identifier.
    public var id: String?
    /// The finding.
    public var texto: String
    /// Where it comes from (MESU, reclamos, taller …).
    public var fuente: String?
    /// Why it was added or changed in this version.
    public var motivo: String?
    /// Ids of the Red de Expertos recommendations (or participation instances) this item answers.
    public var respondeA: [String]?

    /// Creates a finding.
    public init(id: String? = nil, texto: String, fuente: String? = nil, motivo: String? = nil, respondeA: [String]? = nil) {
        self.id = id
        self.texto = texto
        self.fuente = fuente
        self.motivo = motivo
        self.respondeA = respondeA
    }

    enum CodingKeys: String, CodingKey {
        case id, texto, fuente, motivo
        case respondeA = "responde_a"
    }
}

/// A priority area of work (ámbito prioritario).
public struct PriorityArea: Codable, Hashable, Sendable {
    /// Stable identifier referenced by guidelines and activities.
    public var id: String
    /// Name of the area.
    public var nombre: String
    /// Why it is a priority.
    public var descripcion: String?
    /// Why it was added or changed in this version.
    public var motivo: String?
    /// Ids of the Red de Expertos recommendations (or participation instances) this item answers.
    public var respondeA: [String]?

    /// Creates a priority area.
    public init(id: String, nombre: String, descripcion: String? = nil, motivo: String? = nil, respondeA: [String]? = nil) {
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

