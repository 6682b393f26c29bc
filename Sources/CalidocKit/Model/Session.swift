/// A Comité session, `sesiones/<número>.yaml`: what its presentation (deck) shows.
public struct Session: Codable, Hashable, Sendable {
    /// Session number (3 for "Tercera sesión").
    public var numero: Int
    /// Title; "Tercera sesión" style from the number when absent.
    public var titulo: String?
    /// Date (ISO `AAAA-MM-DD`).
    public var fecha: String
    /// Unit presenting, e.g. "División de Administración y Finanzas"; the manifest's division when absent.
    public var unidad: String?
    /// Sub-unit, e.g. the Departamento; the manifest's department when absent.
    public var subunidad: String?
    /// Agenda items ("Contenido").
    public var contenido: [String]
    /// The stage recap ("Recordemos").
    public var recordemos: StageRecap?
    /// The version pair whose differences are the "Cambios a partir de los resultados" (relative paths).
    public var cambiosResultados: VersionPair?
    /// The version pair whose differences are the "Cambios a partir de las recomendaciones".
    public var cambiosRecomendaciones: VersionPair?

    /// Creates a session.
    public init(
        numero: Int, titulo: String? = nil, fecha: String, unidad: String? = nil, subunidad: String? = nil,
        contenido: [String], recordemos: StageRecap? = nil, cambiosResultados: VersionPair? = nil,
        cambiosRecomendaciones: VersionPair? = nil
    ) {
        self.numero = numero
        self.titulo = titulo
        self.fecha = fecha
        self.unidad = unidad
        self.subunidad = subunidad
        self.contenido = contenido
        self.recordemos = recordemos
        self.cambiosResultados = cambiosResultados
        self.cambiosRecomendaciones = cambiosRecomendaciones
    }

    enum CodingKeys: String, CodingKey {
        case numero, titulo, fecha, unidad, subunidad, contenido, recordemos
        case cambiosResultados = "cambios_resultados"
        case cambiosRecomendaciones = "cambios_recomendaciones"
    }
}

/// "Recordemos": the PMG stage and its objective.
public struct StageRecap: Codable, Hashable, Sendable {
    /// Stage label, e.g. "ETAPA 2"; the manifest's stage when absent.
    public var etapa: String?
    /// The stage's objective (light markup allowed).
    public var objetivo: String

    /// Creates a recap.
    public init(etapa: String? = nil, objetivo: String) {
        self.etapa = etapa
        self.objetivo = objetivo
    }
}

/// Two versions of the workspace, as folders relative to it.
public struct VersionPair: Codable, Hashable, Sendable {
    /// Earlier version.
    public var anterior: String
    /// Later version ("." for the workspace itself).
    public var nueva: String

    /// Creates a pair.
    public init(anterior: String, nueva: String) {
        self.anterior = anterior
        self.nueva = nueva
    }
}
