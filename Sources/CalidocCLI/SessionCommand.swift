import ArgumentParser
import CalidocKit
import Foundation

extension CalidocCommand {
    /// `calidoc session`: the Comité's session files.
    struct Session: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "session",
            abstract: "Sesiones del Comité (sesiones/N.yaml).",
            subcommands: [New.self])

        /// `calidoc session new N`: writes `sesiones/N.yaml` from the versions the workspace chains.
        struct New: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "new",
                abstract: "Crea sesiones/N.yaml con las versiones a comparar, listo para calidoc deck.",
                discussion: """
                    Los pares de versiones salen de la cadena «version.anterior» de los manifiestos: la versión \
                    que tiene recomendaciones.yaml es la que revisó la Red de Expertos. Nunca sobrescribe.

                    Ejemplos:
                      calidoc session new 4 mi-servicio --fecha 2025-05-12
                      calidoc deck mi-servicio --session 4
                    """)

            @Argument(help: "Número de la sesión (1, 2, …).")
            var number: Int

            @Argument(help: "Carpeta del espacio de trabajo.")
            var workspace: String = "."

            @Option(help: "Fecha de la sesión (AAAA-MM-DD); hoy si se omite.")
            var fecha: String?

            @OptionGroup var common: CommonOptions

            func run() throws {
                let date = fecha ?? String(ISO8601DateFormatter().string(from: Date()).prefix(10))
                do {
                    let validated = try WorkspaceValidation.validated(at: URL(fileURLWithPath: workspace))
                    let url = try SessionScaffold.create(number: number, date: date, in: validated)
                    print(url.relativePath)
                } catch {
                    throw ErrorReporter.report(error, language: common.lang)
                }
            }
        }
    }
}
