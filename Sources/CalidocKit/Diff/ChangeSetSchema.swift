/// The JSON Schema (draft-07) of `calidoc diff --format json`, written by `calidoc schema` as
/// `cambios.schema.json` so other tools can check what they read. It says exactly what
/// ``ChangeSet``'s encoder writes: no other keys, empty lists left out.
public enum ChangeSetSchema {
    /// File name `calidoc schema` writes.
    public static let fileName = "cambios.schema.json"

    /// The schema as a JSON-compatible value.
    public static func json() -> [String: Any] {
        let text: [String: Any] = ["type": "string"]
        let texts: [String: Any] = ["type": "array", "items": text, "minItems": 1]
        let position: [String: Any] = ["type": "integer", "minimum": 1]
        let change: [String: Any] = [
            "type": "object",
            "additionalProperties": false,
            "required": ["tipo", "elemento", "enunciado"],
            "properties": [
                "tipo": ["type": "string", "enum": ["agregado", "eliminado", "modificado", "ampliado", "movido", "agregado_general"],
                         "description": "Qué pasó con el elemento."],
                "elemento": ["type": "string", "pattern": "^[a-z_]+$",
                             "description": "Tipo de elemento: objetivo, principio, parrafo, relacion, segmento, rol, linea_accion, termino, actividad, hallazgo, ambito, mision, vision, objetivo_institucional, documento, campo …"],
                "id": text, "numeroAnterior": position, "numeroNuevo": position,
                "textoAnterior": text, "textoNuevo": text, "tituloAnterior": text, "tituloNuevo": text,
                "textoAgregado": text, "motivo": text,
                "respondeA": texts,
                "enunciado": ["type": "string", "minLength": 1, "description": "La frase lista para el acta o la presentación."],
                "detalles": texts, "lista": texts,
            ] as [String: Any],
        ]
        let section: [String: Any] = [
            "type": "object", "additionalProperties": false, "required": ["clave", "titulo", "cambios"],
            "properties": ["clave": text, "titulo": text, "cambios": ["type": "array", "items": change, "minItems": 1]] as [String: Any],
        ]
        let recommendation: [String: Any] = [
            "type": "object", "additionalProperties": false, "required": ["id", "texto", "seccion"],
            "properties": ["id": text, "texto": text, "seccion": text, "cambios": texts] as [String: Any],
        ]
        return [
            "$schema": "http://json-schema.org/draft-07/schema#",
            "title": "calidoc diff --format json — cambios entre dos versiones",
            "type": "object",
            "additionalProperties": false,
            "required": ["schemaVersion", "versionAnterior", "versionNueva", "secciones"],
            "properties": [
                "schemaVersion": ["const": ChangeSet.schemaVersion],
                "versionAnterior": text, "versionNueva": text,
                "secciones": ["type": "array", "items": section],
                "recomendaciones": ["type": "array", "items": recommendation, "minItems": 1],
            ] as [String: Any],
        ]
    }
}
