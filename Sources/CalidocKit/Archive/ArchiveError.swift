/// Failures of the signed-version archive.
public enum ArchiveError: CalidocError, Hashable {
    /// The archive folder or index cannot be opened or written.
    case storage(String)
    /// A file to add cannot be read.
    case unreadable(String)
    /// No entry with that id.
    case noSuchEntry(Int)

    /// Archive errors have their own exit code.
    public var category: ErrorCategory { .archive }

    /// What failed and what to do.
    public func message(_ language: MessageLanguage) -> String {
        switch self {
        case .storage(let detail):
            language.pick("no se puede usar el archivo de versiones: \(detail)", "cannot use the version archive: \(detail)")
        case .unreadable(let path):
            language.pick("no se puede leer «\(path)»", "cannot read «\(path)»")
        case .noSuchEntry(let id):
            language.pick("no existe la entrada \(id) en el archivo (vea «calidoc archive list»)",
                          "there is no entry \(id) in the archive (see «calidoc archive list»)")
        }
    }
}
