/// The results of the Plan de Mejoramiento, `avance.yaml`: how each activity of `plan.yaml` went
/// (Etapa 3, implementation) and what its indicator measured (Etapa 4, evaluation).
///
/// Values are never typed: each measurement gives its numerator and denominator and calidoc computes
/// the indicator and the compliance against the Plan's meta.
public struct PlanProgress: Codable, Hashable, Sendable {
    /// Document title; "Informe de resultados del Plan de Mejoramiento <periodo>" when absent.
    public var titulo: String?
    /// Period reported ("2025", "primer semestre 2025").
    public var periodo: String
    /// Cut-off date of the report (ISO `AAAA-MM-DD`).
    public var fechaCorte: String
    /// Introductory paragraphs.
    public var introduccion: [Paragraph]?
    /// One entry per activity of the Plan.
    public var actividades: [ActivityProgress]
    /// Conclusions and next steps.
    public var conclusiones: [Paragraph]?

    /// Creates a progress report.
    public init(
        titulo: String? = nil, periodo: String, fechaCorte: String, introduccion: [Paragraph]? = nil,
        actividades: [ActivityProgress], conclusiones: [Paragraph]? = nil
    ) {
        self.titulo = titulo
        self.periodo = periodo
        self.fechaCorte = fechaCorte
        self.introduccion = introduccion
        self.actividades = actividades
        self.conclusiones = conclusiones
    }

    enum CodingKeys: String, CodingKey {
        case titulo, periodo, introduccion, actividades, conclusiones
        case fechaCorte = "fecha_corte"
    }
}

/// How one activity of the Plan went.
public struct ActivityProgress: Codable, Hashable, Sendable {
    /// The activity's `id` in `plan.yaml`.
    public var actividad: String
    /// Its state at the cut-off date.
    public var estado: ActivityState
    /// Why: required when the activity is late or rescheduled, and when it is marked cumplida without
    /// reaching its meta.
    public var justificacion: String?
    /// The new deadline of a rescheduled activity (ISO `AAAA-MM-DD`).
    public var nuevoPlazo: String?
    /// Milestones with their planned and real dates and their evidence.
    public var hitos: [Milestone]?
    /// Measurements of the activity's indicator, oldest first.
    public var mediciones: [Measurement]?
    /// Comments on the results.
    public var comentario: String?
    /// Why it was added or changed in this version.
    public var motivo: String?
    /// Recommendation ids this entry answers.
    public var respondeA: [String]?

    /// Creates an activity's progress.
    public init(
        actividad: String, estado: ActivityState, justificacion: String? = nil, nuevoPlazo: String? = nil,
        hitos: [Milestone]? = nil, mediciones: [Measurement]? = nil, comentario: String? = nil,
        motivo: String? = nil, respondeA: [String]? = nil
    ) {
        self.actividad = actividad
        self.estado = estado
        self.justificacion = justificacion
        self.nuevoPlazo = nuevoPlazo
        self.hitos = hitos
        self.mediciones = mediciones
        self.comentario = comentario
        self.motivo = motivo
        self.respondeA = respondeA
    }

    enum CodingKeys: String, CodingKey {
        case actividad, estado, justificacion, hitos, mediciones, comentario, motivo
        case nuevoPlazo = "nuevo_plazo"
        case respondeA = "responde_a"
    }
}

/// State of an activity at the cut-off date.
public enum ActivityState: String, Codable, Hashable, Sendable, CaseIterable {
    case noIniciada = "no_iniciada"
    case enCurso = "en_curso"
    case cumplida
    case atrasada
    case reprogramada

    /// As the report prints it.
    public var label: String {
        switch self {
        case .noIniciada: "No iniciada"
        case .enCurso: "En curso"
        case .cumplida: "Cumplida"
        case .atrasada: "Atrasada"
        case .reprogramada: "Reprogramada"
        }
    }
}

/// A milestone of an activity.
public struct Milestone: Codable, Hashable, Sendable {
    /// Stable identifier.
    public var id: String?
    /// What is done ("Formulario rediseñado en producción").
    public var nombre: String
    /// Planned date (ISO `AAAA-MM-DD`).
    public var fechaPlanificada: String
    /// Date it was really reached; absent while pending.
    public var fechaReal: String?
    /// Evidence (medios de verificación): documents, reports, minutes.
    public var mediosVerificacion: [String]?

    /// Creates a milestone.
    public init(id: String? = nil, nombre: String, fechaPlanificada: String, fechaReal: String? = nil, mediosVerificacion: [String]? = nil) {
        self.id = id
        self.nombre = nombre
        self.fechaPlanificada = fechaPlanificada
        self.fechaReal = fechaReal
        self.mediosVerificacion = mediosVerificacion
    }

    enum CodingKeys: String, CodingKey {
        case id, nombre
        case fechaPlanificada = "fecha_planificada"
        case fechaReal = "fecha_real"
        case mediosVerificacion = "medios_verificacion"
    }
}

/// One measurement of an indicator: the value is computed from numerator and denominator.
public struct Measurement: Codable, Hashable, Sendable {
    /// What period it measures ("2025", "2025-T1").
    public var periodo: String
    /// Numerator, as the indicator's formula defines it.
    public var numerador: Double
    /// Denominator, as the indicator's formula defines it.
    public var denominador: Double

    /// Creates a measurement.
    public init(periodo: String, numerador: Double, denominador: Double) {
        self.periodo = periodo
        self.numerador = numerador
        self.denominador = denominador
    }
}
