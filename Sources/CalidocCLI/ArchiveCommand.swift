import ArgumentParser
import CalidocKit
import Foundation

extension CalidocCommand {
    /// `calidoc archive`: the tamper-evident archive of signed versions.
    struct Archive: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "archive",
            abstract: "Archivo de versiones firmadas (medios de verificación), a prueba de alteraciones.",
            subcommands: [Add.self, List.self, Show.self, Verify.self, Export.self, Anchor.self, Rebuild.self])

        /// Options shared by the archive subcommands.
        struct Location: ParsableArguments {
            @Option(help: "Espacio de trabajo cuyo archivo se usa (carpeta «archivo» del manifiesto).")
            var workspace: String = "."

            @OptionGroup var common: CommonOptions

            func open() throws -> VersionArchive {
                try VersionArchive(workspace: URL(fileURLWithPath: workspace))
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
                    throw location.common.fail(error)
                }
            }
        }

        struct Show: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "show", abstract: "Muestra una entrada y sus archivos (comprobados).")
            @Argument(help: "Número de la entrada.") var id: Int
            @OptionGroup var location: Location

            func run() throws {
                do {
                    let archive = try location.open()
                    let entry = try archive.entry(id)
                    _ = try archive.files(of: id)
                    let encoder = JSONEncoder()
                    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                    print(String(decoding: try encoder.encode(entry), as: UTF8.self))
                } catch {
                    throw location.common.fail(error)
                }
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
                    throw location.common.fail(error)
                }
            }
        }
    }
}

extension CommonOptions {
    /// Prints `error` in the user's language (internal details only with `--verbose`) and returns
    /// the exit code `ExitCodes` gives it.
    func fail(_ error: any Error) -> ExitCode {
        if let error = error as? any CalidocError {
            let exit = ErrorReporter.report(error, language: lang)
            if verbose, let detail = Self.detail(of: error) { FileHandle.standardError.write(Data("calidoc: detalle: \(detail)\n".utf8)) }
            return exit
        }
        FileHandle.standardError.write(Data(("calidoc: " + lang.pick(
            "La operación falló por un error inesperado. Repita con --verbose y envíe el detalle a soporte.",
            "The operation failed with an unexpected error. Repeat with --verbose and send the details to support.") + "\n").utf8))
        if verbose { FileHandle.standardError.write(Data("calidoc: detalle: \(error)\n".utf8)) }
        return ExitCodes.exit(for: error)
    }

    private static func detail(of error: any CalidocError) -> String? {
        switch error {
        case let error as ArchiveError: error.detail
        case let error as SignatureError: error.detail
        default: nil
        }
    }

    /// Prints one line on standard error with calidoc's prefix.
    func warn(_ text: String) {
        FileHandle.standardError.write(Data(("calidoc: " + text + "\n").utf8))
    }
}
