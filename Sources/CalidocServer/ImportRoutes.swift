import CalidocKit
import Foundation
import Hummingbird
import NIOPosix

/// Importar: an existing Política in Word (.docx) or LibreOffice (.odt) becomes a new workspace,
/// as `calidoc import` does (``PolicyImporter``, ``ImportWorkspace``); the answer is the import
/// report, so the officer sees at once what went where and what is left to place.
struct ImportRoutes {
    let state: ServerState

    func register(on router: Router<BasicRequestContext>) {
        router.get("/importar") { request, _ in
            page(language: PageLanguage(request: request), fields: Fields())
        }
        router.post("/importar") { request, _ in
            try await importDocument(request)
        }
    }

    /// The form's values and outcome, kept when the page is shown again.
    struct Fields {
        var institution = ""
        var folder = ""
        var date = WorkspaceFiles.today()
        var problem: String?
    }

    static let uploadTooLarge = WebError(
        .contentTooLarge,
        es: "El documento enviado es demasiado grande (el máximo es \(ImportLimits.maximumFileBytes / (1024 * 1024)) MB); una Política no suele pasar de 1 MB: guarde una copia sin imágenes.",
        en: "The document sent is too large (at most \(ImportLimits.maximumFileBytes / (1024 * 1024)) MB); a Política is rarely over 1 MB: save a copy without images.")

    /// The page with the form (and the form's problem, if any).
    func page(language: PageLanguage, fields: Fields, status: HTTPResponse.Status = .ok) -> Response {
        let title = language.pick("Importar una Política existente", "Import an existing Política")
        let body = ImportForm.render(state: state, fields: fields, language: language)
        return HTMLPage(title: title, language: language, body: body, trail: [(language.pick("Inicio", "Home"), "/"), (title, nil)])
            .response(status: status)
    }

    /// POST (multipart): reads the document, writes the new workspace, answers with the report.
    private func importDocument(_ request: Request) async throws -> Response {
        let language = PageLanguage(request: request)
        let form = try await MultipartForm.read(request, limit: RequestBodyLimit.importUploadBytes, tooLarge: Self.uploadTooLarge)
        guard state.currentCSRF.matches(form[CSRFToken.fieldName]) else { throw WebError.badCSRF }
        var fields = Fields(institution: (form["institucion"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines),
                            folder: (form["carpeta"] ?? "").trimmingCharacters(in: .whitespaces))
        if NewWorkspaceName.isDate(form["fecha"] ?? "") { fields.date = form["fecha"] ?? fields.date }
        guard let parent = state.catalog.creationFolder() else { throw WebError.notFound }
        let file = form.file("documento")
        if file == nil || file?.bytes.isEmpty == true {
            fields.problem = language.pick("Elija el documento de la Política (.docx u .odt).", "Choose the Política document (.docx or .odt).")
        } else if !fields.folder.isEmpty, !NewWorkspaceName.isValid(fields.folder) {
            fields.problem = language.pick(
                "El nombre de carpeta «\(fields.folder)» no sirve: use letras minúsculas sin tilde, números y guiones.",
                "The folder name «\(fields.folder)» cannot be used: use lower-case letters, digits and hyphens.")
        }
        if fields.problem != nil { return page(language: language, fields: fields, status: .unprocessableContent) }
        if !fields.folder.isEmpty, FileManager.default.fileExists(atPath: parent.appending(path: fields.folder).path) {
            fields.problem = Self.folderTaken(fields.folder, language: language)
            return page(language: language, fields: fields, status: .conflict)
        }
        let (bytes, name) = (file?.bytes ?? [], Self.documentName(file?.fileName ?? ""))
        let (institution, date, requested) = (fields.institution.isEmpty ? nil : fields.institution, fields.date, fields.folder)
        do {
            let (result, folder) = try await NIOThreadPool.singleton.runIfActive {
                let result = try PolicyImporter.run(bytes: bytes, name: name, institution: institution, date: date)
                // A free name taken by another import in the meantime: the next free one.
                for attempt in 1...3 {
                    let folder = try Self.folder(requested: requested, result: result, document: name, in: parent)
                    do {
                        _ = try ImportWorkspace.write(result, to: folder)
                        return (result, folder)
                    } catch ImportError.targetExists where requested.isEmpty && attempt < 3 {
                        continue
                    }
                }
                throw ImportError.targetExists(path: parent.path)
            }
            if state.catalog.entry(folder: folder) == nil { state.catalog.add(folder) }
            guard let entry = state.catalog.entry(folder: folder) else { throw WebError.unknownWorkspace }
            return ImportResultPage.response(result, entry: entry, language: language)
        } catch let error as ImportError {
            if case .targetExists = error {
                fields.problem = Self.folderTaken(fields.folder, language: language)
                return page(language: language, fields: fields, status: .conflict)
            }
            fields.problem = error.message(language.language)
            return page(language: language, fields: fields, status: .unprocessableContent)
        }
    }

    /// The message for a folder that already exists (the CLI's says `--out`; here it is a field).
    static func folderTaken(_ folder: String, language: PageLanguage) -> String {
        language.pick("La carpeta «\(folder)» ya existe y calidoc no sobrescribe nada: escriba otro nombre de carpeta, o déjelo vacío para que calidoc elija uno libre.",
                      "The folder «\(folder)» already exists and calidoc never overwrites anything: write another folder name, or leave it empty for calidoc to choose a free one.")
    }

    /// The name the document goes by in the report and the manifest: the browser's file name,
    /// never a path, at most 120 bytes.
    static func documentName(_ sent: String) -> String {
        let last = sent.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        guard ArchiveEntry.File.isPlainName(last), last.utf8.count <= 120 else { return "documento" }
        return last
    }

    /// The new workspace's folder: the one asked for (refused when taken), else one named after the
    /// institution or the document, with `-2`, `-3`… when taken.
    static func folder(requested: String, result: PolicyImporter.Result, document: String, in parent: URL) throws -> URL {
        if !requested.isEmpty { return parent.appending(path: requested) }
        let stem = (document as NSString).deletingPathExtension
        let candidates = [result.institutionKnown ? Slug.make(result.institution) : "",
                          Slug.make(stem), "politica-importada"]
        let base = String((candidates.first { !$0.isEmpty } ?? "politica-importada").prefix(60))
        for suffix in 1...99 {
            let name = suffix == 1 ? base : "\(base)-\(suffix)"
            let folder = parent.appending(path: name)
            if !FileManager.default.fileExists(atPath: folder.path) { return folder }
        }
        throw ImportError.targetExists(path: parent.appending(path: base).path)
    }
}
