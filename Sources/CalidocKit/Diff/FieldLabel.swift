/// The name of an input key as a person reads it in a change statement: `numero_aproximado` →
/// "número aproximado", `tiempo_esperado` → "tiempo esperado".
///
/// YAML keys are written without accents so they are easy to type; statements restore them word by
/// word. A word missing from the table is shown as typed (never wrong, at worst unaccented).
enum FieldLabel {
    /// The readable name of `key`.
    static func readable(_ key: String) -> String {
        key.split(separator: "_").map { word in accented[String(word)] ?? String(word) }.joined(separator: " ")
    }

    private static let accented: [String: String] = [
        "ambito": "ámbito", "ambitos": "ámbitos", "anio": "año", "anios": "años", "area": "área",
        "caracteristicas": "características", "categoria": "categoría", "codigo": "código", "comite": "comité",
        "criticos": "críticos", "definicion": "definición", "definiciones": "definiciones", "descripcion": "descripción",
        "diagnostico": "diagnóstico", "division": "división", "estrategicas": "estratégicas", "estrategicos": "estratégicos",
        "evaluacion": "evaluación", "formula": "fórmula", "institucion": "institución", "justificacion": "justificación",
        "linea": "línea", "masividad": "masividad", "maximo": "máximo", "medicion": "medición", "mesu": "MESU",
        "minimo": "mínimo", "mision": "misión", "numero": "número", "parrafos": "párrafos", "periodo": "período",
        "pmg": "PMG", "poblacion": "población", "politica": "política", "priorizacion": "priorización",
        "razon": "razón", "relacion": "relación", "resolucion": "resolución", "saip": "SAIP", "satisfaccion": "satisfacción",
        "sesion": "sesión", "tecnica": "técnica", "termino": "término", "tramite": "trámite", "tramites": "trámites",
        "verificacion": "verificación", "version": "versión", "vinculacion": "vinculación", "vision": "visión",
        "dias": "días", "habiles": "hábiles", "participacion": "participación", "orientacion": "orientación",
    ]
}
