import Foundation

/// JSON Schemas (draft-07, which the VS Code YAML extension reads) of every input file.
public enum InputSchemas {
    /// File name of each schema, with the schema.
    public static func all() -> [(file: String, json: [String: Any])] {
        [
            ("calidoc.schema.json", document(Manifest.self, title: "calidoc.yaml — manifiesto del espacio de trabajo")),
            ("politica.schema.json", document(Policy.self, title: "politica.yaml — Política de Calidad de Servicio")),
            ("plan.schema.json", document(ImprovementPlan.self, title: "plan.yaml — Plan de Mejoramiento")),
            ("diagnostico.schema.json", document(Diagnosis.self, title: "diagnostico.yaml — Diagnóstico")),
            ("participacion.schema.json", document(Participation.self, title: "participacion.yaml — proceso participativo")),
            ("avance.schema.json", document(PlanProgress.self, title: "avance.yaml — Informe de resultados del Plan de Mejoramiento")),
            ("recomendaciones.schema.json", document(Recommendations.self, title: "recomendaciones.yaml — Red de Expertos")),
            ("sesion.schema.json", document(Session.self, title: "sesiones/N.yaml — sesión del Comité")),
        ]
    }

    /// The schema node of a model type (for tests).
    static func node<T: Decodable>(_ type: T.Type) -> SchemaNode { SchemaProbe.schema(for: type) }

    static func document<T: Decodable>(_ type: T.Type, title: String) -> [String: Any] {
        var json = SchemaProbe.schema(for: type).json()
        json["$schema"] = "http://json-schema.org/draft-07/schema#"
        json["title"] = title
        return json
    }

    /// Writes every schema into `folder` (atomically), returning the files written: one per input
    /// file, and the change set's (``ChangeSetSchema``).
    public static func write(to folder: URL) throws -> [URL] {
        try (all() + [(ChangeSetSchema.fileName, ChangeSetSchema.json())]).map { file, json in
            let data = try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted, .sortedKeys])
            let url = folder.appending(path: file)
            try AtomicFile.write([UInt8](data) + [10], to: url)
            return url
        }
    }
}
