import ArgumentParser
import CalidocKit
import Foundation

extension CalidocCommand {
    /// `calidoc deck`: the presentation of a Comité session.
    struct Deck: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "deck",
            abstract: "Genera la presentación de una sesión del Comité (HTML, ODP y PPTX).",
            discussion: """
                Ejemplos:
                  calidoc deck . --session 2                   (lee sesiones/2.yaml; escribe HTML, ODP y PPTX)
                  calidoc deck mi-servicio --session 1 --format pptx --out Presentaciones
                """)

        @Argument(help: "Carpeta del espacio de trabajo.")
        var workspace: String = "."

        @Option(name: .customLong("session"), help: "Número de la sesión (archivo sesiones/N.yaml).")
        var session: Int

        @Option(name: .long, parsing: .singleValue, help: "Formato: html, odp o pptx (se puede repetir o separar con comas); los tres si se omite.")
        var format: [String] = []

        @Option(help: "Carpeta raíz de salida.")
        var out: String = "Output"

        @Option(help: "PPTX de la institución cuyo patrón y diseños se usan.")
        var reference: String?

        @OptionGroup var common: CommonOptions

        func validate() throws {
            _ = try FormatOption.parse(format, for: .deck, language: common.lang)
        }

        func run() throws {
            do {
                let formats = try FormatOption.parse(format, for: .deck, language: common.lang) ?? OutputFormat.serving(.deck)
                let result = try DeckOutput.build(
                    session: session, workspace: URL(fileURLWithPath: workspace), formats: formats,
                    outputRoot: URL(fileURLWithPath: out), reference: reference.map { URL(fileURLWithPath: $0) })
                WarningPrinter.print(result.warnings, language: common.lang)
                for url in result.written { print(url.relativePath) }
            } catch {
                throw ErrorReporter.report(error, language: common.lang)
            }
        }
    }
}

