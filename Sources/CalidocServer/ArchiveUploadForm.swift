import CalidocKit
import Foundation

/// The «Archivar una resolución firmada» form of the Archivo page (multipart upload).
enum ArchiveUploadForm {
    static func render(_ workspace: WorkspaceEntry, state: ServerState, fields: ArchiveRoutes.UploadFields, currentVersion: String?,
                       language: PageLanguage) -> String {
        var html = "<section aria-labelledby=\"titulo-archivar\">\n<h2 id=\"titulo-archivar\">\(esc(language.pick("Archivar una resolución firmada", "Archive a signed resolution")))</h2>\n"
        html += "<p>\(esc(language.pick("Cuando la jefatura del servicio firme la resolución, súbala aquí: calidoc comprueba sus firmas y la guarda junto con los archivos actuales del espacio de trabajo. Una firma no válida se archiva igual, registrada como no válida.", "When the head of service signs the resolution, upload it here: calidoc checks its signatures and keeps it with the workspace's current files. An invalid signature is archived anyway, recorded as invalid.")))</p>\n"
        if let problem = fields.problem { html += "<p class=\"aviso error\" role=\"alert\">\(esc(problem))</p>\n" }
        html += "<form method=\"post\" enctype=\"multipart/form-data\" action=\"\(esc(language.link("/espacios/\(workspace.id)/archivo")))\" class=\"formulario\">\n"
        html += hiddenCSRF(state)
        html += "<p><label for=\"archivo-firmado\">\(esc(language.pick("PDF firmado", "Signed PDF")))</label>\n"
        html += "<input id=\"archivo-firmado\" name=\"firmado\" type=\"file\" required accept=\".pdf,application/pdf\" aria-describedby=\"ayuda-firmado\">\n"
        html += "<span id=\"ayuda-firmado\" class=\"ayuda\">\(esc(language.pick("Hasta 25 MB.", "Up to 25 MB.")))</span></p>\n"
        html += "<p><label for=\"archivo-documento\">\(esc(language.pick("Documento", "Document")))</label>\n<select id=\"archivo-documento\" name=\"documento\">\n"
        for kind in DocumentKind.allCases {
            html += "<option value=\"\(kind.rawValue)\"\(kind.rawValue == fields.document ? " selected" : "")>\(esc(WorkspaceFiles.title(kind, language.language)))</option>\n"
        }
        html += "</select></p>\n"
        html += "<p><label for=\"archivo-version\">\(esc(language.pick("Versión firmada", "Signed version")))</label>\n"
        html += "<input id=\"archivo-version\" name=\"version\" required maxlength=\"80\" value=\"\(esc(fields.version ?? currentVersion ?? ""))\"></p>\n"
        html += "<p><label for=\"archivo-resolucion\">\(esc(language.pick("Resolución (opcional)", "Resolution (optional)")))</label>\n"
        html += "<input id=\"archivo-resolucion\" name=\"resolucion\" maxlength=\"200\" placeholder=\"Res. Exenta N° 1.234\" value=\"\(esc(fields.resolution))\"></p>\n"
        html += "<p><button type=\"submit\">\(esc(language.pick("Archivar", "Archive")))</button></p>\n</form>\n"
        let count = state.configuration.trustRootCount
        if state.configuration.trustRootsPEM != nil {
            let chain = language.pick(
                "La cadena de certificados de cada firma se comprueba con \(count == 1 ? "el certificado raíz" : "los \(count) certificados raíz") de confianza con que se inició calidoc serve (--trust).",
                "Each signature's certificate chain is checked against the \(count == 1 ? "trusted root certificate" : "\(count) trusted root certificates") calidoc serve was started with (--trust).")
            html += "<p class=\"ayuda\" id=\"raices-confianza\">\(esc(chain))</p>\n</section>\n"
        } else {
            let chain = language.pick(
                "La cadena de certificados no se comprueba (queda «no verificada») porque calidoc serve se inició sin certificados raíz de confianza. Para comprobarla con los que acepta su institución, inícielo así:",
                "The certificate chain is not checked (it is recorded as «not checked») because calidoc serve was started without trusted root certificates. To check it against those your institution accepts, start it like this:")
            html += "<p class=\"ayuda\" id=\"raices-confianza\">\(esc(chain))</p>\n"
            html += "<pre><code>calidoc serve --trust raices.pem</code></pre>\n</section>\n"
        }
        return html
    }
}
