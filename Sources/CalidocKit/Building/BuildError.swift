/// Failures of `calidoc build` outside templates and writers.
public enum BuildError: CalidocError, Hashable {
    /// The document needs an input file the workspace lacks.
    case missingInput(InputFile)
    /// The workspace has errors; nothing was written.
    case invalidWorkspace(errorCount: Int)
    /// The logo named in the manifest cannot be used.
    case badLogo(path: String, reason: LocalizedMessage)
    /// Writing an output file failed.
    case cannotWrite(path: String, reason: String)

    /// Exit-code family.
    public var category: ErrorCategory {
        switch self {
        case .missingInput, .invalidWorkspace, .badLogo: .validation
        case .cannotWrite: .io
        }
    }

    /// Message with the fix.
    public func message(_ language: MessageLanguage) -> String {
        switch self {
        case .missingInput(let file):
            language.pick("falta «\(file.rawValue)» en el espacio de trabajo", "«\(file.rawValue)» is missing from the workspace")
        case .invalidWorkspace(let count):
            language.pick(
                "el espacio de trabajo tiene \(count) error(es); no se generó ningún documento (corríjalos y vuelva a intentar)",
                "the workspace has \(count) error(s); no document was written (fix them and try again)")
        case .badLogo(let path, let reason):
            language.pick(
                "el logo «\(path)» no se puede usar: \(reason.es)", "the logo «\(path)» cannot be used: \(reason.en)")
        case .cannotWrite(let path, let reason):
            language.pick(
                "no se pudo escribir «\(path)»: \(reason) (los documentos anteriores quedan intactos)",
                "could not write «\(path)»: \(reason) (earlier documents are left intact)")
        }
    }
}
