import CalidocKit
import Foundation
import Hummingbird

/// Inicio: the served workspaces and the "Nuevo espacio de trabajo" form (what `calidoc init` does).
struct HomeRoutes {
    let state: ServerState

    func register(on router: Router<BasicRequestContext>) {
        router.get("/") { request, _ in
            home(language: PageLanguage(request: request))
        }
        router.post("/espacios") { request, _ in
            try await create(request)
        }
    }

    /// The Inicio page, with an optional notice (e.g. the form's problem) above the form.
    func home(language: PageLanguage, problem: String? = nil, institution: String = "", folder: String = "",
              status: HTTPResponse.Status = .ok) -> Response {
        let entries = state.catalog.entries()
        var body = PendingView.section(entries, language: language)
        body += "<section aria-labelledby=\"titulo-espacios\">\n<h2 id=\"titulo-espacios\">\(esc(language.pick("Espacios de trabajo", "Workspaces")))</h2>\n"
        if entries.isEmpty {
            body += "<p>\(esc(language.pick("Aún no hay espacios de trabajo en las carpetas servidas. Cree uno con el formulario de abajo.", "There are no workspaces in the served folders yet. Create one with the form below.")))</p>\n"
        } else {
            body += "<table class=\"tabla\">\n<thead><tr><th scope=\"col\">\(esc(language.pick("Institución", "Institution")))</th>"
            body += "<th scope=\"col\">\(esc(language.pick("Versión", "Version")))</th>"
            body += "<th scope=\"col\">\(esc(language.pick("Último cambio", "Last change")))</th>"
            body += "<th scope=\"col\">\(esc(language.pick("Carpeta", "Folder")))</th></tr></thead>\n<tbody>\n"
            for entry in entries {
                let summary = WorkspaceSummaryLine(entry: entry)
                body += "<tr><td><a href=\"\(esc(language.link("/espacios/\(entry.id)")))\">\(esc(summary.institution ?? language.pick("(calidoc.yaml no se puede leer)", "(calidoc.yaml cannot be read)")))</a></td>"
                body += "<td>\(esc(summary.version ?? "—"))</td>"
                body += "<td>\(esc(summary.lastChange ?? "—"))</td>"
                body += "<td><code>\(esc(entry.folder.lastPathComponent))</code></td></tr>\n"
            }
            body += "</tbody>\n</table>\n"
        }
        body += "</section>\n"
        body += newWorkspaceForm(language: language, problem: problem, institution: institution, folder: folder)
        let page = HTMLPage(title: language.pick("Inicio", "Home"), language: language, body: body)
        return page.response(status: status)
    }

    private func newWorkspaceForm(language: PageLanguage, problem: String?, institution: String, folder: String) -> String {
        var html = "<section aria-labelledby=\"titulo-nuevo\">\n<h2 id=\"titulo-nuevo\">\(esc(language.pick("Nuevo espacio de trabajo", "New workspace")))</h2>\n"
        guard let parent = state.catalog.creationFolder() else { return html + "</section>\n" }
        html += "<p>\(esc(language.pick("Crea una carpeta con la Política, el Plan y el Diagnóstico de ejemplo, listos para completar, dentro de", "Creates a folder with an example Policy, Plan and Diagnosis, ready to fill in, inside"))) <code>\(esc(parent.path))</code>.</p>\n"
        if let problem { html += "<p class=\"aviso error\" role=\"alert\">\(esc(problem))</p>\n" }
        html += "<form method=\"post\" action=\"\(esc(language.link("/espacios")))\" class=\"formulario\">\n"
        html += hiddenCSRF(state)
        html += "<p><label for=\"nuevo-institucion\">\(esc(language.pick("Nombre de la institución", "Institution name")))</label>\n"
        html += "<input id=\"nuevo-institucion\" name=\"institucion\" required maxlength=\"200\" value=\"\(esc(institution))\"></p>\n"
        html += "<p><label for=\"nuevo-carpeta\">\(esc(language.pick("Nombre de la carpeta (opcional)", "Folder name (optional)")))</label>\n"
        html += "<input id=\"nuevo-carpeta\" name=\"carpeta\" maxlength=\"80\" pattern=\"[a-z0-9][a-z0-9-]*\" aria-describedby=\"ayuda-carpeta\" value=\"\(esc(folder))\">\n"
        html += "<span id=\"ayuda-carpeta\" class=\"ayuda\">\(esc(language.pick("Letras minúsculas sin tilde, números y guiones; si la deja vacía, se forma con el nombre de la institución.", "Lower-case letters, digits and hyphens; left empty, it is made from the institution name.")))</span></p>\n"
        html += "<p><label for=\"nuevo-fecha\">\(esc(language.pick("Fecha de la primera versión", "Date of the first version")))</label>\n"
        html += "<input id=\"nuevo-fecha\" name=\"fecha\" type=\"date\" value=\"\(WorkspaceFiles.today())\"></p>\n"
        html += "<p><button type=\"submit\">\(esc(language.pick("Crear espacio de trabajo", "Create workspace")))</button></p>\n</form>\n"
        html += "<p>\(esc(language.pick("¿Su servicio ya tiene la Política en Word o LibreOffice?", "Does your service already have its Política in Word or LibreOffice?"))) "
        html += "<a href=\"\(esc(language.link("/importar")))\" id=\"enlace-importar\">\(esc(language.pick("Impórtela", "Import it")))</a>.</p>\n</section>\n"
        return html
    }

    /// POST /espacios: creates the workspace, then goes to its page.
    private func create(_ request: Request) async throws -> Response {
        let language = PageLanguage(request: request)
        let form = try await FormBody.read(request, limit: state.configuration.maximumBodyBytes)
        guard state.currentCSRF.matches(form[CSRFToken.fieldName]) else { throw WebError.badCSRF }
        let institution = (form["institucion"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let requested = (form["carpeta"] ?? "").trimmingCharacters(in: .whitespaces)
        guard !institution.isEmpty else {
            return home(language: language, problem: language.pick("Escriba el nombre de la institución.", "Write the institution name."),
                        folder: requested, status: .unprocessableContent)
        }
        let folderName = requested.isEmpty ? Slug.make(institution) : requested
        guard NewWorkspaceName.isValid(folderName) else {
            return home(language: language, problem: language.pick(
                "El nombre de carpeta «\(folderName)» no sirve: use letras minúsculas sin tilde, números y guiones.",
                "The folder name «\(folderName)» cannot be used: use lower-case letters, digits and hyphens."),
                institution: institution, folder: requested, status: .unprocessableContent)
        }
        let date = NewWorkspaceName.isDate(form["fecha"] ?? "") ? (form["fecha"] ?? "") : WorkspaceFiles.today()
        guard let parent = state.catalog.creationFolder() else { throw WebError.notFound }
        let folder = parent.appending(path: folderName)
        do {
            _ = try WorkspaceScaffold.create(in: folder, institution: institution, date: date)
        } catch let error as WorkspaceScaffold.Failure {
            return home(language: language, problem: error.message(language.language), institution: institution,
                        folder: requested, status: .conflict)
        }
        if state.catalog.entry(folder: folder) == nil { state.catalog.add(folder) }
        guard let entry = state.catalog.entry(folder: folder) else { throw WebError.unknownWorkspace }
        return Response.redirect(to: language.link("/espacios/\(entry.id)?creado=1"), type: .normal)
    }
}

/// Checks of the new-workspace form.
enum NewWorkspaceName {
    /// A folder name of lower-case ASCII letters, digits and hyphens, starting with a letter or digit.
    static func isValid(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, name.count <= 80 else { return false }
        let allowed = { (scalar: Unicode.Scalar) in ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) }
        return allowed(first) && name.unicodeScalars.allSatisfy { allowed($0) || $0 == "-" }
    }

    /// `AAAA-MM-DD`.
    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        return parts.count == 3 && parts[0].count == 4 && parts[1].count == 2 && parts[2].count == 2
            && parts.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }
}

/// The hidden CSRF field of a form.
func hiddenCSRF(_ state: ServerState) -> String {
    "<input type=\"hidden\" name=\"\(CSRFToken.fieldName)\" value=\"\(esc(state.currentCSRF.value))\">\n"
}

/// What Inicio shows of a workspace, read from its manifest only.
struct WorkspaceSummaryLine {
    var institution: String?
    var version: String?
    var lastChange: String?

    init(entry: WorkspaceEntry) {
        if let bytes = WorkspaceFiles.bytes(.manifest, in: entry) {
            let loaded = WorkspaceLoader.load(files: [.manifest: bytes], directory: entry.folder)
            if let manifest = loaded.workspace?.manifest {
                institution = manifest.institucion.nombre
                version = "\(manifest.version.etiqueta) (\(manifest.version.fecha))"
            }
        }
        if let date = WorkspaceFiles.lastChange(entry) {
            let formatter = DateFormatter()
            formatter.dateFormat = "yyyy-MM-dd HH:mm"
            lastChange = formatter.string(from: date)
        }
    }
}
