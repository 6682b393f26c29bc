import CalidocKit
import Foundation
import Hummingbird

/// The workspace page: its input files (edit those present, create the missing ones from the
/// `calidoc init` examples), the check of the whole workspace, and the downloads.
struct WorkspaceRoutes {
    let state: ServerState

    func register(on router: Router<BasicRequestContext>) {
        router.get("/espacios/:id") { request, context in
            try page(request, context)
        }
        router.post("/espacios/:id/archivos/:archivo/crear") { request, context in
            try await createFile(request, context)
        }
    }

    private func page(_ request: Request, _ context: BasicRequestContext) throws -> Response {
        let language = PageLanguage(request: request)
        let entry = try state.workspace(context)
        let validation = state.validations.validation(files: WorkspaceFiles.snapshot(entry), directory: entry.folder)
        let name = validation.loaded.workspace?.manifest.institucion.nombre ?? entry.folder.lastPathComponent
        var body = ""
        if request.uri.queryParameters["creado"] != nil {
            body += "<p class=\"aviso ok\" role=\"status\">\(esc(language.pick("Espacio de trabajo creado. Reemplace los textos de ejemplo de cada archivo.", "Workspace created. Replace the example texts of each file.")))</p>\n"
        }
        if let version = validation.loaded.workspace?.manifest.version {
            body += "<p>\(esc(language.pick("Versión", "Version"))) <strong>\(esc(version.etiqueta))</strong>, \(esc(version.fecha))"
            if let description = version.descripcion { body += " — \(esc(description))" }
            body += "</p>\n"
        }
        body += filesSection(entry, language: language)
        body += Self.moreSection(entry, language: language)
        body += DownloadRoutes.section(entry: entry, validation: validation, language: language)
        body += DiagnosticsView.render(validation.diagnostics, language: language)
        body += ReviewPanel.render(validation, language: language)
        let page = HTMLPage(title: name, language: language, body: body,
                            trail: [(language.pick("Inicio", "Home"), "/"), (name, nil)])
        return page.response()
    }

    private func filesSection(_ entry: WorkspaceEntry, language: PageLanguage) -> String {
        var html = "<section aria-labelledby=\"titulo-archivos\">\n<h2 id=\"titulo-archivos\">\(esc(language.pick("Archivos", "Files")))</h2>\n<ul class=\"archivos\">\n"
        for file in WorkspaceFiles.editable {
            let title = WorkspaceFiles.title(file, language.language)
            html += "<li><span class=\"archivo-titulo\">\(esc(title))</span> <code>\(esc(file.rawValue))</code> "
            if WorkspaceFiles.bytes(file, in: entry) != nil {
                html += "<a class=\"boton\" href=\"\(esc(language.link("/espacios/\(entry.id)/archivos/\(file.rawValue)")))\">\(esc(language.pick("Editar", "Edit")))<span class=\"oculto\"> \(esc(title))</span></a>"
            } else if TemplateSet.embeddedFile("init/\(file.rawValue)") != nil {
                html += "<form method=\"post\" class=\"en-linea\" action=\"\(esc(language.link("/espacios/\(entry.id)/archivos/\(file.rawValue)/crear")))\">"
                html += hiddenCSRF(state)
                html += "<button type=\"submit\">\(esc(language.pick("Crear desde el ejemplo", "Create from the example")))<span class=\"oculto\"> \(esc(title))</span></button></form>"
            } else {
                html += "<span class=\"ayuda\">\(esc(language.pick("(no existe; calidoc no trae un ejemplo de este archivo)", "(absent; calidoc has no example of this file)")))</span>"
            }
            html += "</li>\n"
        }
        return html + "</ul>\n</section>\n"
    }

    /// Links to the workspace's other pages: versions, Comité sessions and the signed archive.
    static func moreSection(_ entry: WorkspaceEntry, language: PageLanguage) -> String {
        var html = "<nav aria-labelledby=\"titulo-mas\">\n<h2 id=\"titulo-mas\">\(esc(language.pick("Versiones, Comité y archivo", "Versions, Comité and archive")))</h2>\n<ul class=\"enlaces\">\n"
        let links = [
            ("versiones", language.pick("Versiones", "Versions"), language.pick("historial, comparar dos versiones, guardar como nueva versión", "history, compare two versions, save as a new version")),
            ("sesiones", language.pick("Sesiones del Comité", "Comité sessions"), language.pick("preparar una sesión y descargar su presentación", "prepare a session and download its deck")),
            ("revision", language.pick("Revisión", "Review"), language.pick("enviar al Comité y a la Red de Expertos, observaciones y aprobación", "send to the Comité and the Expert Network, observations and approval")),
            ("archivo", language.pick("Archivo de versiones firmadas", "Signed-version archive"), language.pick("versiones firmadas y su verificación", "signed versions and their verification")),
        ]
        for (path, text, help) in links {
            html += "<li><a href=\"\(esc(language.link("/espacios/\(entry.id)/\(path)")))\">\(esc(text))</a> <span class=\"ayuda en-linea\">\(esc(help))</span></li>\n"
        }
        return html + "</ul>\n</nav>\n"
    }

    private func createFile(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let language = PageLanguage(request: request)
        let entry = try state.workspace(context)
        let file = try state.inputFile(context)
        let form = try await FormBody.read(request, limit: state.configuration.maximumBodyBytes)
        guard state.currentCSRF.matches(form[CSRFToken.fieldName]) else { throw WebError.badCSRF }
        let manifest = WorkspaceFiles.bytes(.manifest, in: entry).flatMap {
            WorkspaceLoader.load(files: [.manifest: $0], directory: entry.folder).workspace?.manifest
        }
        guard let example = WorkspaceFiles.example(
            file, institution: manifest?.institucion.nombre ?? "Nombre de la institución",
            date: manifest?.version.fecha ?? WorkspaceFiles.today())
        else { throw WebError.unknownFile }
        _ = try await state.saver.create(example, at: WorkspaceFiles.url(file, in: entry))
        return Response.redirect(to: language.link("/espacios/\(entry.id)/archivos/\(file.rawValue)"), type: .normal)
    }
}
