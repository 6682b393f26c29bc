import CalidocKit
import Foundation

/// The editor page of one input file: the form (``EditorForm``) beside the preview, the problems
/// found and the Red de Expertos review below.
struct EditorPage {
    var state: ServerState
    var entry: WorkspaceEntry
    var file: InputFile
    var language: PageLanguage
    /// The text the form shows (on disk, or the person's unsaved text).
    var yaml: String
    /// The version of the file on disk the text is based on.
    var version: String
    /// Validation of the workspace with `yaml` in place of the file.
    var validation: WorkspaceValidation
    /// Sentences shown above the form (saved, notices of the editor).
    var notices: [(text: String, kind: String)] = []
    /// The draft preview token, when the text differs from the file on disk.
    var draft: String?
    /// The control focused when the page opens (after «Agregar», «Quitar», «Subir», «Bajar»).
    var focus: EditorFocus?

    /// The page's content (inside `main`).
    func body() -> String {
        var html = ""
        for notice in notices {
            html += "<p class=\"aviso \(notice.kind)\" role=\"status\">\(esc(notice.text))</p>\n"
        }
        let base = "/espacios/\(entry.id)/archivos/\(file.rawValue)"
        html += "<div class=\"editor\">\n<section class=\"columna-formulario\" aria-labelledby=\"titulo-formulario\">\n"
        html += "<h2 id=\"titulo-formulario\">\(esc(language.pick("Contenido", "Contents")))</h2>\n"
        html += "<form method=\"post\" id=\"formulario-editor\" action=\"\(esc(language.link(base)))\" data-revisar=\"\(esc(language.link(base + "/revisar")))\">\n"
        html += hiddenCSRF(state)
        html += "<input type=\"hidden\" name=\"version\" value=\"\(esc(version))\">\n"
        html += EditorForm.render(
            file: file, yaml: yaml, workspace: validation.loaded.workspace,
            diagnostics: validation.diagnostics, language: language.language, focus: focus)
        html += "<p class=\"acciones\"><button type=\"submit\" name=\"accion\" value=\"guardar\" class=\"principal\">\(esc(language.pick("Guardar", "Save")))</button></p>\n"
        html += "</form>\n</section>\n"
        html += previewSection()
        html += "</div>\n"
        html += DiagnosticsView.render(validation.diagnostics, language: language)
        html += ReviewPanel.render(validation, language: language)
        html += "<p><a href=\"\(esc(language.link("/espacios/\(entry.id)")))#titulo-descargas\">\(esc(language.pick("Descargar los documentos", "Download the documents")))</a></p>\n"
        return html
    }

    private func previewSection() -> String {
        guard let kind = WorkspaceFiles.previewKind(file) else { return "" }
        var source = "/espacios/\(entry.id)/vista-previa/\(kind.rawValue)"
        if let draft { source += "?borrador=\(draft)" }
        var html = "<section class=\"columna-vista\" aria-labelledby=\"titulo-vista\">\n"
        html += "<h2 id=\"titulo-vista\">\(esc(language.pick("Vista previa", "Preview"))): \(esc(WorkspaceFiles.title(kind, language.language)))</h2>\n"
        html += "<iframe id=\"vista-previa\" class=\"vista-previa\" title=\"\(esc(language.pick("Vista previa del documento", "Document preview")))\" src=\"\(esc(language.link(source)))\"></iframe>\n"
        return html + "</section>\n"
    }

    /// The whole page.
    func render() -> String {
        let name = validation.loaded.workspace?.manifest.institucion.nombre ?? entry.folder.lastPathComponent
        let title = WorkspaceFiles.title(file, language.language)
        return HTMLPage(title: title, language: language, body: body(),
                        trail: [(language.pick("Inicio", "Home"), "/"), (name, "/espacios/\(entry.id)"), (title, nil)]).render()
    }
}
