import ArgumentParser
import CalidocKit
import Foundation

extension CalidocCommand {
    /// `calidoc init`: scaffolds a new workspace that validates.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Crea un espacio de trabajo nuevo, con archivos de ejemplo que validan.",
            discussion: """
                Los textos de ejemplo («Área responsable», «Primera fortaleza.», …) se marcan con una \
                advertencia en calidoc validate hasta que los reemplace (con --strict, son errores).

                Ejemplos:
                  calidoc init mi-servicio --institucion "Servicio Nacional de Trámites"
                  calidoc init mi-servicio --institucion "Gobierno de Santiago" --fecha 2025-03-01
                """)

        @Argument(help: "Carpeta del nuevo espacio de trabajo.")
        var folder: String

        @Option(help: "Nombre de la institución.")
        var institucion: String = "Nombre de la institución"

        @Option(help: "Fecha de la primera versión (AAAA-MM-DD); hoy si se omite.")
        var fecha: String?

        @OptionGroup var common: CommonOptions

        func run() throws {
            let date = fecha ?? String(ISO8601DateFormatter().string(from: Date()).prefix(10))
            do {
                let files = try WorkspaceScaffold.create(in: URL(fileURLWithPath: folder), institution: institucion, date: date)
                for url in files { print(url.relativePath) }
                print(WorkspaceScaffold.nextSteps(folder: folder, language: common.lang))
            } catch {
                throw ErrorReporter.report(error, language: common.lang)
            }
        }
    }
}
