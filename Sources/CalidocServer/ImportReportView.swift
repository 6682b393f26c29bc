import CalidocKit
import Foundation

/// The import report as a page section: what went to which field, what could not be placed (with
/// its place in the original and its text), what is missing, inferred or repeated, the document's
/// comments and the review. Every text from the document is escaped; nothing of it is markup.
enum ImportReportView {
    static func render(_ report: ImportReport, language: PageLanguage) -> String {
        var html = "<section aria-labelledby=\"titulo-informe\" class=\"informe-importacion\">\n"
        html += "<h2 id=\"titulo-informe\">\(esc(language.pick("Informe de importación", "Import report"))): \(esc(report.source))</h2>\n"
        if !report.headingsNote.isEmpty { html += "<p>\(esc(report.headingsNote))</p>\n" }
        if report.trackedChanges > 0 {
            let trackedNote = language.pick(
                "El documento tenía \(report.trackedChanges) cambios con control de cambios: se aceptaron las inserciones y se descartaron las eliminaciones.",
                "The document had \(report.trackedChanges) tracked changes: insertions were accepted and deletions dropped.")
            html += "<p>\(esc(trackedNote))</p>\n"
        }
        html += placements(report, language: language)
        html += unplaced(report, language: language)
        html += list(id: "faltantes", language.pick("Secciones que el documento no tiene", "Sections the document lacks"),
                     report.missingSections.map { $0 + language.pick(": complétela en politica.yaml.", ": complete it in politica.yaml.") })
        html += list(id: "deducido", language.pick("Lo que calidoc dedujo (revíselo)", "What calidoc inferred (check it)"), report.inferences)
        html += list(id: "texto-fijo", language.pick("Texto fijo que calidoc escribe solo", "Fixed text calidoc writes itself"),
                     report.regenerated.map { "«\($0)»" })
        html += list(id: "comentarios", language.pick("Comentarios del documento (no se importan)", "The document's comments (not imported)"), report.comments)
        html += "<h3 id=\"informe-revision\">\(esc(language.pick("Revisión (calidoc validate)", "Review (calidoc validate)")))</h3>\n"
        if report.validation.isEmpty {
            html += "<p>\(esc(language.pick("El espacio de trabajo importado cumple todas las reglas de la revisión.", "The imported workspace meets every review rule.")))</p>\n"
        } else {
            html += "<ul>\n" + report.validation.map { "<li>\(esc($0))</li>\n" }.joined() + "</ul>\n"
        }
        return html + "</section>\n"
    }

    private static func placements(_ report: ImportReport, language: PageLanguage) -> String {
        var html = "<h3 id=\"informe-ubicado\">\(esc(language.pick("Qué se ubicó dónde", "What went where")))</h3>\n"
        guard !report.placements.isEmpty else { return html + "<p>\(esc(language.pick("Nada.", "Nothing.")))</p>\n" }
        html += "<table class=\"tabla\">\n<thead><tr><th scope=\"col\">\(esc(language.pick("Sección del documento", "Document section")))</th>"
        html += "<th scope=\"col\">\(esc(language.pick("Campo de politica.yaml", "politica.yaml field")))</th>"
        html += "<th scope=\"col\">\(esc(language.pick("Cantidad", "Count")))</th></tr></thead>\n<tbody>\n"
        for placement in report.placements {
            html += "<tr><td>\(esc(placement.section))</td><td><code>\(esc(placement.field))</code></td><td>\(placement.count)</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    private static func unplaced(_ report: ImportReport, language: PageLanguage) -> String {
        var html = "<h3 id=\"informe-sin-ubicar\">\(esc(language.pick("Lo que no se pudo ubicar", "What could not be placed")))</h3>\n"
        guard !report.unplaced.isEmpty else {
            return html + "<p>\(esc(language.pick("Todo el texto del documento quedó en algún campo.", "Every text of the document went to some field.")))</p>\n"
        }
        let keptNote = language.pick(
            "Cada texto se conserva aquí; los que quedaron en politica.yaml están marcados con un id «revisar-importacion-N»: muévalos al campo que corresponda o bórrelos.",
            "Each text is kept here; those kept in politica.yaml carry an id «revisar-importacion-N»: move them to the right field or delete them.")
        html += "<p>\(esc(keptNote))</p>\n<ol class=\"sin-ubicar\">\n"
        for entry in report.unplaced {
            html += "<li><strong>\(esc(entry.location))</strong> — \(esc(entry.reason)). "
            html += entry.keptIn.map { "\(esc(language.pick("Quedó en", "Kept in"))) <code>\(esc($0))</code>." }
                ?? esc(language.pick("No se copió a politica.yaml.", "Not copied to politica.yaml."))
            html += "\n<blockquote><p>\(entry.text.split(separator: "\n").map { esc(String($0)) }.joined(separator: "<br>"))</p></blockquote></li>\n"
        }
        return html + "</ol>\n"
    }

    private static func list(id: String, _ title: String, _ items: [String]) -> String {
        guard !items.isEmpty else { return "" }
        return "<h3 id=\"informe-\(id)\">\(esc(title))</h3>\n<ul>\n" + items.map { "<li>\(esc($0))</li>\n" }.joined() + "</ul>\n"
    }
}
