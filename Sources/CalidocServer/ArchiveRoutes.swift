import CalidocKit
import Foundation
import Hummingbird
import NIOPosix

/// Archivo: the signed versions archived for the workspace (`calidoc archive list`) and the state
/// `calidoc archive verify` finds. The page says the archive is intact only when
/// ``VersionArchive/verify(anchors:)`` reports no problem; anything else is shown as found.
struct ArchiveRoutes {
    let state: ServerState

    func register(on router: Router<BasicRequestContext>) {
        router.get("/espacios/:id/archivo") { request, context in
            // Verifying hashes every archived file: off the threads that serve requests.
            try await NIOThreadPool.singleton.runIfActive { try page(request, context) }
        }
    }

    private func page(_ request: Request, _ context: BasicRequestContext) throws -> Response {
        let language = PageLanguage(request: request)
        let entry = try state.workspace(context)
        let name = WorkspaceSummaryLine(entry: entry).institution ?? entry.folder.lastPathComponent
        var body = ""
        do {
            let archive = try VersionArchive(workspace: entry.folder)
            if archive.exists {
                body += try contents(archive, language: language)
            } else {
                body += "<p>\(esc(language.pick("Este espacio de trabajo aún no tiene versiones firmadas archivadas.", "This workspace has no archived signed versions yet.")))</p>\n"
            }
        } catch {
            body += VersionsView.failure(error, language: language)
        }
        body += "<section aria-labelledby=\"titulo-como-archivar\">\n<h2 id=\"titulo-como-archivar\">\(esc(language.pick("Cómo archivar una versión firmada", "How to archive a signed version")))</h2>\n"
        body += "<p>\(esc(language.pick("Cuando la jefatura del servicio firme la resolución, archívela desde una terminal, en la carpeta del espacio de trabajo:", "When the head of service signs the resolution, archive it from a terminal, in the workspace folder:")))</p>\n"
        body += "<pre><code>calidoc archive add resolucion-firmada.pdf --document politica --version N --resolution \"Res. Exenta N° …\" --workspace .</code></pre>\n</section>\n"
        let title = language.pick("Archivo de versiones firmadas", "Signed-version archive")
        return HTMLPage(title: "\(title) — \(name)", language: language, body: body,
                        trail: [(language.pick("Inicio", "Home"), "/"), (name, "/espacios/\(entry.id)"), (title, nil)])
            .response()
    }

    /// The verification verdict, then the entries (only when the records agree).
    private func contents(_ archive: VersionArchive, language: PageLanguage) throws -> String {
        let report = try archive.verify()
        var html = "<section aria-labelledby=\"titulo-verificacion\">\n<h2 id=\"titulo-verificacion\">\(esc(language.pick("Verificación", "Verification")))</h2>\n"
        if report.isIntact {
            let (entries, files) = (report.head.entradas, report.filesChecked)
            let verdict = language.pick(
                "Archivo intacto: se comprobaron \(entries) \(entries == 1 ? "entrada" : "entradas") y \(files) \(files == 1 ? "archivo" : "archivos"); nada cambió desde que se archivaron.",
                "Archive intact: \(entries) \(entries == 1 ? "entry" : "entries") and \(files) \(files == 1 ? "file" : "files") checked; nothing changed since they were archived.")
            html += "<p class=\"aviso ok\" role=\"status\" id=\"estado-archivo\">\(esc(verdict))</p>\n"
            html += "<p>\(esc(language.pick("Cabeza del archivo (para el acta del Comité):", "Archive head (for the Comité's minutes):"))) <code>\(esc(report.head.anchorText))</code></p>\n"
        } else {
            let verdict = language.pick(
                "El archivo NO está íntegro (\(report.problems.count) \(report.problems.count == 1 ? "problema" : "problemas")). Conserve la carpeta como está y compárela con una copia de respaldo.",
                "The archive is NOT intact (\(report.problems.count) \(report.problems.count == 1 ? "problem" : "problems")). Keep the folder as it is and compare it with a backup copy.")
            html += "<p class=\"aviso error\" role=\"alert\" id=\"estado-archivo\">\(esc(verdict))</p>\n"
            html += "<ul class=\"lista-problemas\">\n" + report.problems.map { "<li class=\"problema error\">\(esc($0.text(language.language)))</li>\n" }.joined() + "</ul>\n"
        }
        if !report.notes.isEmpty {
            html += "<ul>\n" + report.notes.map { "<li>\(esc(language.pick("Nota: ", "Note: ")))\(esc($0.text(language.language)))</li>\n" }.joined() + "</ul>\n"
        }
        html += "</section>\n"
        guard report.isIntact else { return html }
        let entries = try archive.list()
        html += "<section aria-labelledby=\"titulo-entradas\">\n<h2 id=\"titulo-entradas\">\(esc(language.pick("Versiones archivadas", "Archived versions")))</h2>\n"
        guard !entries.isEmpty else { return html + "<p>\(esc(language.pick("El archivo no tiene entradas.", "The archive has no entries.")))</p>\n</section>\n" }
        html += "<table class=\"tabla\">\n<thead><tr>"
        for header in [language.pick("N°", "No."), language.pick("Documento", "Document"), language.pick("Versión", "Version"),
                       language.pick("Resolución", "Resolution"), language.pick("Firma", "Signature"), language.pick("Archivos", "Files")] {
            html += "<th scope=\"col\">\(esc(header))</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for item in entries {
            html += "<tr><td>\(item.id)</td><td>\(esc(DocumentKind(rawValue: item.documento).map { WorkspaceFiles.title($0, language.language) } ?? item.documento))</td>"
            html += "<td>\(esc(item.version))</td><td>\(esc(item.resolucion ?? "—"))</td><td>"
            var signature = [item.firmadoPor, item.fecha].compactMap { $0 }.joined(separator: ", ")
            if signature.isEmpty { signature = "—" }
            html += esc(signature)
            for check in item.firmas ?? [] { html += "<br><span class=\"ayuda\">\(esc(check.line(language.language)))</span>" }
            let signed = item.archivos.filter { $0.rol == "firmado" }.map { "<code>\(esc($0.nombre))</code>" }.joined(separator: ", ")
            html += "</td><td>\(signed) \(esc(language.pick("(\(item.archivos.count) archivos en total)", "(\(item.archivos.count) files in all)")))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n</section>\n"
    }
}
