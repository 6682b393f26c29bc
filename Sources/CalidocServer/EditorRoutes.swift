import CalidocKit
import Foundation
import Hummingbird

/// The editor of an input file. GET shows the form; POST applies the pressed button: structural
/// buttons (add, remove, move) re-render the form without saving; "Guardar" writes the file only if
/// it is still the version the form was opened on, else answers 409 with both texts.
struct EditorRoutes {
    let state: ServerState

    func register(on router: Router<BasicRequestContext>) {
        router.get("/espacios/:id/archivos/:archivo") { request, context in
            let language = PageLanguage(request: request)
            let entry = try state.workspace(context)
            let file = try state.inputFile(context)
            let bytes: [UInt8]
            switch WorkspaceFiles.read(file, in: entry) {
            case .bytes(let read): bytes = read
            case .absent: throw missing(file)
            case .refused(let why):
                throw WebError(.unprocessableContent, es: "No se abre \(file.rawValue): \(why.es).", en: "\(file.rawValue) is not opened: \(why.en).")
            }
            let validation = state.validations.validation(files: WorkspaceFiles.snapshot(entry), directory: entry.folder)
            var notices: [(text: String, kind: String)] = []
            if request.uri.queryParameters["guardado"] != nil {
                notices.append((language.pick("Guardado.", "Saved."), "ok"))
            }
            let page = EditorPage(
                state: state, entry: entry, file: file, language: language, yaml: String(decoding: bytes, as: UTF8.self),
                version: FileVersion.of(bytes), validation: validation, notices: notices)
            return HTMLPage.response(page.render())
        }
        router.post("/espacios/:id/archivos/:archivo") { request, context in
            try await submit(request, context)
        }
        router.post("/espacios/:id/archivos/:archivo/revisar") { request, context in
            try await review(request, context)
        }
    }

    private func missing(_ file: InputFile) -> WebError {
        WebError(.notFound, es: "El archivo \(file.rawValue) no existe en este espacio de trabajo; créelo desde la página del espacio.",
                 en: "The file \(file.rawValue) does not exist in this workspace; create it from the workspace page.")
    }

    /// What a posted editor form says.
    private struct Posted {
        var entry: WorkspaceEntry
        var file: InputFile
        var form: FormBody
        var current: [UInt8]
        var result: EditorResult
        var action: EditorAction
    }

    private func read(_ request: Request, _ context: BasicRequestContext, language: PageLanguage, forcedAction: EditorAction? = nil) async throws -> Posted {
        let entry = try state.workspace(context)
        let file = try state.inputFile(context)
        let form = try await FormBody.read(request, limit: state.configuration.maximumBodyBytes)
        guard state.currentCSRF.matches(form[CSRFToken.fieldName]) else { throw WebError.badCSRF }
        guard let action = forcedAction ?? form["accion"].flatMap(EditorAction.init(formValue:)) else { throw WebError.badForm }
        guard let current = WorkspaceFiles.bytes(file, in: entry) else { throw missing(file) }
        let own: Set<String> = [CSRFToken.fieldName, "version", "accion"]
        let submission = EditorSubmission(fields: form.fields.filter { !own.contains($0.name) }, action: action)
        let loaded = state.validations.validation(files: WorkspaceFiles.snapshot(entry), directory: entry.folder).loaded
        let result = try EditorForm.apply(
            submission, file: file, current: String(decoding: current, as: UTF8.self), workspace: loaded.workspace,
            language: language.language)
        return Posted(entry: entry, file: file, form: form, current: current, result: result, action: action)
    }

    private func submit(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let language = PageLanguage(request: request)
        let posted = try await read(request, context, language: language)
        let version = posted.form["version"] ?? ""
        let bytes = Array(posted.result.yaml.utf8)
        var notices = posted.result.notices.map { (text: $0, kind: "nota") }
        switch posted.action {
        case .add, .remove, .move:
            return try await page(posted, yaml: posted.result.yaml, version: version, notices: notices, language: language)
        case .save:
            let url = WorkspaceFiles.url(posted.file, in: posted.entry)
            switch try await state.saver.save(bytes, to: url, expected: version) {
            case .saved(let newVersion):
                notices.insert((language.pick("Guardado.", "Saved."), "ok"), at: 0)
                let validation = state.validations.validation(files: WorkspaceFiles.snapshot(posted.entry), directory: posted.entry.folder)
                if !validation.errors.isEmpty {
                    let count = validation.errors.count
                    notices.insert((language.pick(
                        "Los archivos tienen \(count) error(es) por corregir: vea «Revisión de los archivos», más abajo. Los documentos se podrán descargar cuando no queden errores.",
                        "The files have \(count) error(s) to fix: see «File check» below. The documents can be downloaded once no errors are left."), "error"), at: 1)
                }
                let page = EditorPage(state: state, entry: posted.entry, file: posted.file, language: language,
                                      yaml: posted.result.yaml, version: newVersion, validation: validation, notices: notices)
                return HTMLPage.response(page.render())
            case .conflict(let current):
                return ConflictPage(state: state, entry: posted.entry, file: posted.file, language: language,
                                    mine: posted.result.yaml, current: current).response()
            }
        }
    }

    /// The form again with unsaved text, its problems and a draft preview.
    private func page(_ posted: Posted, yaml: String, version: String, notices: [(text: String, kind: String)],
                      language: PageLanguage) async throws -> Response {
        let files = WorkspaceFiles.snapshot(posted.entry, replacing: (posted.file, Array(yaml.utf8)))
        let validation = state.validations.validation(files: files, directory: posted.entry.folder)
        let draft = await draftPreview(validation: validation, entry: posted.entry, file: posted.file, language: language)
        var shown = notices
        shown.insert((language.pick("Cambios sin guardar: presione «Guardar» para escribirlos en el archivo.",
                                    "Unsaved changes: press «Save» to write them to the file."), "nota"), at: 0)
        let page = EditorPage(state: state, entry: posted.entry, file: posted.file, language: language, yaml: yaml,
                              version: version, validation: validation, notices: shown, draft: draft, focus: posted.result.focus)
        return HTMLPage.response(page.render())
    }

    private func draftPreview(validation: WorkspaceValidation, entry: WorkspaceEntry, file: InputFile, language: PageLanguage) async -> String? {
        guard let kind = WorkspaceFiles.previewKind(file) else { return nil }
        let html = PreviewBuilder.html(validation: validation, kind: kind, language: language.language)
        return await state.drafts.put(html, owner: entry.id)
    }

    /// POST …/revisar (the script, while the person types): the form's text checked and previewed,
    /// never saved. Answers JSON with the problems (as HTML to put in place) and the preview's address.
    private func review(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let language = PageLanguage(request: request)
        let posted = try await read(request, context, language: language, forcedAction: .save)
        let files = WorkspaceFiles.snapshot(posted.entry, replacing: (posted.file, Array(posted.result.yaml.utf8)))
        let validation = state.validations.validation(files: files, directory: posted.entry.folder)
        var answer: [String: Any] = [
            "diagnosticos": DiagnosticsView.json(validation.diagnostics, language: language.language),
            "problemasHTML": DiagnosticsView.list(validation.diagnostics, language: language),
            "revisionHTML": ReviewPanel.render(validation, language: language),
        ]
        if let kind = WorkspaceFiles.previewKind(posted.file),
           let token = await draftPreview(validation: validation, entry: posted.entry, file: posted.file, language: language) {
            answer["vistaPrevia"] = language.link("/espacios/\(posted.entry.id)/vista-previa/\(kind.rawValue)?borrador=\(token)")
        }
        return JSONOutput.response(answer)
    }
}
