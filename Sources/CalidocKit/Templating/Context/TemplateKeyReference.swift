/// The reference of every document's keys for template authors (`Templates/claves.md`), written
/// from ``DocumentKeys``: the same records that build the contexts, so it cannot drift from them
/// (a test compares the committed file with this text).
public enum TemplateKeyReference {
    /// The reference as Markdown, in Spanish.
    public static func markdown() -> String {
        var text = """
            # Claves de las plantillas

            Archivo generado por calidoc a partir de los contextos de cada documento; no lo edite a mano
            (se regenera con `CALIDOC_RECORD=1 swift test --filter TemplateKeyTests`).

            Cada clave tiene un tipo, que dice cómo usarla:

            - **texto**: `{{clave}}`; Mustache escapa `<`, `&` y comillas. Un texto vacío cuenta como ausente:
              `{{#clave}}…{{/clave}}` solo se muestra si hay texto y `{{^clave}}…{{/clave}}` si no lo hay.
            - **XHTML**: `{{{clave}}}`, con llaves triples; es el texto libre ya convertido (negritas, cursivas) y
              ya escapado por calidoc. Con llaves dobles se verían las etiquetas.
            - **sí/no**: `{{#clave}}…{{/clave}}` (si es sí) y `{{^clave}}…{{/clave}}` (si es no).
            - **lista**: `{{#clave}}…{{/clave}}` se repite por cada elemento, con las claves del elemento;
              `{{^clave}}…{{/clave}}` se muestra si la lista está vacía. En una lista de textos, `{{.}}` es el texto.
            - **registro**: `{{#clave}}…{{/clave}}` da acceso a sus claves, o `{{clave.subclave}}` directamente.
            - *(puede faltar)*: la clave no está cuando no hay dato; `{{#clave}}` lo indica.

            Dentro de una sección siguen disponibles las claves de las secciones que la rodean (Mustache las
            busca de adentro hacia afuera). `calidoc validate` advierte (CAL-PL-003) de cada clave que una plantilla
            propia usa y que su documento no tiene, con archivo, línea y columna.

            """
        for root in DocumentKeys.roots {
            text += "\n## \(root.title.es) (`\(root.template).mustache`)\n\n"
            lines(root.keys, depth: 0, into: &text)
        }
        return text
    }

    private static func lines(_ keys: [TemplateKey], depth: Int, into text: inout String) {
        let indent = String(repeating: "  ", count: depth)
        for key in keys {
            text += "\(indent)- `\(key.name)` — \(describe(key.kind))\(key.isOptional ? " *(puede faltar)*" : "")\n"
            if let nested = key.kind.scopeKeys { lines(nested, depth: depth + 1, into: &text) }
        }
    }

    private static func describe(_ kind: TemplateKind) -> String {
        switch kind {
        case .text: "texto"
        case .html: "XHTML"
        case .flag: "sí/no"
        case .object: "registro"
        case .list(let element):
            switch element {
            case .text: "lista de textos"
            case .html: "lista de XHTML"
            case .flag: "lista de sí/no"
            case .object: "lista de registros"
            case .list: "lista de listas"
            case .unsupported(let type): "lista de \(type) (no admitido)"
            }
        case .unsupported(let type): "\(type) (no admitido)"
        }
    }
}
