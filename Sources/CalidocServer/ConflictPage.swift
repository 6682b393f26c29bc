import CalidocKit
import Foundation
import Hummingbird

/// The 409 page: the file changed on disk after the form was opened (another tab, or a hand edit).
/// Nothing was written; the person's text is kept on the page beside the current one, and the form
/// below, based on the current version, lets them save theirs on purpose.
struct ConflictPage {
    var state: ServerState
    var entry: WorkspaceEntry
    var file: InputFile
    var language: PageLanguage
    /// The person's text, not saved.
    var mine: String
    /// The file's current bytes (nil if it was deleted meanwhile).
    var current: [UInt8]?

    func response() -> Response {
        let currentText = current.map { String(decoding: $0, as: UTF8.self) } ?? ""
        let warning = language.pick(
            "El archivo \(file.rawValue) cambió mientras usted lo editaba (en otra pestaña o a mano). Su texto NO se guardó, pero no se perdió: está abajo. Compare ambos textos y decida.",
            "The file \(file.rawValue) changed while you were editing it (in another tab or by hand). Your text was NOT saved, but it is not lost: it is below. Compare both texts and decide.")
        var body = "<p class=\"aviso error\" role=\"alert\">\(esc(warning))</p>\n"
        body += "<div class=\"comparacion\">\n<section aria-labelledby=\"titulo-mio\">\n<h2 id=\"titulo-mio\">\(esc(language.pick("Su texto (sin guardar)", "Your text (not saved)")))</h2>\n"
        body += "<label for=\"texto-mio\">\(esc(language.pick("Su texto, para copiar", "Your text, to copy")))</label>\n"
        body += "<textarea id=\"texto-mio\" readonly rows=\"20\" cols=\"60\">\(esc(mine))</textarea>\n</section>\n"
        body += "<section aria-labelledby=\"titulo-actual\">\n<h2 id=\"titulo-actual\">\(esc(language.pick("El texto actual del archivo", "The file's current text")))</h2>\n"
        body += "<label for=\"texto-actual\">\(esc(language.pick("Texto guardado ahora en el archivo", "Text now saved in the file")))</label>\n"
        body += "<textarea id=\"texto-actual\" readonly rows=\"20\" cols=\"60\">\(esc(currentText))</textarea>\n</section>\n</div>\n"
        body += "<h2>\(esc(language.pick("Seguir con su texto", "Carry on with your text")))</h2>\n"
        body += "<p>\(esc(language.pick("Este formulario tiene su texto y se basa en la versión actual: si presiona «Guardar», su texto reemplaza al actual.", "This form holds your text and is based on the current version: if you press «Save», your text replaces the current one.")))</p>\n"
        let base = "/espacios/\(entry.id)/archivos/\(file.rawValue)"
        body += "<form method=\"post\" action=\"\(esc(language.link(base)))\">\n" + hiddenCSRF(state)
        body += "<input type=\"hidden\" name=\"version\" value=\"\(esc(FileVersion.of(current)))\">\n"
        body += EditorForm.render(file: file, yaml: mine, workspace: nil, diagnostics: [], language: language.language)
        body += "<p class=\"acciones\"><button type=\"submit\" name=\"accion\" value=\"guardar\" class=\"principal\">\(esc(language.pick("Guardar", "Save")))</button> "
        body += "<a href=\"\(esc(language.link(base)))\">\(esc(language.pick("Descartar mi texto y abrir el actual", "Discard my text and open the current one")))</a></p>\n</form>\n"
        let title = language.pick("El archivo cambió mientras lo editaba", "The file changed while you were editing")
        return HTMLPage(title: title, language: language, body: body,
                        trail: [(language.pick("Inicio", "Home"), "/"), (WorkspaceSummaryLine(entry: entry).institution ?? entry.folder.lastPathComponent, "/espacios/\(entry.id)"), (title, nil)])
            .response(status: .conflict)
    }
}
