/// Failures while building or reading a zip package.
public enum PackageError: Error, Hashable, Sendable, CustomStringConvertible {
    /// libzip reported an error.
    case zip(operation: String, detail: String)
    /// Two parts have the same path.
    case duplicatePart(String)
    /// The bytes are not a readable zip archive (a reference document, for instance).
    case unreadableArchive(String)
    /// The archive is refused before it is inflated: see ``ZipReader``'s limits.
    case unsafeArchive(name: String, entry: String?, problem: UnsafeArchiveProblem)

    /// Whether ``ZipReader`` refused the archive for its limits or entry names (not merely unreadable).
    public var isUnsafeArchive: Bool {
        if case .unsafeArchive = self { return true }
        return false
    }

    /// What failed and how to fix it.
    public var description: String {
        switch self {
        case .zip(let operation, let detail):
            "error de libzip en \(operation): \(detail)"
        case .duplicatePart(let path):
            "la parte «\(path)» aparece dos veces en el paquete (error interno de un escritor)"
        case .unreadableArchive(let name):
            "no se puede leer «\(name)» como archivo zip (¿es un .odt/.docx/.pptx válido?)"
        case .unsafeArchive(let name, let entry, let problem):
            "el archivo «\(name)» no se usa: \(problem.message(entry: entry).es)"
        }
    }
}

/// Why ``ZipReader`` refused an archive without inflating it.
public enum UnsafeArchiveProblem: Hashable, Sendable {
    /// More entries than the limit.
    case tooManyEntries(Int, limit: Int)
    /// One entry inflates beyond the limit (bytes).
    case entryTooLarge(Int, limit: Int)
    /// All entries together inflate beyond the limit (bytes).
    case totalTooLarge(limit: Int)
    /// An entry name is absolute or has a `..` component.
    case pathOutside

    /// What is wrong with the archive, naming the entry.
    func message(entry: String?) -> LocalizedMessage {
        let named = entry.map { "«\($0)»" } ?? ""
        func megabytes(_ bytes: Int) -> String { "\(bytes / (1024 * 1024)) MB" }
        switch self {
        case .tooManyEntries(let count, let limit):
            return LocalizedMessage(
                es: "tiene \(count) entradas y el máximo es \(limit)", en: "it has \(count) entries and the limit is \(limit)")
        case .entryTooLarge(let size, let limit):
            return LocalizedMessage(
                es: "la entrada \(named) ocupa \(megabytes(size)) al descomprimirse y el máximo es \(megabytes(limit)) (¿una bomba zip?)",
                en: "entry \(named) inflates to \(megabytes(size)) and the limit is \(megabytes(limit)) (a zip bomb?)")
        case .totalTooLarge(let limit):
            return LocalizedMessage(
                es: "sus entradas ocupan más de \(megabytes(limit)) al descomprimirse (¿una bomba zip?)",
                en: "its entries inflate to more than \(megabytes(limit)) (a zip bomb?)")
        case .pathOutside:
            return LocalizedMessage(
                es: "la entrada \(named) tiene una ruta absoluta o con «..», que saldría del paquete",
                en: "entry \(named) has an absolute path or one with «..», which would leave the package")
        }
    }
}
