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

        @Option(name: .long, parsing: .singleValue, help: "Formato: html, odp o pptx (se puede repetir); los tres si se omite.")
        var format: [DeckFormat] = []

        @Option(help: "Carpeta raíz de salida.")
        var out: String = "Output"

        @Option(help: "PPTX de la institución cuyo patrón y diseños se usan.")
        var reference: String?

        @OptionGroup var common: CommonOptions

        func run() throws {
            do {
                let written = try DeckOutput.write(
                    session: session, workspace: URL(fileURLWithPath: workspace), formats: format.isEmpty ? DeckFormat.allCases : format,
                    outputRoot: URL(fileURLWithPath: out), reference: reference.map { URL(fileURLWithPath: $0) })
                for url in written { print(url.relativePath) }
            } catch let failure as VersionDiff.Failure {
                DiagnosticPrinter.print(failure.loaded, diagnostics: failure.diagnostics, language: common.lang)
                throw ErrorReporter.report(failure, language: common.lang)
            } catch {
                throw ErrorReporter.report(error, language: common.lang)
            }
        }
    }
}

extension DeckFormat: ExpressibleByArgument {}
