import ArgumentParser
import CalidocKit
import Foundation

extension CalidocCommand {
    /// `calidoc validate`: reads a workspace, prints every problem and a summary.
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Valida un espacio de trabajo y muestra un resumen.",
            discussion: """
                Muestra cada problema con su archivo, línea y columna. Sale con 65 si hay errores \
                (o advertencias, con --strict).

                Ejemplos:
                  calidoc validate                      (en la carpeta que contiene calidoc.yaml)
                  calidoc validate mi-servicio --strict
                """)

        @Argument(help: "Carpeta del espacio de trabajo (la que contiene calidoc.yaml).")
        var workspace: String = "."

        @OptionGroup var common: CommonOptions

        func run() throws {
            let report = WorkspaceValidation.run(at: URL(fileURLWithPath: workspace))
            DiagnosticPrinter.print(report.loaded, diagnostics: report.diagnostics, language: common.lang)
            if let summary = report.summary {
                print(summary.rendered(common.lang))
            }
            if report.failed(strict: common.strict) {
                throw ExitCode(ExitCodes.code(for: .validation))
            }
        }
    }
}
