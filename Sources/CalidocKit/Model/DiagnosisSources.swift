import Foundation

/// The information sources of the diagnosis, as the PMG consolidated report holds them.
public struct DiagnosisSources: Codable, Hashable, Sendable {
    /// The 1–5 relevant procedures (trámites relevantes).
    public var tramites: [RelevantProcedure]?
    /// Complaints per year.
    public var reclamos: [RequestYear]?
    /// Access-to-information requests (SAIP, Ley 20.285) per year.
    public var saip: [SAIPYear]?
    /// Satisfaction measurement (MESU) per year.
    public var mesu: [SatisfactionYear]?
    /// Other sources (workshops, surveys), described in text.
    public var otras: [Paragraph]?

    /// Creates diagnosis sources.
    public init(
        tramites: [RelevantProcedure]? = nil, reclamos: [RequestYear]? = nil, saip: [SAIPYear]? = nil,
        mesu: [SatisfactionYear]? = nil, otras: [Paragraph]? = nil
    ) {
        self.tramites = tramites
        self.reclamos = reclamos
        self.saip = saip
        self.mesu = mesu
        self.otras = otras
    }
}

/// A relevant procedure (trámite o servicio relevante) with its yearly time statistics.
public struct RelevantProcedure: Codable, Hashable, Sendable {
    /// Stable identifier.
    public var id: String?
    /// Name of the procedure or service.
    public var nombre: String
    /// Why it was selected.
    public var justificacion: ProcedureJustification
    /// The other reason, required when `justificacion` is "Otra razón".
    public var otraRazon: String?
    /// Event that starts the clock (hito de inicio).
    public var hitoInicio: String
    /// Event that stops it (hito final).
    public var hitoFinal: String
    /// Expected time for the procedure.
    public var tiempoEsperado: Double
    /// Unit of the expected time and of the statistics.
    public var unidad: TimeUnit
    /// Statistics per year.
    public var anios: [ProcedureYear]?

    /// Creates a relevant procedure.
    public init(
        id: String? = nil, nombre: String, justificacion: ProcedureJustification, otraRazon: String? = nil,
        hitoInicio: String, hitoFinal: String, tiempoEsperado: Double, unidad: TimeUnit, anios: [ProcedureYear]? = nil
    ) {
        self.id = id
        self.nombre = nombre
        self.justificacion = justificacion
        self.otraRazon = otraRazon
        self.hitoInicio = hitoInicio
        self.hitoFinal = hitoFinal
        self.tiempoEsperado = tiempoEsperado
        self.unidad = unidad
        self.anios = anios
    }

    enum CodingKeys: String, CodingKey {
        case id, nombre, justificacion, unidad, anios
        case otraRazon = "otra_razon"
        case hitoInicio = "hito_inicio"
        case hitoFinal = "hito_final"
        case tiempoEsperado = "tiempo_esperado"
    }
}

/// Why a relevant procedure was selected.
public enum ProcedureJustification: String, Codable, Hashable, Sendable, CaseIterable {
    case masividad = "masividad"
    case objetivosEstrategicos = "objetivos_estrategicos"
    case otra = "otra"
}

/// Unit of a time measure. YAML accepts `días hábiles`, `dias_habiles`, `día hábil` and the like.
public enum TimeUnit: String, Codable, Hashable, Sendable, CaseIterable {
    case diasHabiles = "días hábiles"
    case diasCorridos = "días corridos"
    case horas = "horas"
    case minutos = "minutos"

    /// Normalises the spellings found in the consolidated reports (singular, no accents, underscores).
    public static func normalized(_ text: String) -> TimeUnit? {
        let folded = text.lowercased()
            .replacingOccurrences(of: "_", with: " ")
            .folding(options: .diacriticInsensitive, locale: nil)
            .trimmingCharacters(in: .whitespaces)
        switch folded {
        case "dias habiles", "dia habil": return .diasHabiles
        case "dias corridos", "dia corrido", "dias", "dia": return .diasCorridos
        case "horas", "hora": return .horas
        case "minutos", "minuto": return .minutos
        default: return nil
        }
    }

    /// Decodes any accepted spelling.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let unit = TimeUnit.normalized(text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "unidad desconocida «\(text)»: use días hábiles, días corridos, horas o minutos")
        }
        self = unit
    }
}

/// Time statistics of a relevant procedure for one year.
public struct ProcedureYear: Codable, Hashable, Sendable {
    /// Year.
    public var anio: Int
    /// Mean time.
    public var promedio: Double?
    /// Median time.
    public var mediana: Double?
    /// Minimum time.
    public var minimo: Double?
    /// Maximum time.
    public var maximo: Double?
    /// Transactions handled in more than the expected time.
    public var fueraDePlazo: Int?
    /// Transactions handled in the year.
    public var total: Int?

    /// Creates yearly statistics.
    public init(
        anio: Int, promedio: Double? = nil, mediana: Double? = nil, minimo: Double? = nil, maximo: Double? = nil,
        fueraDePlazo: Int? = nil, total: Int? = nil
    ) {
        self.anio = anio
        self.promedio = promedio
        self.mediana = mediana
        self.minimo = minimo
        self.maximo = maximo
        self.fueraDePlazo = fueraDePlazo
        self.total = total
    }

    enum CodingKeys: String, CodingKey {
        case anio, promedio, mediana, minimo, maximo, total
        case fueraDePlazo = "fuera_de_plazo"
    }
}

/// Complaints (reclamos) of one year.
public struct RequestYear: Codable, Hashable, Sendable {
    /// Year.
    public var anio: Int
    /// Received in the year.
    public var recibidos: Int
    /// Answered in the year.
    public var respondidos: Int
    /// Answered in more than 20 días hábiles.
    public var respondidosMas20Dias: Int?
    /// Mean response time (días hábiles).
    public var promedio: Double?
    /// Median response time.
    public var mediana: Double?
    /// Minimum response time.
    public var minimo: Double?
    /// Maximum response time.
    public var maximo: Double?

    /// Creates a year of complaints.
    public init(
        anio: Int, recibidos: Int, respondidos: Int, respondidosMas20Dias: Int? = nil, promedio: Double? = nil,
        mediana: Double? = nil, minimo: Double? = nil, maximo: Double? = nil
    ) {
        self.anio = anio
        self.recibidos = recibidos
        self.respondidos = respondidos
        self.respondidosMas20Dias = respondidosMas20Dias
        self.promedio = promedio
        self.mediana = mediana
        self.minimo = minimo
        self.maximo = maximo
    }

    enum CodingKeys: String, CodingKey {
        case anio, recibidos, respondidos, promedio, mediana, minimo, maximo
        case respondidosMas20Dias = "respondidos_mas_20_dias"
    }
}

/// Access-to-information requests (SAIP) of one year, with the cumulative time bands.
public struct SAIPYear: Codable, Hashable, Sendable {
    /// Year.
    public var anio: Int
    /// Received in the year.
    public var recibidas: Int
    /// Answered in the year.
    public var respondidas: Int
    /// Answered in 10 días hábiles or less (cumulative).
    public var hasta10Dias: Int?
    /// Answered in 15 días hábiles or less (cumulative).
    public var hasta15Dias: Int?
    /// Answered in 20 días hábiles or less (cumulative).
    public var hasta20Dias: Int?
    /// Answered in more than 20 días hábiles.
    public var mas20Dias: Int?
    /// Mean response time (días hábiles).
    public var promedio: Double?
    /// Median response time.
    public var mediana: Double?
    /// Minimum response time.
    public var minimo: Double?
    /// Maximum response time.
    public var maximo: Double?

    /// Creates a year of SAIP.
    public init(
        anio: Int, recibidas: Int, respondidas: Int, hasta10Dias: Int? = nil, hasta15Dias: Int? = nil,
        hasta20Dias: Int? = nil, mas20Dias: Int? = nil, promedio: Double? = nil, mediana: Double? = nil,
        minimo: Double? = nil, maximo: Double? = nil
    ) {
        self.anio = anio
        self.recibidas = recibidas
        self.respondidas = respondidas
        self.hasta10Dias = hasta10Dias
        self.hasta15Dias = hasta15Dias
        self.hasta20Dias = hasta20Dias
        self.mas20Dias = mas20Dias
        self.promedio = promedio
        self.mediana = mediana
        self.minimo = minimo
        self.maximo = maximo
    }

    enum CodingKeys: String, CodingKey {
        case anio, recibidas, respondidas, promedio, mediana, minimo, maximo
        case hasta10Dias = "hasta_10_dias"
        case hasta15Dias = "hasta_15_dias"
        case hasta20Dias = "hasta_20_dias"
        case mas20Dias = "mas_20_dias"
    }
}

/// Satisfaction measurement (MESU) results of one year.
public struct SatisfactionYear: Codable, Hashable, Sendable {
    /// Year.
    public var anio: Int
    /// % of users rating their last experience 6 or 7 (0–100).
    public var porcentajeSatisfechos: Double
    /// Net satisfaction with the last experience (% positive − % negative, −100…100).
    public var satisfaccionNeta: Double?
    /// Net evaluation of the institution (−100…100).
    public var evaluacionNeta: Double?
    /// Number of surveys.
    public var encuestas: Int?
    /// Results by channel.
    public var canales: [ChannelSatisfaction]?

    /// Creates a MESU year.
    public init(
        anio: Int, porcentajeSatisfechos: Double, satisfaccionNeta: Double? = nil, evaluacionNeta: Double? = nil,
        encuestas: Int? = nil, canales: [ChannelSatisfaction]? = nil
    ) {
        self.anio = anio
        self.porcentajeSatisfechos = porcentajeSatisfechos
        self.satisfaccionNeta = satisfaccionNeta
        self.evaluacionNeta = evaluacionNeta
        self.encuestas = encuestas
        self.canales = canales
    }

    enum CodingKeys: String, CodingKey {
        case anio, encuestas, canales
        case porcentajeSatisfechos = "porcentaje_satisfechos"
        case satisfaccionNeta = "satisfaccion_neta"
        case evaluacionNeta = "evaluacion_neta"
    }
}

/// MESU satisfaction on one channel.
public struct ChannelSatisfaction: Codable, Hashable, Sendable {
    /// Channel: presencial, digital, telefónico, otros.
    public var canal: String
    /// % rating 6 or 7 on this channel.
    public var porcentajeSatisfechos: Double

    /// Creates a channel result.
    public init(canal: String, porcentajeSatisfechos: Double) {
        self.canal = canal
        self.porcentajeSatisfechos = porcentajeSatisfechos
    }

    enum CodingKeys: String, CodingKey {
        case canal
        case porcentajeSatisfechos = "porcentaje_satisfechos"
    }
}
