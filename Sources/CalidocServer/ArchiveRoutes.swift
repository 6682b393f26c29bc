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
            try await NIOThreadPool.singleton.runIfActive {
                let language = PageLanguage(request: request)
                let added = request.uri.queryParameters["agregada"].flatMap { Int(String($0)) }
                return try page(try state.workspace(context), language: language, fields: UploadFields(added: added))
            }
        }
        router.post("/espacios/:id/archivo") { request, context in
            try await upload(request, context)
        }
    }

    static let uploadTooLarge = WebError(
        .contentTooLarge, es: "El archivo enviado es demasiado grande (el máximo es 25 MB).",
        en: "The file sent is too large (at most 25 MB).")

    /// The upload form's values and outcome, kept when the page is shown again.
    struct UploadFields {
        var added: Int?
        var document = DocumentKind.politica.rawValue
        var version: String?
        var resolution = ""
        var problem: String?
    }

    private func page(_ entry: WorkspaceEntry, language: PageLanguage, fields: UploadFields,
                      status: HTTPResponse.Status = .ok) throws -> Response {
        let summary = WorkspaceSummaryLine(entry: entry)
        let name = summary.institution ?? entry.folder.lastPathComponent
        var body = ""
        if let added = fields.added {
            body += "<p class=\"aviso ok\" role=\"status\">\(esc(language.pick("Archivado en la entrada \(added).", "Archived as entry \(added).")))</p>\n"
        }
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
        body += ArchiveUploadForm.render(entry, state: state, fields: fields,
                                         currentVersion: WorkspaceFiles.bytes(.manifest, in: entry).flatMap {
                                             WorkspaceLoader.load(files: [.manifest: $0], directory: entry.folder).workspace?.manifest.version.etiqueta
                                         }, language: language)
        let title = language.pick("Archivo de versiones firmadas", "Signed-version archive")
        return HTMLPage(title: "\(title) — \(name)", language: language, body: body,
                        trail: [(language.pick("Inicio", "Home"), "/"), (name, "/espacios/\(entry.id)"), (title, nil)])
            .response(status: status)
    }

    /// POST (multipart): archives the uploaded signed PDF with the workspace's inputs, as
    /// `calidoc archive add` does (``VersionArchive/addChecked(signed:workspace:outputs:document:version:resolution:signedBy:date:trustRootsPEM:)``).
    private func upload(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let language = PageLanguage(request: request)
        let entry = try state.workspace(context)
        let form = try await MultipartForm.read(request, limit: RequestBodyLimit.signedUploadBytes, tooLarge: Self.uploadTooLarge)
        guard state.currentCSRF.matches(form[CSRFToken.fieldName]) else { throw WebError.badCSRF }
        var fields = UploadFields(document: form["documento"] ?? "", version: (form["version"] ?? "").trimmingCharacters(in: .whitespaces),
                                  resolution: (form["resolucion"] ?? "").trimmingCharacters(in: .whitespaces))
        let file = form.file("firmado")
        let problem: String? =
            if file == nil || file?.bytes.isEmpty == true { language.pick("Elija el PDF firmado.", "Choose the signed PDF.") }
            else if file?.bytes.starts(with: Array("%PDF-".utf8)) != true { language.pick("El archivo elegido no es un PDF.", "The chosen file is not a PDF.") }
            else if DocumentKind(rawValue: fields.document) == nil { language.pick("Elija el documento.", "Choose the document.") }
            else if fields.version?.isEmpty != false { language.pick("Escriba la versión firmada.", "Write the signed version.") }
            else { nil }
        if let problem {
            fields.problem = problem
            let shown = fields
            return try await NIOThreadPool.singleton.runIfActive { try page(entry, language: language, fields: shown, status: .unprocessableContent) }
        }
        let scratch = FileManager.default.temporaryDirectory.appending(path: "calidoc-serve-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let (bytes, fileName, document, version, resolution) = (file?.bytes ?? [], Self.storedName(file?.fileName ?? ""),
                                                                  fields.document, fields.version ?? "", fields.resolution)
        do {
            let addition = try await NIOThreadPool.singleton.runIfActive {
                try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
                let url = scratch.appending(path: fileName)
                try Data(bytes).write(to: url)
                return try VersionArchive(workspace: entry.folder).addChecked(
                    signed: [url], workspace: entry.folder, document: document, version: version,
                    resolution: resolution.isEmpty ? nil : resolution, trustRootsPEM: state.configuration.trustRootsPEM)
            }
            return Response.redirect(to: language.link("/espacios/\(entry.id)/archivo?agregada=\(addition.entry.id)"), type: .normal)
        } catch {
            let (status, message) = ErrorStatus.describe(error)
            fields.problem = message.text(language.language)
            let shown = fields
            return try await NIOThreadPool.singleton.runIfActive {
                try page(entry, language: language, fields: shown, status: status == .internalServerError ? status : .unprocessableContent)
            }
        }
    }

    /// The name the signed file is archived under: the browser's name when it is a plain `.pdf`
    /// name, else a slug of it (never a path).
    static func storedName(_ sent: String) -> String {
        let last = sent.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        if last.lowercased().hasSuffix(".pdf"), ArchiveEntry.File.isPlainName(last), last.utf8.count <= 120 { return last }
        let stem = last.lowercased().hasSuffix(".pdf") ? String(last.dropLast(4)) : last
        return Slug.make(stem.isEmpty ? "resolucion-firmada" : stem) + ".pdf"
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
            if (item.firmas ?? []).isEmpty {
                html += "<br><strong class=\"sin-firma\">\(esc(language.pick("No se encontró ninguna firma en el archivo archivado.", "No signature was found in the archived file.")))</strong>"
            }
            let signed = item.archivos.filter { $0.rol == "firmado" }.map { "<code>\(esc($0.nombre))</code>" }.joined(separator: ", ")
            html += "</td><td>\(signed) \(esc(language.pick("(\(item.archivos.count) archivos en total)", "(\(item.archivos.count) files in all)")))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n</section>\n"
    }
}
