/// Failures while building or reading a zip package.
public enum PackageError: Error, Hashable, Sendable, CustomStringConvertible {
    /// libzip reported an error.
    case zip(operation: String, detail: String)
    /// Two parts have the same path.
    case duplicatePart(String)
    /// The bytes are not a readable zip archive (a reference document, for instance).
    case unreadableArchive(String)

    /// What failed and how to fix it.
    public var description: String {
        switch self {
        case .zip(let operation, let detail):
            "error de libzip en \(operation): \(detail)"
        case .duplicatePart(let path):
            "la parte «\(path)» aparece dos veces en el paquete (error interno de un escritor)"
        case .unreadableArchive(let name):
            "no se puede leer «\(name)» como archivo zip (¿es un .odt/.docx/.pptx válido?)"
        }
    }
}
