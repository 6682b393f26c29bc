// What the specific change rules state for each input type; the residual comparison states the rest.
// A key listed here must have a rule in DiffBuilder+*.swift that reports its changes.

extension Policy: DiffCovered {
    var diffCoverage: DiffCoverage {
        .fields([
            "contexto": .covered,
            "definiciones_estrategicas": .keys("mision", "vision", "objetivos"),
            "principios": .covered, "objetivos": .covered, "relacion": .covered, "usuarios": .covered,
            "actores": .covered, "directrices": .covered, "glosario": .covered,
        ])
    }
}

extension StrategicObjective: DiffCovered {
    var diffCoverage: DiffCoverage { .keys("texto") }
}

extension Principle: DiffCovered {
    var diffCoverage: DiffCoverage { .keys("nombre", "descripcion") }
}

extension PolicyObjective: DiffCovered {
    var diffCoverage: DiffCoverage { .keys("titulo", "texto") }
}

extension StrategicRelation: DiffCovered {
    /// Without its own text a relation is compared through the objectives it names.
    var diffCoverage: DiffCoverage {
        texto == nil ? .keys("texto", "objetivos_politica", "objetivos_institucionales") : .keys("texto")
    }
}

extension UserSegment: DiffCovered {
    /// `ejemplos_como` only chooses how the examples are laid out (a list or a sentence); the examples
    /// themselves are compared.
    var diffCoverage: DiffCoverage {
        .keys("nombre", "caracteristicas", "numero_aproximado", "ejemplos", "vinculacion", "ejemplos_como")
    }
}

extension Actor: DiffCovered {
    var diffCoverage: DiffCoverage { .keys("actor", "involucramiento", "rol", "responsabilidades") }
}

extension Guideline: DiffCovered {
    var diffCoverage: DiffCoverage { .keys("titulo", "texto") }
}

extension GlossaryEntry: DiffCovered {
    var diffCoverage: DiffCoverage { .keys("termino", "definicion") }
}

extension ImprovementPlan: DiffCovered {
    var diffCoverage: DiffCoverage { .keys("actividades", "introduccion", "criterios_priorizacion", "cierre") }
}

extension PlanActivity: DiffCovered {
    var diffCoverage: DiffCoverage {
        .keys("nombre", "descripcion", "prioridad", "justificacion_prioridad", "area_responsable", "poblacion_objetivo",
              "objetivo", "directriz", "ambito", "plazo", "indicador")
    }
}

extension Diagnosis: DiffCovered {
    var diffCoverage: DiffCoverage {
        .keys("fortalezas", "debilidades", "riesgos", "puntos_criticos", "ambitos_prioritarios", "introduccion", "cierre")
    }
}

extension Finding: DiffCovered {
    var diffCoverage: DiffCoverage { .keys("texto") }
}

extension PriorityArea: DiffCovered {
    var diffCoverage: DiffCoverage { .keys("nombre", "descripcion") }
}

extension Participation: DiffCovered {
    /// No specific rule: every change of the participation record is stated field by field.
    var diffCoverage: DiffCoverage { .nothing }
}

extension Manifest: DiffCovered {
    /// The institution's data, the PMG identity and the resolución are document content; the
    /// version label, the build settings (documents, formats, templates, reference documents) and
    /// the archive folder describe how and which version is built, not what it says.
    var diffCoverage: DiffCoverage {
        .keys("version", "documentos", "formatos", "plantillas", "archivo", "referencia_odt", "referencia_docx", "referencia_pptx")
    }
}

extension PlanProgress: DiffCovered {
    /// No specific rule yet: every change of the results report (a state, a milestone's real date, a
    /// measurement) is stated field by field, entries matched by position or by activity.
    var diffCoverage: DiffCoverage { .nothing }
}
