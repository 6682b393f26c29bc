import CalidocKit
import Foundation

/// The «Importar una Política existente» form (multipart upload of a .docx or .odt).
enum ImportForm {
    static func render(state: ServerState, fields: ImportRoutes.Fields, language: PageLanguage) -> String {
        let intro = language.pick(
            "Suba la Política que su servicio ya tiene en Word (.docx) o LibreOffice (.odt). calidoc reconoce sus secciones (I. Contexto … VIII. Glosario), crea un espacio de trabajo nuevo con cada texto en su campo y le muestra un informe: qué quedó dónde y qué no pudo ubicar. Su documento no cambia.",
            "Upload the Política your service already has in Word (.docx) or LibreOffice (.odt). calidoc recognises its sections (I. Contexto … VIII. Glosario), creates a new workspace with each text in its field and shows you a report: what went where and what it could not place. Your document does not change.")
        var html = "<p>\(esc(intro))</p>\n"
        guard let parent = state.catalog.creationFolder() else {
            return html + "<p class=\"aviso error\" role=\"alert\">\(esc(language.pick("calidoc serve no tiene una carpeta donde crear espacios de trabajo.", "calidoc serve has no folder to create workspaces in.")))</p>\n"
        }
        if let problem = fields.problem { html += "<p class=\"aviso error\" role=\"alert\" id=\"problema-importacion\">\(esc(problem))</p>\n" }
        html += "<form method=\"post\" enctype=\"multipart/form-data\" action=\"\(esc(language.link("/importar")))\" class=\"formulario\">\n"
        html += hiddenCSRF(state)
        html += "<p><label for=\"importar-documento\">\(esc(language.pick("Documento de la Política", "Política document")))</label>\n"
        html += "<input id=\"importar-documento\" name=\"documento\" type=\"file\" required accept=\".docx,.odt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text\" aria-describedby=\"ayuda-documento\">\n"
        let documentHelp = language.pick(
            "Un .docx u .odt de hasta \(ImportLimits.maximumFileBytes / (1024 * 1024)) MB. Si tiene un .doc antiguo o un PDF, ábralo en Word o LibreOffice y use «Guardar como» → .docx.",
            "A .docx or .odt of up to \(ImportLimits.maximumFileBytes / (1024 * 1024)) MB. For an old .doc or a PDF, open it in Word or LibreOffice and use «Save as» → .docx.")
        html += "<span id=\"ayuda-documento\" class=\"ayuda\">\(esc(documentHelp))</span></p>\n"
        html += "<p><label for=\"importar-institucion\">\(esc(language.pick("Nombre de la institución (opcional)", "Institution name (optional)")))</label>\n"
        html += "<input id=\"importar-institucion\" name=\"institucion\" maxlength=\"200\" aria-describedby=\"ayuda-institucion\" value=\"\(esc(fields.institution))\">\n"
        html += "<span id=\"ayuda-institucion\" class=\"ayuda\">\(esc(language.pick("Si lo deja vacío, se toma del título o la portada del documento.", "Left empty, it is taken from the document's title or cover.")))</span></p>\n"
        html += "<p><label for=\"importar-carpeta\">\(esc(language.pick("Nombre de la carpeta (opcional)", "Folder name (optional)")))</label>\n"
        html += "<input id=\"importar-carpeta\" name=\"carpeta\" maxlength=\"80\" pattern=\"[a-z0-9][a-z0-9-]*\" aria-describedby=\"ayuda-importar-carpeta\" value=\"\(esc(fields.folder))\">\n"
        html += "<span id=\"ayuda-importar-carpeta\" class=\"ayuda\">\(esc(language.pick("Dentro de", "Inside"))) <code>\(esc(parent.path))</code>. "
        html += "\(esc(language.pick("Letras minúsculas sin tilde, números y guiones; si la deja vacía, se forma con el nombre de la institución.", "Lower-case letters, digits and hyphens; left empty, it is made from the institution name.")))</span></p>\n"
        html += "<p><label for=\"importar-fecha\">\(esc(language.pick("Fecha de la versión", "Version date")))</label>\n"
        html += "<input id=\"importar-fecha\" name=\"fecha\" type=\"date\" value=\"\(esc(fields.date))\"></p>\n"
        html += "<p><button type=\"submit\">\(esc(language.pick("Importar", "Import")))</button></p>\n</form>\n"
        return html
    }
}
