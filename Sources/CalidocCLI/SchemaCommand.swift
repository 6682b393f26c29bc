import ArgumentParser
import CalidocKit
import Foundation

extension CalidocCommand {
    /// `calidoc schema`: JSON Schemas of the input files, for editors that check YAML as you type.
    struct Schema: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "schema",
            abstract: "Escribe el esquema JSON de cada archivo de entrada (para VS Code YAML y otros editores).",
            discussion: """
                Ejemplo:
                  calidoc schema --out mi-servicio/esquemas
                """)

        @Option(help: "Carpeta donde escribir los esquemas.")
        var out: String = "esquemas"

        @OptionGroup var common: CommonOptions

        func run() throws {
            do {
                for url in try InputSchemas.write(to: URL(fileURLWithPath: out)) { print(url.relativePath) }
            } catch {
                throw ErrorReporter.report(error, language: common.lang)
            }
        }
    }
}
