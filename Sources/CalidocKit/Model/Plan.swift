import Foundation

/// The Plan de Mejoramiento de la Calidad de Servicio y Experiencia Usuaria, `plan.yaml`.
public struct ImprovementPlan: Codable, Hashable, Sendable {
    /// Document title; "Plan de Mejoramiento de la Calidad de Servicio y Experiencia Usuaria" when absent.
    public var titulo: String?
    /// Year or period the plan covers, e.g. "2025".
    public var periodo: String
    /// Introductory paragraphs.
    public var introduccion: [Paragraph]?
    /// How activities were prioritised (criteria), shown before the activities.
    public var criteriosPriorizacion: [Paragraph]?
    /// The plan's activities, in order.
    public var actividades: [PlanActivity]
    /// Closing paragraphs.
    public var cierre: [Paragraph]?

    /// Creates a plan.
    public init(
        titulo: String? = nil, periodo: String, introduccion: [Paragraph]? = nil,
        criteriosPriorizacion: [Paragraph]? = nil, actividades: [PlanActivity], cierre: [Paragraph]? = nil
    ) {
        self.titulo = titulo
        self.periodo = periodo
        self.introduccion = introduccion
        self.criteriosPriorizacion = criteriosPriorizacion
        self.actividades = actividades
        self.cierre = cierre
    }

    enum CodingKeys: String, CodingKey {
        case titulo, periodo, introduccion, actividades, cierre
        case criteriosPriorizacion = "criterios_priorizacion"
    }
}

/// One activity of the plan.
public struct PlanActivity: Codable, Hashable, Sendable {
    /// Stable identifier, e.g. `A1`.
    public var id: String
    /// Short name of the activity.
    public var nombre: String
    /// What will be done.
    public var descripcion: String?
    /// Priority given in the prioritisation.
    public var prioridad: Priority?
    /// Why this priority (justificación de la priorización).
    public var justificacionPrioridad: String?
    /// Responsible area (área responsable).
    public var areaResponsable: String?
    /// Target population (población objetivo).
    public var poblacionObjetivo: String?
    /// Id of the policy objective it serves.
    public var objetivo: String?
    /// Id of the policy guideline it implements.
    public var directriz: String?
    /// Id of the diagnosis priority area it addresses.
    public var ambito: String?
    /// Deadline (plazo), ISO date `AAAA-MM-DD`.
    public var plazo: String?
    /// Indicator and goal.
    public var indicador: Indicator?
    /// Why it was added or changed in this version.
    public var motivo: String?
    /// Ids of the Red de Expertos recommendations (or participation instances) this item answers.
    public var respondeA: [String]?

    /// Creates an activity.
    public init(
        id: String, nombre: String, descripcion: String? = nil, prioridad: Priority? = nil,
        justificacionPrioridad: String? = nil, areaResponsable: String? = nil, poblacionObjetivo: String? = nil,
        objetivo: String? = nil, directriz: String? = nil, ambito: String? = nil, plazo: String? = nil,
        indicador: Indicator? = nil, motivo: String? = nil, respondeA: [String]? = nil
    ) {
        self.id = id
        self.nombre = nombre
        self.descripcion = descripcion
        self.prioridad = prioridad
        self.justificacionPrioridad = justificacionPrioridad
        self.areaResponsable = areaResponsable
        self.poblacionObjetivo = poblacionObjetivo
        self.objetivo = objetivo
        self.directriz = directriz
        self.ambito = ambito
        self.plazo = plazo
        self.indicador = indicador
        self.motivo = motivo
        self.respondeA = respondeA
    }

    enum CodingKeys: String, CodingKey {
        case id, nombre, descripcion, prioridad, objetivo, directriz, ambito, plazo, indicador, motivo
        case respondeA = "responde_a"
        case justificacionPrioridad = "justificacion_prioridad"
        case areaResponsable = "area_responsable"
        case poblacionObjetivo = "poblacion_objetivo"
    }
}

/// Priority of a plan activity.
public enum Priority: String, Codable, Hashable, Sendable, CaseIterable {
    case alta
    case media
    case baja
}

/// A management indicator in the DIPRES formulation style.
public struct Indicator: Codable, Hashable, Sendable {
    /// "Porcentaje de … en el año t".
    public var nombre: String
    /// "(N° de … en el año t / N° total de … en el año t) * 100".
    public var formula: String?
    /// Unit of measure: "%", "días hábiles", "número" …
    public var unidad: String?
    /// What the numerator counts.
    public var numerador: String?
    /// What the denominator counts.
    public var denominador: String?
    /// Baseline (línea base); the previous year's value when not given.
    public var lineaBase: Double?
    /// Year of the baseline.
    public var anioLineaBase: Int?
    /// The goal.
    public var meta: Goal?
    /// Expected numerator value for the goal.
    public var metaNumerador: Double?
    /// Expected denominator value for the goal.
    public var metaDenominador: Double?
    /// When the indicator is measured, ISO date.
    public var fechaMedicion: String?
    /// Means of verification (medios de verificación).
    public var mediosVerificacion: [String]?
    /// Technical note (nota técnica).
    public var notaTecnica: String?

    /// Creates an indicator.
    public init(
        nombre: String, formula: String? = nil, unidad: String? = nil, numerador: String? = nil,
        denominador: String? = nil, lineaBase: Double? = nil, anioLineaBase: Int? = nil, meta: Goal? = nil,
        metaNumerador: Double? = nil, metaDenominador: Double? = nil, fechaMedicion: String? = nil,
        mediosVerificacion: [String]? = nil, notaTecnica: String? = nil
    ) {
        self.nombre = nombre
        self.formula = formula
        self.unidad = unidad
        self.numerador = numerador
        self.denominador = denominador
        self.lineaBase = lineaBase
        self.anioLineaBase = anioLineaBase
        self.meta = meta
        self.metaNumerador = metaNumerador
        self.metaDenominador = metaDenominador
        self.fechaMedicion = fechaMedicion
        self.mediosVerificacion = mediosVerificacion
        self.notaTecnica = notaTecnica
    }

    enum CodingKeys: String, CodingKey {
        case nombre, formula, unidad, numerador, denominador, meta
        case lineaBase = "linea_base"
        case anioLineaBase = "anio_linea_base"
        case metaNumerador = "meta_numerador"
        case metaDenominador = "meta_denominador"
        case fechaMedicion = "fecha_medicion"
        case mediosVerificacion = "medios_verificacion"
        case notaTecnica = "nota_tecnica"
    }
}

/// An indicator's goal: a value, or "no comprometida".
public enum Goal: Codable, Hashable, Sendable {
    /// A numeric goal in the indicator's unit.
    case value(Double)
    /// The goal is not committed this year.
    case notCommitted

    /// The YAML spelling of a goal that is not committed.
    public static let notCommittedSpelling = "no comprometida"

    /// Decodes a number or the string "no comprometida".
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        // Anything that reads as a number is decoded as one, so a number out of range is
        // reported as such rather than as "not «no comprometida»".
        if let text = try? container.decode(String.self), NumberReader.number(text) != .notANumber {
            self = .value(try container.decode(Double.self))
            return
        }
        if let number = try? container.decode(Double.self) {
            self = .value(number)
            return
        }
        let text = try container.decode(String.self)
        guard text.lowercased().trimmingCharacters(in: .whitespaces) == Self.notCommittedSpelling else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "se esperaba un número o «no comprometida»")
        }
        self = .notCommitted
    }

    /// Encodes as a number or "no comprometida".
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .value(let number): try container.encode(number)
        case .notCommitted: try container.encode(Self.notCommittedSpelling)
        }
    }
}
