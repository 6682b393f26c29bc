import CalidocKit
import Foundation
import Hummingbird
import NIOPosix

/// Sesión del Comité: the sessions of a workspace (`sesiones/N.yaml`) with their decks to download,
/// and the form that writes a new session file as `calidoc session new` does, with the two pairs of
/// versions it compares chosen from the history.
struct SessionRoutes {
    let state: ServerState

    func register(on router: Router<BasicRequestContext>) {
        router.get("/espacios/:id/sesiones") { request, context in
            try page(request, context)
        }
        router.post("/espacios/:id/sesiones") { request, context in
            try await create(request, context)
        }
        router.get("/espacios/:id/sesiones/descargas/:nombre") { request, context in
            try await NIOThreadPool.singleton.runIfActive { try download(request, context) }
        }
    }

    /// The new-session form's values, kept when the page is shown again.
    struct Fields {
        var number: String?
        var date = WorkspaceFiles.today()
        /// Chosen folders, by field name (`resultados-anterior` …); `nil`: the proposal.
        var chosen: [String: String]?
        var problem: String?
    }

    private func page(_ request: Request, _ context: BasicRequestContext) throws -> Response {
        let language = PageLanguage(request: request)
        let entry = try state.workspace(context)
        let created = request.uri.queryParameters["creada"].flatMap { Int(String($0)) }
        return render(entry, language: language, fields: Fields(), created: created)
    }

    private func render(_ entry: WorkspaceEntry, language: PageLanguage, fields: Fields, created: Int? = nil,
                        status: HTTPResponse.Status = .ok) -> Response {
        let name = WorkspaceSummaryLine(entry: entry).institution ?? entry.folder.lastPathComponent
        let numbers = SessionLoader.numbers(in: entry.folder)
        var body = ""
        if let created {
            body += "<p class=\"aviso ok\" role=\"status\">\(esc(language.pick("Se creó sesiones/\(created).yaml. Descargue la presentación más abajo; el orden del día y los textos se pueden revisar en ese archivo.", "sesiones/\(created).yaml was created. Download the deck below; the agenda and texts can be reviewed in that file.")))</p>\n"
        }
        body += SessionsView.list(entry, numbers: numbers, language: language)
        let validation = Result { try WorkspaceValidation.validated(at: entry.folder) }
        switch validation {
        case .success(let workspace):
            body += SessionsView.form(entry, state: state, workspace: workspace, numbers: numbers, fields: fields, language: language)
        case .failure:
            body += "<section aria-labelledby=\"titulo-nueva-sesion\">\n<h2 id=\"titulo-nueva-sesion\">\(esc(language.pick("Nueva sesión", "New session")))</h2>\n"
            body += "<p class=\"aviso error\">\(esc(language.pick("Los archivos del espacio de trabajo tienen errores: corríjalos (vea la revisión en la página del espacio de trabajo) para preparar una sesión.", "The workspace's files have errors: fix them (see the check on the workspace page) to prepare a session.")))</p>\n</section>\n"
        }
        let title = language.pick("Sesiones del Comité", "Comité sessions")
        return HTMLPage(title: "\(title) — \(name)", language: language, body: body,
                        trail: [(language.pick("Inicio", "Home"), "/"), (name, "/espacios/\(entry.id)"), (title, nil)])
            .response(status: status)
    }

    /// POST: writes `sesiones/N.yaml` through ``SessionScaffold``.
    private func create(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let language = PageLanguage(request: request)
        let entry = try state.workspace(context)
        let form = try await FormBody.read(request, limit: state.configuration.maximumBodyBytes)
        guard state.currentCSRF.matches(form[CSRFToken.fieldName]) else { throw WebError.badCSRF }
        var fields = Fields(number: form["numero"], date: form["fecha"] ?? "",
                            chosen: Dictionary(SessionsView.pairFields.map { ($0.name, form[$0.name] ?? "") }, uniquingKeysWith: { $1 }))
        let history = VersionHistory.list(workspace: entry.folder)
        func refuse(_ message: String, _ status: HTTPResponse.Status = .unprocessableContent) -> Response {
            fields.problem = message
            return render(entry, language: language, fields: fields, status: status)
        }
        guard let number = Int((fields.number ?? "").trimmingCharacters(in: .whitespaces)) else {
            return refuse(language.pick("Escriba el número de la sesión (1, 2, …).", "Write the session number (1, 2, …)."))
        }
        var pairs = SessionScaffold.Pairs(resultados: nil, recomendaciones: nil)
        for part in ["resultados", "recomendaciones"] {
            let old = fields.chosen?["\(part)-anterior"] ?? "", new = fields.chosen?["\(part)-nueva"] ?? ""
            if old.isEmpty && new.isEmpty { continue }
            guard history.contains(where: { $0.path == old }), history.contains(where: { $0.path == new }) else {
                return refuse(language.pick("Elija las dos versiones de cada comparación, o ninguna para dejarla fuera.",
                                            "Choose both versions of each comparison, or neither to leave it out."))
            }
            let pair = SessionScaffold.Pairs.Pair(anterior: old, nueva: new)
            if part == "resultados" { pairs.resultados = pair } else { pairs.recomendaciones = pair }
        }
        do {
            let (date, folder, chosen) = (fields.date, entry.folder, pairs)
            _ = try await state.saver.serialized {
                try SessionScaffold.create(number: number, date: date, in: try WorkspaceValidation.validated(at: folder), pairs: chosen)
            }
        } catch {
            let (status, message) = ErrorStatus.describe(error)
            return refuse(message.text(language.language), status == .internalServerError ? status : .unprocessableContent)
        }
        return Response.redirect(to: language.link("/espacios/\(entry.id)/sesiones?creada=\(number)") + "#sesion-\(number)", type: .normal)
    }

    /// GET …/descargas/sesion-N.pptx: the deck built as `calidoc deck --session N` builds it.
    private func download(_ request: Request, _ context: BasicRequestContext) throws -> Response {
        let entry = try state.workspace(context)
        guard let name = context.parameters.get("nombre"), name.hasPrefix("sesion-"), let dot = name.lastIndex(of: "."),
              let number = Int(name[name.index(name.startIndex, offsetBy: "sesion-".count)..<dot]),
              SessionLoader.numbers(in: entry.folder).contains(number),
              let format = OutputFormat.serving(.deck).first(where: { $0.fileExtension == String(name[name.index(after: dot)...]) })
        else { throw WebError.notFound }
        let scratch = FileManager.default.temporaryDirectory.appending(path: "calidoc-serve-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let result = try DeckOutput.build(session: number, workspace: entry.folder, formats: [format], outputRoot: scratch)
        guard let url = result.written.first, let data = FileManager.default.contents(atPath: url.path) else { throw WebError.notFound }
        return VersionRoutes.attachment(Array(data), format: format, fileName: "\(Slug.make(entry.id))-sesion-\(number).\(format.fileExtension)")
    }
}
