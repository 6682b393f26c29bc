/// The participatory process, `participacion.yaml`: surveys and workshops with staff and users.
public struct Participation: Codable, Hashable, Sendable {
    /// Participation instances, in order.
    public var instancias: [ParticipationInstance]

    /// Creates the participation record.
    public init(instancias: [ParticipationInstance]) {
        self.instancias = instancias
    }
}

/// One participation instance (a survey, a workshop …).
public struct ParticipationInstance: Codable, Hashable, Sendable {
    /// Stable identifier.
    public var id: String?
    /// Who took part, as a heading: "Personal GORE", "Consejo Regional de la Sociedad Civil (CORESOC)".
    public var nombre: String
    /// Kind of instance.
    public var tipo: ParticipationKind
    /// What it was and whom it addressed.
    public var descripcion: String?
    /// First day (ISO `AAAA-MM-DD`).
    public var desde: String
    /// Last day (ISO `AAAA-MM-DD`).
    public var hasta: String?
    /// Number of participants.
    public var participantes: Int
    /// Size of the population invited.
    public var total: Int
    /// Noteworthy remarks (shown as bullets, light markup allowed).
    public var observaciones: [String]?
    /// Breakdowns of participants (by contract type, estamento …) for charts.
    public var desgloses: [Breakdown]?

    /// Creates an instance.
    public init(
        id: String? = nil, nombre: String, tipo: ParticipationKind, descripcion: String? = nil, desde: String,
        hasta: String? = nil, participantes: Int, total: Int, observaciones: [String]? = nil,
        desgloses: [Breakdown]? = nil
    ) {
        self.id = id
        self.nombre = nombre
        self.tipo = tipo
        self.descripcion = descripcion
        self.desde = desde
        self.hasta = hasta
        self.participantes = participantes
        self.total = total
        self.observaciones = observaciones
        self.desgloses = desgloses
    }
}

/// Kind of participation instance.
public enum ParticipationKind: String, Codable, Hashable, Sendable, CaseIterable {
    case encuesta
    case taller
    case entrevista
    case grupoFocal = "grupo_focal"
    case consulta
    case otra
}

/// A breakdown of participants by one criterion.
public struct Breakdown: Codable, Hashable, Sendable {
    /// Stable identifier.
    public var id: String?
    /// Title: "Calidad contractual de los participantes".
    public var titulo: String
    /// Categories with their counts.
    public var categorias: [BreakdownCategory]

    /// Creates a breakdown.
    public init(id: String? = nil, titulo: String, categorias: [BreakdownCategory]) {
        self.id = id
        self.titulo = titulo
        self.categorias = categorias
    }
}

/// One category of a breakdown.
public struct BreakdownCategory: Codable, Hashable, Sendable {
    /// Category name: "Planta", "Contrata" …
    public var nombre: String
    /// Participants in this category.
    public var participantes: Int

    /// Creates a category.
    public init(nombre: String, participantes: Int) {
        self.nombre = nombre
        self.participantes = participantes
    }
}
