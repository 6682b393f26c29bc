import ArgumentParser
import CalidocKit
import Foundation

extension CalidocCommand.Archive {
    /// `calidoc archive add`: checks the signatures of the files and archives them with the inputs.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Archiva archivos firmados con los insumos que los produjeron.")
        @Argument(help: "Archivos firmados (PDF firmado, .p7s …).") var files: [String]
        @Option(help: "Documento: politica o plan.") var document: String
        @Option(help: "Versión.") var version: String
        @Option(help: "Resolución que lo aprueba, p. ej. «Res. Exenta N° 123».") var resolution: String?
        @Option(help: "Quién firmó.") var signedBy: String?
        @Option(help: "Fecha de la firma (AAAA-MM-DD).") var date: String?
        @Option(help: "Carpeta con los documentos generados que se archivan también.") var outputs: String?
        @Option(help: "Certificados raíz de confianza (PEM) para verificar las firmas de los archivos.") var trust: String?
        @OptionGroup var location: CalidocCommand.Archive.Location

        func run() throws {
            let language = location.common.lang
            do {
                let addition = try location.open().addChecked(
                    signed: files.map { URL(fileURLWithPath: $0) }, workspace: URL(fileURLWithPath: location.workspace),
                    outputs: outputs.map { URL(fileURLWithPath: $0) }, document: document, version: version, resolution: resolution,
                    signedBy: signedBy, date: date, trustRootsPEM: try trust.map { String(decoding: try SignatureFiles.read($0), as: UTF8.self) })
                let (entry, isNew, checks) = (addition.entry, addition.isNew, addition.checks)
                for check in checks { print(check.line(language)) }
                print(language.pick(
                    isNew ? "entrada \(entry.id) archivada (\(entry.hash))" : "ya archivado en la entrada \(entry.id)",
                    isNew ? "entry \(entry.id) archived (\(entry.hash))" : "already archived as entry \(entry.id)"))
                if checks.contains(where: { !$0.valida }) {
                    location.common.warn(language.pick("aviso: hay firmas no válidas; quedaron registradas así en la entrada",
                                                       "warning: some signatures are not valid; the entry records them as such"))
                }
            } catch {
                throw location.common.fail(error)
            }
        }
    }
}
