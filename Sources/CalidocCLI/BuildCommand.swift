import ArgumentParser
import CalidocKit
import Foundation

extension CalidocCommand {
    /// `calidoc build`: writes the workspace's documents in the requested formats.
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "build",
            abstract: "Genera la Política, el Plan y el Diagnóstico en HTML, ODT y DOCX.",
            discussion: """
                Los documentos van a <salida>/<institución>/<versión>/ y se reemplazan todos juntos o \
                ninguno: si algo falla, los documentos anteriores quedan como estaban.

                Ejemplos:
                  calidoc build                              (en la carpeta que contiene calidoc.yaml)
                  calidoc build mi-servicio --format odt,pdf --out Documentos
                  calidoc build servicio-a servicio-b        (varios espacios de trabajo, en paralelo)
                  calidoc build espacios --todos             (todos los espacios de trabajo dentro de «espacios»)
                """)

        @Argument(help: "Espacios de trabajo (carpetas con calidoc.yaml); con --todos, también carpetas que los contienen.")
        var workspaces: [String] = ["."]

        @Flag(name: .customLong("todos"), help: "Genera todos los espacios de trabajo que haya dentro de las carpetas indicadas.")
        var all = false

        @Option(name: .long, parsing: .singleValue, help: "Formato de salida (html, odt, docx, pdf, md); se puede repetir o separar con comas.")
        var format: [String] = []

        @Option(help: "Carpeta raíz de salida.")
        var out: String = "Output"

        @Option(help: "Documento de referencia (.odt o .docx) con los estilos de la institución.")
        var reference: String?

        @Flag(help: "Con --format pdf, genera PDF/A-2b (para archivar).")
        var pdfa = false

        @OptionGroup var common: CommonOptions

        func validate() throws {
            _ = try FormatOption.parse(format, for: .document, language: common.lang)
        }

        func run() throws {
            let folders: [URL]
            do {
                folders = try BatchBuild.expand(workspaces.map { URL(fileURLWithPath: $0) }, all: all)
                try AtomicFile.checkFolder(URL(fileURLWithPath: out))
                if folders.count > 1 { try BatchBuild.checkOutputFolders(folders, root: URL(fileURLWithPath: out)) }
            } catch {
                throw ErrorReporter.report(error, language: common.lang)
            }
            if folders.count > 1 {
                try BatchReporter.run(folders, request: try request(for: folders[0]), language: common.lang)
                return
            }
            let request = try request(for: folders.first ?? URL(fileURLWithPath: "."))
            do {
                let result = try BuildPipeline().run(request)
                DiagnosticPrinter.print(result.loaded, diagnostics: result.diagnostics, language: common.lang)
                WarningPrinter.print(result.warnings, language: common.lang)
                for url in result.written { print(url.relativePath) }
            } catch let failure as BuildFailure {
                DiagnosticPrinter.print(failure.loaded, diagnostics: failure.diagnostics, language: common.lang)
                throw ErrorReporter.report(failure, language: common.lang)
            } catch {
                throw ErrorReporter.report(error, language: common.lang)
            }
        }

        private func request(for folder: URL) throws -> BuildPipeline.Request {
            var request = BuildPipeline.Request(
                workspace: folder, formats: try FormatOption.parse(format, for: .document, language: common.lang),
                outputRoot: URL(fileURLWithPath: out), reference: reference.map { URL(fileURLWithPath: $0) },
                language: common.lang)
            request.pdfA = pdfa
            request.strict = common.strict
            return request
        }
    }
}
