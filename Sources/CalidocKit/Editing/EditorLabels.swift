/// The words the form shows for each key of the inputs and each allowed value (Spanish, English).
///
/// Keys missing here fall back to the key itself made readable ("numero_aproximado" → "Numero
/// aproximado"); the help text under a field comes from ``SchemaDescriptions``.
enum EditorLabels {
    /// The label of `key`.
    static func label(_ key: String, _ language: MessageLanguage) -> String {
        if let pair = keys[key] { return language.pick(pair.0, pair.1) }
        return readable(key)
    }

    /// The title of a top-level group where it differs from the key's label (the Política's
    /// sections are numbered as in the document).
    static func section(_ key: String, file: InputFile, _ language: MessageLanguage) -> String? {
        guard file == .politica, key == "objetivos" else { return nil }
        return language.pick("III. Objetivos estratégicos de la Política", "III. Strategic objectives of the policy")
    }

    /// The help text of `key` (Spanish only): the schema's description, or the form's own words
    /// where that description speaks of YAML syntax, ids or files the form never shows.
    static func help(_ key: String, _ language: MessageLanguage) -> String? {
        guard language == .es else { return nil }
        return formHelp[key] ?? SchemaDescriptions.text[key]
    }

    /// Help texts for the form where the schema's (written for YAML editors) would not make sense.
    static let formHelp: [String: String] = [
        "texto": "Admite **negrita**, *cursiva* y \\* (asterisco); una línea en blanco separa párrafos.",
        "responde_a": "Las recomendaciones de la Red de Expertos o instancias de participación que este cambio atiende.",
        "objetivos_institucionales": "Los objetivos estratégicos institucionales (sección «Definiciones estratégicas») que este objetivo sirve.",
        "ambitos": "Los ámbitos prioritarios del Diagnóstico que esta línea aborda.",
        "actividad": "La actividad del Plan de Mejoramiento que esta entrada informa.",
        "logo": "Archivo del logo (PNG, JPEG o SVG) dentro de la carpeta del espacio de trabajo, p. ej. logo.png.",
        "anterior": "Carpeta de la versión anterior (para comparar y para las presentaciones), p. ej. versiones/1-inicial.",
    ]

    /// The words shown for an allowed value.
    static func option(_ value: String, _ language: MessageLanguage) -> String {
        if let pair = options[value] { return language.pick(pair.0, pair.1) }
        return readable(value)
    }

    /// The noun of one item of the list at `key` ("Objetivo", "Actividad" …) for card titles and buttons.
    static func itemNoun(_ key: String, parent: String?, _ language: MessageLanguage) -> String {
        let lookup = key == "items" ? (parent ?? key) : key
        if let pair = nouns[lookup] { return language.pick(pair.0, pair.1) }
        return language.pick("Elemento", "Item")
    }

    static func readable(_ key: String) -> String {
        let spaced = key.replacingOccurrences(of: "_", with: " ")
        return spaced.prefix(1).uppercased() + spaced.dropFirst()
    }

    private static let keys: [String: (String, String)] = [
        "institucion": ("Institución", "Institution"), "nombre": ("Nombre", "Name"),
        "nombre_corto": ("Nombre corto", "Short name"), "sigla": ("Sigla", "Acronym"),
        "ministerio": ("Ministerio", "Ministry"), "logo": ("Logo (ruta del archivo)", "Logo (file path)"),
        "division": ("División", "Division"), "departamento": ("Departamento", "Department"),
        "jefe_servicio": ("Jefatura del Servicio", "Head of service"), "cargo": ("Cargo", "Position"),
        "ciudad": ("Ciudad", "City"), "pmg": ("Identidad en el PMG", "PMG identity"),
        "codigo_interno": ("Código interno", "Internal code"), "anio": ("Año", "Year"), "etapa": ("Etapa", "Stage"),
        "aplica_mesu": ("Aplica MESU", "MESU applies"), "categoria_funcional": ("Categoría funcional", "Functional category"),
        "comite": ("Comité", "Committee"), "version": ("Versión", "Version"), "etiqueta": ("Etiqueta", "Label"),
        "fecha": ("Fecha", "Date"), "descripcion": ("Descripción", "Description"), "anterior": ("Versión anterior", "Previous version"),
        "documentos": ("Documentos a generar", "Documents to build"), "formatos": ("Formatos", "Formats"),
        "plantillas": ("Carpeta de plantillas", "Templates folder"), "referencia_odt": ("Documento ODT de referencia", "Reference ODT"),
        "referencia_docx": ("Documento DOCX de referencia", "Reference DOCX"),
        "referencia_pptx": ("Presentación PPTX de referencia", "Reference PPTX"), "archivo": ("Carpeta del archivo", "Archive folder"),
        "resolucion": ("Resolución", "Resolution"), "documento": ("Documento", "Document"), "numero": ("Número", "Number"),
        "firmante": ("Firmante", "Signatory"), "vistos": ("Vistos", "Having seen"), "considerandos": ("Considerandos", "Whereas"),
        "resuelvo": ("Resuelvo", "Resolved"), "distribucion": ("Distribución", "Distribution"),
        "titulo": ("Título", "Title"), "contexto": ("I. Contexto", "I. Context"), "parrafos": ("Párrafos", "Paragraphs"),
        "parrafos_finales": ("Párrafos finales", "Closing paragraphs"),
        "definiciones_estrategicas": ("Definiciones estratégicas institucionales", "Institutional strategic definitions"),
        "mision": ("Misión", "Mission"), "vision": ("Visión", "Vision"), "introduccion": ("Introducción", "Introduction"),
        "objetivos": ("Objetivos", "Objectives"), "principios": ("II. Principios orientadores", "II. Guiding principles"),
        "relacion": ("IV. Relación con las definiciones estratégicas", "IV. Relation to strategic definitions"),
        "relaciones": ("Relaciones", "Relations"), "usuarios": ("V. Usuarios y usuarias", "V. Users"),
        "actores": ("VI. Actores y roles", "VI. Actors and roles"), "directrices": ("VII. Directrices y líneas de acción", "VII. Guidelines"),
        "glosario": ("VIII. Glosario", "VIII. Glossary"), "items": ("Elementos", "Items"), "cierre": ("Cierre", "Closing"),
        "texto": ("Texto", "Text"), "motivo": ("Motivo del cambio", "Reason for the change"),
        "responde_a": ("Responde a", "Answers"), "objetivos_institucionales": ("Objetivos estratégicos institucionales", "Institutional strategic objectives"),
        "objetivos_politica": ("Objetivos de la Política", "Policy objectives"),
        "numero_aproximado": ("Número aproximado", "Approximate number"), "caracteristicas": ("Características", "Characteristics"),
        "ejemplos": ("Ejemplos", "Examples"), "ejemplos_como": ("Mostrar los ejemplos como", "Show examples as"),
        "vinculacion": ("Vinculación", "Relationship"), "actor": ("Actor", "Actor"), "involucramiento": ("Involucramiento", "Involvement"),
        "rol": ("Rol", "Role"), "responsabilidades": ("Responsabilidades", "Responsibilities"), "ambitos": ("Ámbitos prioritarios", "Priority areas"),
        "termino": ("Término", "Term"), "definicion": ("Definición", "Definition"), "periodo": ("Periodo", "Period"),
        "criterios_priorizacion": ("Criterios de priorización", "Prioritisation criteria"), "actividades": ("Actividades", "Activities"),
        "prioridad": ("Prioridad", "Priority"), "justificacion_prioridad": ("Justificación de la prioridad", "Why this priority"),
        "area_responsable": ("Área responsable", "Responsible area"), "poblacion_objetivo": ("Población objetivo", "Target population"),
        "objetivo": ("Objetivo", "Objective"), "directriz": ("Directriz", "Guideline"), "ambito": ("Ámbito prioritario", "Priority area"),
        "plazo": ("Plazo", "Deadline"), "indicador": ("Indicador", "Indicator"), "formula": ("Fórmula de cálculo", "Formula"),
        "unidad": ("Unidad", "Unit"), "numerador": ("Numerador", "Numerator"), "denominador": ("Denominador", "Denominator"),
        "linea_base": ("Línea base", "Baseline"), "anio_linea_base": ("Año de la línea base", "Baseline year"), "meta": ("Meta", "Target"),
        "meta_numerador": ("Numerador de la meta", "Target numerator"), "meta_denominador": ("Denominador de la meta", "Target denominator"),
        "fecha_medicion": ("Fecha de medición", "Measurement date"), "medios_verificacion": ("Medios de verificación", "Means of verification"),
        "nota_tecnica": ("Nota técnica", "Technical note"), "fortalezas": ("Fortalezas", "Strengths"), "debilidades": ("Debilidades", "Weaknesses"),
        "riesgos": ("Riesgos", "Risks"), "puntos_criticos": ("Puntos críticos", "Critical points"),
        "ambitos_prioritarios": ("Ámbitos prioritarios", "Priority areas"), "fuentes": ("Fuentes", "Sources"), "fuente": ("Fuente", "Source"),
        "tramites": ("Trámites relevantes", "Relevant procedures"), "justificacion": ("Justificación", "Justification"),
        "otra_razon": ("Otra razón", "Other reason"), "hito_inicio": ("Hito de inicio", "Start milestone"), "hito_final": ("Hito final", "End milestone"),
        "tiempo_esperado": ("Tiempo esperado", "Expected time"), "anios": ("Años", "Years"), "promedio": ("Promedio", "Mean"),
        "mediana": ("Mediana", "Median"), "minimo": ("Mínimo", "Minimum"), "maximo": ("Máximo", "Maximum"),
        "fuera_de_plazo": ("Fuera de plazo", "Late"), "total": ("Total", "Total"), "reclamos": ("Reclamos", "Complaints"),
        "recibidos": ("Recibidos", "Received"), "respondidos": ("Respondidos", "Answered"),
        "respondidos_mas_20_dias": ("Respondidos en más de 20 días", "Answered after 20 days"), "saip": ("Solicitudes SAIP", "SAIP requests"),
        "recibidas": ("Recibidas", "Received"), "respondidas": ("Respondidas", "Answered"), "hasta_10_dias": ("Hasta 10 días", "Up to 10 days"),
        "hasta_15_dias": ("Hasta 15 días", "Up to 15 days"), "hasta_20_dias": ("Hasta 20 días", "Up to 20 days"),
        "mas_20_dias": ("Más de 20 días", "Over 20 days"), "mesu": ("Medición de Satisfacción Usuaria", "User satisfaction survey"),
        "porcentaje_satisfechos": ("Porcentaje de satisfechos", "Percentage satisfied"), "satisfaccion_neta": ("Satisfacción neta", "Net satisfaction"),
        "evaluacion_neta": ("Evaluación neta", "Net rating"), "encuestas": ("Encuestas", "Surveys"), "canales": ("Canales", "Channels"),
        "canal": ("Canal", "Channel"), "otras": ("Otras fuentes", "Other sources"), "instancias": ("Instancias de participación", "Participation instances"),
        "tipo": ("Tipo", "Kind"), "desde": ("Desde", "From"), "hasta": ("Hasta", "Until"), "participantes": ("Participantes", "Participants"),
        "observaciones": ("Observaciones", "Remarks"), "desgloses": ("Desgloses", "Breakdowns"), "categorias": ("Categorías", "Categories"),
        "seccion": ("Sección", "Section"), "fecha_corte": ("Fecha de corte", "Cut-off date"), "actividad": ("Actividad del Plan", "Plan activity"),
        "estado": ("Estado", "State"), "nuevo_plazo": ("Nuevo plazo", "New deadline"), "hitos": ("Hitos", "Milestones"),
        "fecha_planificada": ("Fecha planificada", "Planned date"), "fecha_real": ("Fecha real", "Actual date"),
        "mediciones": ("Mediciones", "Measurements"), "comentario": ("Comentario", "Comment"), "conclusiones": ("Conclusiones", "Conclusions"),
        "subunidad": ("Subunidad", "Sub-unit"), "contenido": ("Contenido", "Agenda"), "recordemos": ("Recordemos", "Recap"),
        "cambios_resultados": ("Cambios por resultados", "Changes from results"),
        "cambios_recomendaciones": ("Cambios por recomendaciones", "Changes from recommendations"), "nueva": ("Versión nueva", "New version"),
    ]

    private static let nouns: [String: (String, String)] = [
        "objetivos": ("Objetivo", "Objective"), "principios": ("Principio", "Principle"), "relaciones": ("Relación", "Relation"),
        "usuarios": ("Grupo de usuarios", "User group"), "actores": ("Actor", "Actor"), "directrices": ("Directriz", "Guideline"),
        "glosario": ("Término", "Term"), "parrafos": ("Párrafo", "Paragraph"), "parrafos_finales": ("Párrafo", "Paragraph"),
        "introduccion": ("Párrafo", "Paragraph"), "cierre": ("Párrafo", "Paragraph"), "criterios_priorizacion": ("Criterio", "Criterion"),
        "conclusiones": ("Párrafo", "Paragraph"), "otras": ("Fuente", "Source"), "actividades": ("Actividad", "Activity"),
        "fortalezas": ("Fortaleza", "Strength"), "debilidades": ("Debilidad", "Weakness"), "riesgos": ("Riesgo", "Risk"),
        "puntos_criticos": ("Punto crítico", "Critical point"), "ambitos_prioritarios": ("Ámbito", "Area"), "tramites": ("Trámite", "Procedure"),
        "anios": ("Año", "Year"), "reclamos": ("Año", "Year"), "saip": ("Año", "Year"), "mesu": ("Año", "Year"), "canales": ("Canal", "Channel"),
        "instancias": ("Instancia", "Instance"), "desgloses": ("Desglose", "Breakdown"), "categorias": ("Categoría", "Category"),
        "hitos": ("Hito", "Milestone"), "mediciones": ("Medición", "Measurement"), "ejemplos": ("Ejemplo", "Example"),
        "responsabilidades": ("Responsabilidad", "Responsibility"), "medios_verificacion": ("Medio", "Means"),
        "observaciones": ("Observación", "Remark"), "contenido": ("Punto", "Item"), "vistos": ("Visto", "Item"),
        "considerandos": ("Considerando", "Item"), "resuelvo": ("Punto", "Item"), "distribucion": ("Destinatario", "Recipient"),
        "recomendaciones": ("Recomendación", "Recommendation"),
    ]

    private static let options: [String: (String, String)] = [
        "entrega_servicios": ("Entrega de servicios", "Service delivery"), "gobernanza": ("Gobernanza", "Governance"),
        "monitoreo_evaluacion": ("Monitoreo y evaluación", "Monitoring and evaluation"), "alta": ("Alta", "High"),
        "media": ("Media", "Medium"), "baja": ("Baja", "Low"), "no_iniciada": ("No iniciada", "Not started"),
        "en_curso": ("En curso", "In progress"), "cumplida": ("Cumplida", "Done"), "atrasada": ("Atrasada", "Late"),
        "reprogramada": ("Reprogramada", "Rescheduled"), "grupo_focal": ("Grupo focal", "Focus group"),
        "encuesta": ("Encuesta", "Survey"), "taller": ("Taller", "Workshop"), "entrevista": ("Entrevista", "Interview"),
        "consulta": ("Consulta", "Consultation"), "otra": ("Otra", "Other"), "lista": ("Lista", "List"),
        "texto": ("Texto corrido", "Running text"), "masividad": ("Masividad", "Volume"),
        "objetivos_estrategicos": ("Objetivos estratégicos", "Strategic objectives"), "politica": ("Política", "Policy"),
        "plan": ("Plan de Mejoramiento", "Improvement plan"), "diagnostico": ("Diagnóstico", "Diagnosis"),
        "informe": ("Informe de resultados", "Results report"), "resolucion": ("Resolución", "Resolution"),
        "contexto": ("Contexto", "Context"), "principios": ("Principios", "Principles"), "objetivos": ("Objetivos", "Objectives"),
        "relacion": ("Relación con las definiciones estratégicas", "Relation to strategic definitions"),
        "usuarios": ("Usuarios y usuarias", "Users"), "actores": ("Actores y roles", "Actors and roles"),
        "directrices": ("Directrices y líneas de acción", "Guidelines"), "glosario": ("Glosario", "Glossary"),
    ]
}
