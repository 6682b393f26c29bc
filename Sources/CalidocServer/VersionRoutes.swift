import CalidocKit
import Foundation
import Hummingbird
import NIOPosix

/// Versiones: the history of a workspace (``VersionHistory``), «Guardar como nueva versión»
/// (``VersionSnapshot``) and the comparison of two versions — the change statements on the page,
/// the change summary and the redline as downloads in the registry's formats.
struct VersionRoutes {
    let state: ServerState

    func register(on router: Router<BasicRequestContext>) {
        router.get("/espacios/:id/versiones") { request, context in
            try page(request, context)
        }
        router.post("/espacios/:id/versiones") { request, context in
            try await saveVersion(request, context)
        }
        router.get("/espacios/:id/versiones/descargas/:nombre") { request, context in
            try await NIOThreadPool.singleton.runIfActive { try download(request, context) }
        }
    }

    /// What the two downloads of a comparison are: the change statements or the redlined Política.
    enum Product: String, CaseIterable {
        case cambios
        case controlDeCambios = "control-de-cambios"

        var product: OutputProduct {
            switch self {
            case .cambios: .changeSummary
            case .controlDeCambios: .redline
            }
        }

        /// The formats offered: the registry's, for this product.
        var formats: [OutputFormat] { OutputFormat.serving(product) }

        func title(_ language: PageLanguage) -> String {
            switch self {
            case .cambios: language.pick("Resumen de cambios", "Change summary")
            case .controlDeCambios: language.pick("Política con control de cambios", "Política with tracked changes")
            }
        }
    }

    /// The form's fields of «Guardar como nueva versión», kept when the page is shown again.
    struct NewVersionFields {
        var label = ""
        var date = WorkspaceFiles.today()
        var description = ""
        var problem: String?
    }

    private func page(_ request: Request, _ context: BasicRequestContext) throws -> Response {
        let language = PageLanguage(request: request)
        let entry = try state.workspace(context)
        let query = request.uri.queryParameters
        let saved = query["guardada"].map(String.init)
        return render(entry, language: language, fields: NewVersionFields(), saved: saved,
                      comparison: (query["anterior"].map(String.init), query["nueva"].map(String.init)))
    }

    func render(_ entry: WorkspaceEntry, language: PageLanguage, fields: NewVersionFields, saved: String? = nil,
                comparison: (String?, String?) = (nil, nil), status: HTTPResponse.Status = .ok) -> Response {
        let history = VersionHistory.list(workspace: entry.folder)
        let name = WorkspaceSummaryLine(entry: entry).institution ?? entry.folder.lastPathComponent
        var body = ""
        if let saved {
            body += "<p class=\"aviso ok\" role=\"status\">\(esc(language.pick("Se guardó la versión anterior en «\(saved)». Los archivos que edite desde ahora forman la nueva versión.", "The previous version was kept in «\(saved)». The files you edit from now on make the new version.")))</p>\n"
        }
        body += VersionsView.history(history, language: language)
        // Compared: the folders and the signed versions kept in the archive.
        let choices = history + VersionHistory.archived(workspace: entry.folder)
        body += VersionsView.compareForm(entry, history: choices, chosen: comparison, language: language)
        if let old = comparison.0, let new = comparison.1 {
            body += comparisonSection(entry, old: old, new: new, history: choices, language: language)
        }
        body += VersionsView.newVersionForm(entry, state: state, fields: fields, language: language)
        let title = language.pick("Versiones", "Versions")
        return HTMLPage(title: "\(title) — \(name)", language: language, body: body,
                        trail: [(language.pick("Inicio", "Home"), "/"), (name, "/espacios/\(entry.id)"), (title, nil)])
            .response(status: status)
    }

    /// The statements between two versions of the list, or why they cannot be compared.
    private func comparisonSection(_ entry: WorkspaceEntry, old: String, new: String, history: [VersionHistory.Entry],
                                   language: PageLanguage) -> String {
        var html = "<section id=\"comparacion\" aria-labelledby=\"titulo-comparacion\">\n"
        guard let before = history.first(where: { $0.path == old }), let after = history.first(where: { $0.path == new }) else {
            return html + "<h2 id=\"titulo-comparacion\">\(esc(language.pick("Comparación", "Comparison")))</h2>\n<p class=\"aviso error\" role=\"alert\">\(esc(language.pick("Elija dos versiones de la lista.", "Choose two versions from the list.")))</p>\n</section>\n"
        }
        html += "<h2 id=\"titulo-comparacion\">\(esc(language.pick("Cambios de la versión \(VersionsView.label(before)) a la versión \(VersionsView.label(after))", "Changes from version \(VersionsView.label(before)) to version \(VersionsView.label(after))")))</h2>\n"
        let changes: ChangeSet
        do {
            let folder = entry.folder
            changes = try VersionHistory.withFolder(before, workspace: folder) { old in
                try VersionHistory.withFolder(after, workspace: folder) { new in
                    // The newer version's wording (its own plantillas/frases/), as the downloads use.
                    let newer = try VersionDiff.load(new)
                    let phrases = try PhraseCatalogue.forWorkspace(newer, language: language.language)
                    return ChangeSet.compute(old: try VersionDiff.load(old), new: newer, language: language.language,
                                             options: DiffOptions(phrases: phrases))
                }
            }
        } catch {
            return html + VersionsView.failure(error, language: language) + "</section>\n"
        }
        html += VersionsView.statements(changes, language: language)
        if !changes.isEmpty {
            html += VersionsView.downloads(entry, old: old, new: new, language: language)
        }
        return html + "</section>\n"
    }

    /// POST: keeps the current version in `versiones/` and starts the new one.
    private func saveVersion(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let language = PageLanguage(request: request)
        let entry = try state.workspace(context)
        let form = try await FormBody.read(request, limit: state.configuration.maximumBodyBytes)
        guard state.currentCSRF.matches(form[CSRFToken.fieldName]) else { throw WebError.badCSRF }
        var fields = NewVersionFields(label: form["etiqueta"] ?? "", date: form["fecha"] ?? "", description: form["descripcion"] ?? "")
        do {
            let (label, date, description, folder) = (fields.label, fields.date, fields.description, entry.folder)
            let result = try await state.saver.serialized {
                let workspace = try WorkspaceValidation.validated(at: folder)
                return try VersionSnapshot.save(label: label, date: date, description: description, in: workspace)
            }
            return Response.redirect(
                to: language.link("/espacios/\(entry.id)/versiones?guardada=\(VersionsView.queryValue(result.previousPath))"),
                type: .normal)
        } catch {
            let (status, message) = ErrorStatus.describe(error)
            fields.problem = message.text(language.language)
            if let failure = error as? ValidationFailure {
                fields.problem = language.pick(
                    "Corrija primero los errores de los archivos (\(failure.blocking.count)); una versión se guarda sólo cuando se puede generar.",
                    "First fix the errors in the files (\(failure.blocking.count)); a version is kept only when it can be built.")
            }
            return render(entry, language: language, fields: fields, status: status == .internalServerError ? status : .unprocessableContent)
        }
    }

    /// GET …/descargas/cambios.docx?anterior=…&nueva=…: the change summary or redline.
    private func download(_ request: Request, _ context: BasicRequestContext) throws -> Response {
        let language = PageLanguage(request: request)
        let entry = try state.workspace(context)
        guard let name = context.parameters.get("nombre"), let dot = name.lastIndex(of: "."),
              let product = Product(rawValue: String(name[..<dot])),
              let format = product.formats.first(where: { $0.fileExtension == String(name[name.index(after: dot)...]) }),
              let old = request.uri.queryParameters["anterior"].map(String.init),
              let new = request.uri.queryParameters["nueva"].map(String.init),
              let before = VersionHistory.entryWithArchive(old, workspace: entry.folder),
              let after = VersionHistory.entryWithArchive(new, workspace: entry.folder)
        else { throw WebError.notFound }
        let rendering = try VersionHistory.withFolder(before, workspace: entry.folder) { old in
            try VersionHistory.withFolder(after, workspace: entry.folder) { new in
                switch product {
                case .cambios:
                    try VersionDiff.render(old: old, new: new, format: format, language: language.language)
                case .controlDeCambios:
                    try VersionDiff.renderRedline(old: old, new: new, format: format, language: language.language)
                }
            }
        }
        let fileName = "\(Slug.make(entry.id))-\(product.rawValue)-\(Slug.make(VersionsView.label(before)))-a-\(Slug.make(VersionsView.label(after))).\(format.fileExtension)"
        return Self.attachment(rendering.output.bytes, format: format, fileName: fileName)
    }

    /// A download response.
    static func attachment(_ bytes: [UInt8], format: OutputFormat, fileName: String) -> Response {
        let textual: Bool
        switch format {
        case .html, .md, .text, .json: textual = true
        case .odt, .docx, .pdf, .odp, .pptx: textual = false
        }
        return Response(
            status: .ok,
            headers: [
                .contentType: format.mediaType + (textual ? "; charset=utf-8" : ""),
                .contentDisposition: "attachment; filename=\"\(fileName)\"",
                .cacheControl: "no-store",
                .contentSecurityPolicy: PreviewRoutes.previewPolicy,
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
