import ArgumentParser
import CalidocKit
import Foundation

extension CalidocCommand {
    /// `calidoc diff OLD NEW`: the changes between two versions, in the Comité deck's wording.
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "diff",
            abstract: "Compara dos versiones y redacta los cambios (\"Cambios a partir de …\").",
            discussion: """
                Sale con 0 si no hay diferencias y con 1 si las hay, como diff(1).

                Ejemplos:
                  calidoc diff versiones/1-inicial .                     (texto en la terminal)
                  calidoc diff versiones/1-inicial . --format docx --out cambios.docx
                  calidoc diff versiones/1-inicial . --redline --format odt --out politica-cambios.odt
                  calidoc diff archive:1 . --workspace .                 (contra la entrada 1 del archivo de versiones)
                """)

        @Argument(help: "Carpeta de la versión anterior, o «archive:N» (entrada N del archivo).")
        var old: String

        @Argument(help: "Carpeta de la versión nueva.")
        var new: String

        @Option(help: "Formato: text, md, json, html, odt o docx (con --redline: docx, odt o html).")
        var format: String = "text"

        @Option(help: "Archivo de salida (por defecto, la salida estándar).")
        var out: String?

        @Option(help: "Comillas de las citas: curvas (“…”, como el acta del Comité) o latinas («…»).")
        var comillas: DiffOptions.QuoteStyle = .curvas

        @Flag(help: "Escribe la Política nueva con los cambios como control de cambios (--format docx, odt o html).")
        var redline = false

        @Option(help: "Espacio de trabajo cuyo archivo resuelve «archive:N».")
        var workspace: String = "."

        @OptionGroup var common: CommonOptions

        func validate() throws {
            _ = try FormatOption.parse(format, for: redline ? .redline : .changeSummary, language: common.lang)
        }

        func run() throws {
            do {
                let base = URL(fileURLWithPath: workspace)
                let (oldURL, newURL) = (try ArchivedVersion.folder(for: old, workspace: base), try ArchivedVersion.folder(for: new, workspace: base))
                let chosen = try FormatOption.parse(format, for: redline ? .redline : .changeSummary, language: common.lang)
                let rendering = redline
                    ? try VersionDiff.renderRedline(old: oldURL, new: newURL, format: chosen, language: common.lang)
                    : try VersionDiff.render(old: oldURL, new: newURL, format: chosen, language: common.lang,
                                             options: DiffOptions(quotes: comillas))
                let (changes, bytes) = (rendering.changes, rendering.output.bytes)
                if let out {
                    try AtomicFile.write(bytes, to: URL(fileURLWithPath: out))
                } else {
                    FileHandle.standardOutput.write(Data(bytes))
                }
                WarningPrinter.print(rendering.output.warnings, language: common.lang)
                for trace in changes.unansweredRecommendations {
                    FileHandle.standardError.write(Data(common.lang.pick(
                        "advertencia: ningún cambio atiende la recomendación «\(trace.id)»\n",
                        "warning: no change answers recommendation «\(trace.id)»\n").utf8))
                }
                if !changes.isEmpty { throw ExitCode(ExitCodes.differencesFound) }
            } catch let exit as ExitCode {
                throw exit
            } catch {
                throw ErrorReporter.report(error, language: common.lang)
            }
        }
    }
}

extension DiffOptions.QuoteStyle: ExpressibleByArgument {}
