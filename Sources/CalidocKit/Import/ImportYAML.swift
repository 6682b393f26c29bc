import Foundation
import Yams

/// Writes the imported ``Policy`` as `politica.yaml`: the model's own Codable keys (so the
/// loader reads back exactly this), each text in the style ``EditorYAML`` chooses (plain, quoted
/// or a literal block), long texts wrapped at word boundaries as the samples are (in a literal
/// block a single line break is a space and a blank line a new paragraph), and the `$schema`
/// line and comments of `calidoc init`'s files.
enum ImportYAML {
    /// Text wider than this is wrapped inside its literal block.
    static let lineWidth = 100
    /// Keys whose texts are printed as typed (a line break would show): never wrapped.
    static let unwrappedKeys: Set<String> = ["ejemplos", "titulo", "nombre", "termino", "actor", "id"]

    /// The `politica.yaml` text.
    static func policy(_ policy: Policy, source: String) throws -> String {
        let encoded = try YAMLEncoder().encode(policy)
        guard let node = try Yams.compose(yaml: encoded) else { return encoded }
        let body = try Yams.serialize(node: restyled(node, key: nil), indent: 2, width: -1, allowUnicode: true)
        return """
            # yaml-language-server: $schema=esquemas/politica.schema.json
            # Política importada de «\(source)» con calidoc import: revise importacion.md, que dice
            # qué se ubicó dónde y qué no se pudo ubicar (párrafos con id revisar-importacion-N).

            """ + body
    }

    /// The manifest `calidoc.yaml`: `calidoc init`'s, with the institution, the date and only
    /// the Política among the documents.
    static func manifest(institution: String, date: String, source: String) -> String {
        let quoted = WorkspaceScaffold.yamlQuoted(institution)
        return """
            # yaml-language-server: $schema=esquemas/calidoc.schema.json
            # Manifiesto del espacio de trabajo de calidoc, creado por calidoc import desde «\(source)».
            # Complete los datos de su institución (división, departamento, comité).
            institucion:
              nombre: \(quoted)
              nombre_corto: \(quoted)
              division: División a cargo
              departamento: Departamento a cargo
            pmg:
              anio: \(date.prefix(4))
              etapa: Etapa 2
              aplica_mesu: "No"
              comite: Comité de Calidad de Servicio, Experiencia Usuaria y Transformación Digital
            version:
              etiqueta: "1"
              fecha: \(date)
              descripcion: \(WorkspaceScaffold.yamlQuoted("Importada de " + source))
            documentos: [politica]
            formatos: [html, odt, docx]

            """
    }

    /// `node` with text scalars in the editor's styles, long ones wrapped.
    private static func restyled(_ node: Node, key: String?) -> Node {
        switch node {
        case .scalar(let scalar):
            // Numbers stay as they are; quoted scalars and plain ones that read as text are text.
            let name = Resolver.default.resolveTag(of: node)
            guard name == .str || scalar.style != .plain else { return node }
            let style = EditorYAML.style(for: scalar.string)
            var text = scalar.string
            if style == .literal, !unwrappedKeys.contains(key ?? "") { text = wrapped(text) }
            return .scalar(Node.Scalar(text, Tag(.str), style))
        case .mapping(let mapping):
            var pairs = mapping.map { pair -> (Node, Node) in
                (pair.key, restyled(pair.value, key: pair.key.string))
            }
            // The institution's strategic definitions right after the context, as in the document.
            if key == nil, let definitions = pairs.firstIndex(where: { $0.0.string == "definiciones_estrategicas" }),
                let context = pairs.firstIndex(where: { $0.0.string == "contexto" })
            {
                let moved = pairs.remove(at: definitions)
                pairs.insert(moved, at: min(context + 1, pairs.count))
            }
            return .mapping(Node.Mapping(pairs, Tag(.map), .block))
        case .sequence(let sequence):
            let flowIds = key == "objetivos_politica" || key == "objetivos_institucionales"
            return .sequence(Node.Sequence(sequence.map { restyled($0, key: key) }, Tag(.seq), flowIds ? .flow : .block))
        case .alias:
            return node
        }
    }

    /// Each paragraph's lines wrapped at spaces to ``lineWidth``.
    static func wrapped(_ text: String) -> String {
        text.components(separatedBy: "\n\n").map { paragraph in
            var lines: [String] = []
            var current = ""
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                if !current.isEmpty, current.count + 1 + word.count > lineWidth {
                    lines.append(current)
                    current = String(word)
                } else {
                    current += current.isEmpty ? String(word) : " " + word
                }
            }
            if !current.isEmpty { lines.append(current) }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n\n")
    }
}
