/// Failures of `calidoc build` outside templates and writers.
public enum BuildError: CalidocError, Hashable {
    /// What a failed write did to the documents already in the output folder.
    public enum WriteOutcome: Hashable, Sendable {
        /// No document was replaced: the earlier ones are intact.
        case nothingReplaced
        /// Some documents had been replaced; their earlier content was put back.
        case restored
        /// These documents were replaced and could not be put back.
        case partlyReplaced([String])
    }

    /// The document needs an input file the workspace lacks.
    case missingInput(InputFile)
    /// The workspace has errors; nothing was written.
    case invalidWorkspace(errorCount: Int)
    /// `--strict` and the workspace has warnings; nothing was written.
    case warningsWithStrict(warningCount: Int)
    /// The logo named in the manifest cannot be used.
    case badLogo(path: String, reason: LocalizedMessage)
    /// Writing an output file failed.
    case cannotWrite(path: String, reason: LocalizedMessage, outcome: WriteOutcome)
    /// A folder the documents go into (`--out` or below) is a file.
    case outputIsNotFolder(path: String)
    /// A document's path is taken by a folder; nothing was replaced.
    case outputIsFolder(path: String)
    /// `calidoc build` was given a folder without `calidoc.yaml` and no `--todos`.
    case notAWorkspace(path: String, found: [String])
    /// A typed text cannot be written into a document (a built-in template rendered it unchanged).
    case inputBreaksDocument(document: String, excerpt: String, problem: LocalizedMessage)
    /// Two workspaces of a batch would write into the same output folder.
    case sameOutputFolder(first: String, second: String, folder: String)

    /// Exit-code family.
    public var category: ErrorCategory {
        switch self {
        case .missingInput, .invalidWorkspace, .warningsWithStrict, .badLogo, .inputBreaksDocument: .validation
        case .notAWorkspace, .sameOutputFolder: .usage
        case .cannotWrite, .outputIsNotFolder, .outputIsFolder: .io
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
        case .warningsWithStrict(let count):
            language.pick(
                "el espacio de trabajo tiene \(count) advertencia(s) y se pidió --strict; no se generó ningún documento (corríjalas o quite --strict)",
                "the workspace has \(count) warning(s) and --strict was given; no document was written (fix them or drop --strict)")
        case .badLogo(let path, let reason):
            language.pick(
                "el logo «\(path)» no se puede usar: \(reason.es)", "the logo «\(path)» cannot be used: \(reason.en)")
        case .cannotWrite(let path, let reason, let outcome):
            language.pick("no se pudo escribir «\(path)»: \(reason.es); ", "could not write «\(path)»: \(reason.en); ")
                + outcome.message(language)
        case .outputIsNotFolder(let path):
            language.pick(
                "«\(path)» es un archivo, no una carpeta: indique con --out una carpeta nueva o existente; no se escribió ningún documento",
                "«\(path)» is a file, not a folder: give --out a new or existing folder; no document was written")
        case .outputIsFolder(let path):
            language.pick(
                "«\(path)» es una carpeta y no se puede reemplazar por el documento: muévala o elija otra carpeta con --out; "
                    + "no se reemplazó ningún documento (los anteriores quedan intactos)",
                "«\(path)» is a folder and cannot be replaced by the document: move it or choose another --out folder; "
                    + "no document was replaced (earlier documents are intact)")
        case .notAWorkspace(let path, let found):
            found.isEmpty
                ? language.pick(
                    "«\(path)» no es un espacio de trabajo: no contiene calidoc.yaml (créelo con «calidoc init \(path)»)",
                    "«\(path)» is not a workspace: it has no calidoc.yaml (create one with «calidoc init \(path)»)")
                : language.pick(
                    "«\(path)» no contiene calidoc.yaml pero tiene \(found.count) espacio(s) de trabajo dentro (\(Self.sample(found))); "
                        + "nómbrelos (calidoc build \(found.prefix(2).joined(separator: " "))) o agregue --todos para generarlos todos",
                    "«\(path)» has no calidoc.yaml but holds \(found.count) workspace(s) (\(Self.sample(found))); "
                        + "name them (calidoc build \(found.prefix(2).joined(separator: " "))) or add --todos to build them all")
        case .inputBreaksDocument(let document, let excerpt, let problem):
            language.pick(
                "un texto de los archivos de entrada no se puede escribir en «\(document)»: \(problem.es) (cerca de «\(excerpt)»); "
                    + "busque ese texto en los archivos .yaml y corríjalo; no se generó ningún documento",
                "a text of the input files cannot be written into «\(document)»: \(problem.en) (near «\(excerpt)»); "
                    + "find that text in the .yaml files and fix it; no document was written")
        case .sameOutputFolder(let first, let second, let folder):
            language.pick(
                "«\(first)» y «\(second)» escribirían en la misma carpeta «\(folder)» (misma institución y versión) y uno borraría al otro; "
                    + "no se generó ningún documento (genérelos por separado con --out distintos, o cambie version.etiqueta)",
                "«\(first)» and «\(second)» would write into the same folder «\(folder)» (same institution and version) and one would overwrite the other; "
                    + "no document was written (build them separately with different --out, or change version.etiqueta)")
        }
    }

    /// The first names of a list, "a, b, c y 4 más".
    private static func sample(_ names: [String]) -> String {
        let shown = names.prefix(3).joined(separator: ", ")
        return names.count > 3 ? shown + " … (+\(names.count - 3))" : shown
    }
}

extension BuildError.WriteOutcome {
    /// What the user's folder now holds.
    func message(_ language: MessageLanguage) -> String {
        switch self {
        case .nothingReplaced:
            language.pick("no se reemplazó ningún documento (los anteriores quedan intactos)", "no document was replaced (earlier documents are intact)")
        case .restored:
            language.pick(
                "los documentos ya reemplazados se restauraron a su versión anterior (la carpeta queda como estaba)",
                "the documents already replaced were restored to their earlier version (the folder is as it was)")
        case .partlyReplaced(let paths):
            language.pick(
                "ATENCIÓN: estos documentos ya son la versión nueva y no se pudieron restaurar: \(paths.joined(separator: ", ")); los demás quedan como estaban",
                "WARNING: these documents are already the new version and could not be restored: \(paths.joined(separator: ", ")); the others are as they were")
        }
    }
}
