/// Failures of the signed-version archive. Each message is one or two sentences: what is wrong and
/// what to do; internal details (SQLite messages, system errors) are kept in ``detail`` for `--verbose`.
public enum ArchiveError: CalidocError, Hashable {
    /// The folder holds no archive (nothing is created by a command that only reads).
    case noArchive(path: String)
    /// The archive folder or index cannot be read or written.
    case storage(path: String, detail: String)
    /// A file to add cannot be read.
    case unreadable(String)
    /// No entry with that id.
    case noSuchEntry(Int)
    /// What the command needs from the archive does not match its records (a hash, a name, the seal).
    case damaged(LocalizedMessage, detail: String?)
    /// An argument names no entry or head (`archive:x`, `--anchor 3`).
    case badArgument(String, expected: LocalizedMessage)
    /// `export` would replace a file that already exists.
    case targetExists(String)

    /// Archive errors have their own exit code.
    public var category: ErrorCategory { .archive }

    /// Internal details, shown only with `--verbose`.
    public var detail: String? {
        switch self {
        case .storage(_, let detail): detail
        case .damaged(_, let detail): detail
        case .noArchive, .unreadable, .noSuchEntry, .badArgument, .targetExists: nil
        }
    }

    /// What failed and what to do.
    public func message(_ language: MessageLanguage) -> String {
        switch self {
        case .noArchive(let path):
            language.pick("No hay un archivo de versiones en «\(path)». Revise --workspace (el archivo se crea con «calidoc archive add»).",
                          "There is no version archive in «\(path)». Check --workspace (the archive is created by «calidoc archive add»).")
        case .storage(let path, _):
            language.pick("No se puede leer o escribir el archivo de versiones en «\(path)». Revise los permisos de la carpeta (detalles con --verbose).",
                          "Cannot read or write the version archive in «\(path)». Check the folder's permissions (details with --verbose).")
        case .unreadable(let path):
            language.pick("No se puede leer «\(path)». Revise que el archivo exista y se pueda leer.",
                          "Cannot read «\(path)». Check that the file exists and is readable.")
        case .noSuchEntry(let id):
            language.pick("No existe la entrada \(id) en el archivo. Vea las entradas con «calidoc archive list».",
                          "There is no entry \(id) in the archive. See the entries with «calidoc archive list».")
        case .damaged(let what, _):
            language.pick("\(what.es). Nada se usó; ejecute «calidoc archive verify» para ver todo lo alterado.",
                          "\(what.en). Nothing was used; run «calidoc archive verify» to see everything that was altered.")
        case .badArgument(let text, let expected):
            language.pick("«\(text)» no es válido: se espera \(expected.es).", "«\(text)» is not valid: expected \(expected.en).")
        case .targetExists(let path):
            language.pick("«\(path)» ya existe y no se reemplaza. Exporte a una carpeta vacía.",
                          "«\(path)» already exists and is not replaced. Export to an empty folder.")
        }
    }
}
