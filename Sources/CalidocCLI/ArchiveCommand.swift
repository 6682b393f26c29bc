import ArgumentParser
import CalidocKit
import Foundation

extension CalidocCommand {
    /// `calidoc archive`: the tamper-evident archive of signed versions.
    struct Archive: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "archive",
            abstract: "Archivo de versiones firmadas (medios de verificación), a prueba de alteraciones.",
            subcommands: [Add.self, List.self, Show.self, Verify.self, Export.self])

        /// Options shared by the archive subcommands.
        struct Location: ParsableArguments {
            @Option(help: "Espacio de trabajo cuyo archivo se usa (carpeta «archivo» del manifiesto).")
            var workspace: String = "."

            @OptionGroup var common: CommonOptions

            func open() throws -> VersionArchive {
                try VersionArchive(workspace: URL(fileURLWithPath: workspace))
            }
        }

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
            @OptionGroup var location: Location

            func run() throws {
                let language = location.common.lang
                do {
                    let signed = files.map { URL(fileURLWithPath: $0) }
                    let checks = try SignatureInspection.check(
                        signed, trustRootsPEM: try trust.map { String(decoding: try SignatureFiles.read($0), as: UTF8.self) })
                    for check in checks { print(check.line(language)) }
                    let firstValid = checks.first(where: \.valida)
                    let (entry, isNew) = try location.open().add(
                        signed: signed, inputs: URL(fileURLWithPath: location.workspace), outputs: outputs.map { URL(fileURLWithPath: $0) },
                        details: .init(document: document, version: version, resolution: resolution,
                                       signedBy: signedBy ?? firstValid?.firmante, date: date ?? firstValid?.fechaFirma.map { String($0.prefix(10)) },
                                       signatureChecks: checks))
                    print(language.pick(
                        isNew ? "entrada \(entry.id) archivada (\(entry.hash))" : "ya archivado en la entrada \(entry.id)",
                        isNew ? "entry \(entry.id) archived (\(entry.hash))" : "already archived as entry \(entry.id)"))
                    if checks.contains(where: { !$0.valida }) {
                        FileHandle.standardError.write(Data(language.pick(
                            "calidoc: aviso: hay firmas no válidas; quedaron registradas así en la entrada\n",
                            "calidoc: warning: some signatures are not valid; the entry records them as such\n").utf8))
                    }
                } catch {
                    throw ErrorReporter.report(error, language: language)
                }
            }
        }

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "list", abstract: "Lista las entradas del archivo.")
            @OptionGroup var location: Location

            func run() throws {
                do {
                    for entry in try location.open().list() {
                        print("\(entry.id)\t\(entry.documento)\tversión \(entry.version)\t\(entry.resolucion ?? "")\t\(entry.agregado)")
                    }
                } catch {
                    throw ErrorReporter.report(error, language: location.common.lang)
                }
            }
        }

        struct Show: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "show", abstract: "Muestra una entrada y sus archivos.")
            @Argument(help: "Número de la entrada.") var id: Int
            @OptionGroup var location: Location

            func run() throws {
                do {
                    let entry = try location.open().entry(id)
                    let encoder = JSONEncoder()
                    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                    print(String(decoding: try encoder.encode(entry), as: UTF8.self))
                } catch {
                    throw ErrorReporter.report(error, language: location.common.lang)
                }
            }
        }

        struct Verify: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "verify",
                abstract: "Recalcula los hash de cada archivo y de la cadena; sale con 1 si algo fue alterado.")
            @OptionGroup var location: Location

            func run() throws {
                let problems: [String]
                do {
                    problems = try location.open().verify()
                } catch {
                    throw ErrorReporter.report(error, language: location.common.lang)
                }
                guard !problems.isEmpty else {
                    print(location.common.lang.pick("archivo íntegro", "archive intact"))
                    return
                }
                for problem in problems { FileHandle.standardError.write(Data(("calidoc: " + problem + "\n").utf8)) }
                throw ExitCode(1)
            }
        }

        struct Export: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "export", abstract: "Restaura los archivos e insumos de una entrada en una carpeta.")
            @Argument(help: "Número de la entrada.") var id: Int
            @Argument(help: "Carpeta de destino.") var folder: String
            @OptionGroup var location: Location

            func run() throws {
                do {
                    for url in try location.open().export(id, to: URL(fileURLWithPath: folder)) { print(url.relativePath) }
                } catch {
                    throw ErrorReporter.report(error, language: location.common.lang)
                }
            }
        }
    }
}
