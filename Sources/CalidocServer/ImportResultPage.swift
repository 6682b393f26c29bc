import CalidocKit
import Foundation
import Hummingbird

/// The answer to an import: where the new workspace is, what to do next, and the import report
/// (the same content as the `importacion.md` written in the workspace) in the page.
enum ImportResultPage {
    /// 201 Created, with the workspace's address in `Location`.
    static func response(_ result: PolicyImporter.Result, entry: WorkspaceEntry, language: PageLanguage) -> Response {
        let report = result.report
        let placed = report.placements.reduce(0) { $0 + $1.count }
        let link = language.link("/espacios/\(entry.id)")
        let summary = language.pick(
            "Política importada en la carpeta «\(entry.folder.lastPathComponent)»: \(placed) párrafos o elementos ubicados, \(report.unplaced.count) sin ubicar, \(report.validation.count) observaciones de la revisión.",
            "Política imported into the folder «\(entry.folder.lastPathComponent)»: \(placed) paragraphs or items placed, \(report.unplaced.count) not placed, \(report.validation.count) review findings.")
        var body = "<p class=\"aviso ok\" role=\"status\" id=\"resultado-importacion\">\(esc(summary))</p>\n"
        body += "<h2>\(esc(language.pick("Próximos pasos", "Next steps")))</h2>\n<ol>\n"
        body += "<li>\(esc(language.pick("Lea el informe de abajo (también quedó en", "Read the report below (it was also saved as"))) <code>importacion.md</code>).</li>\n"
        body += "<li><a href=\"\(esc(language.link("/espacios/\(entry.id)/archivos/calidoc.yaml")))\">\(esc(language.pick("Complete los datos de la institución", "Complete the institution's details")))</a>.</li>\n"
        body += "<li><a href=\"\(esc(language.link("/espacios/\(entry.id)/archivos/politica.yaml")))\">\(esc(language.pick("Revise la Política en el editor", "Review the Política in the editor")))</a> \(esc(language.pick("y ubique lo que quedó marcado «revisar-importacion».", "and place what was marked «revisar-importacion».")))</li>\n"
        body += "<li><a href=\"\(esc(link))\">\(esc(language.pick("Abra el espacio de trabajo", "Open the workspace")))</a> \(esc(language.pick("para ver la revisión completa y descargar los documentos.", "to see the whole review and download the documents.")))</li>\n</ol>\n"
        body += ImportReportView.render(report, language: language)
        let title = language.pick("Política importada", "Política imported")
        var response = HTMLPage(title: "\(title) — \(result.institution)", language: language, body: body,
                                trail: [(language.pick("Inicio", "Home"), "/"), (title, nil)]).response(status: .created)
        response.headers[.location] = link
        return response
    }
}
