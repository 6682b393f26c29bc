import CalidocKit
import Foundation
import Hummingbird

/// The JSON API the pages' script uses and other tools may call, described in `/api/openapi.yaml`.
///
/// State-changing calls must send `Content-Type: application/json`: a page of another site can post
/// a form to 127.0.0.1, but not JSON, without the browser asking first (and we never agree).
struct APIRoutes {
    let state: ServerState

    func register(on router: Router<BasicRequestContext>) {
        router.get("/api/espacios") { request, _ in
            let entries = state.catalog.entries().map { entry -> [String: Any] in
                let summary = WorkspaceSummaryLine(entry: entry)
                var object: [String: Any] = ["id": entry.id, "carpeta": entry.folder.lastPathComponent]
                if let institution = summary.institution { object["institucion"] = institution }
                if let version = summary.version { object["version"] = version }
                if let change = summary.lastChange { object["ultimoCambio"] = change }
                return object
            }
            return JSONOutput.response(["espacios": entries])
        }
        router.get("/api/espacios/:id/archivos/:archivo") { request, context in
            let entry = try state.workspace(context)
            let file = try state.inputFile(context)
            guard let bytes = WorkspaceFiles.bytes(file, in: entry) else {
                throw WebError(.notFound, es: "El archivo \(file.rawValue) no existe en este espacio de trabajo.",
                               en: "The file \(file.rawValue) does not exist in this workspace.")
            }
            return JSONOutput.response(
                ["archivo": file.rawValue, "contenido": String(decoding: bytes, as: UTF8.self), "version": FileVersion.of(bytes)],
                headers: [.eTag: FileVersion.etag(bytes)])
        }
        router.put("/api/espacios/:id/archivos/:archivo") { request, context in
            try await put(request, context)
        }
        router.post("/api/espacios/:id/validar") { request, context in
            let language = PageLanguage(request: request).language
            let entry = try state.workspace(context)
            let body = try await Self.json(request, limit: state.configuration.maximumBodyBytes)
            let files = try Self.files(body, entry: entry)
            let validation = state.validations.validation(files: files, directory: entry.folder)
            return JSONOutput.response([
                "diagnosticos": DiagnosticsView.json(validation.diagnostics, language: language),
                "errores": validation.errors.count,
            ])
        }
        router.post("/api/espacios/:id/vista-previa/:documento") { request, context in
            let language = PageLanguage(request: request).language
            let entry = try state.workspace(context)
            let kind = try state.documentKind(context)
            let body = try await Self.json(request, limit: state.configuration.maximumBodyBytes)
            let files = try Self.files(body, entry: entry)
            return PreviewRoutes.response(PreviewBuilder.html(
                validation: state.validations.validation(files: files, directory: entry.folder), kind: kind, language: language))
        }
    }

    private func put(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let language = PageLanguage(request: request).language
        let entry = try state.workspace(context)
        let file = try state.inputFile(context)
        let body = try await Self.json(request, limit: state.configuration.maximumBodyBytes)
        guard let text = body["contenido"] as? String else { throw Self.badBody }
        guard let ifMatch = request.headers[.ifMatch] else {
            throw WebError(.preconditionRequired,
                           es: "Falta la cabecera If-Match con la versión (ETag) en que se basa el cambio.",
                           en: "The If-Match header with the version (ETag) the change is based on is missing.")
        }
        let bytes = Array(text.utf8)
        switch try await state.saver.save(bytes, to: WorkspaceFiles.url(file, in: entry), expected: FileVersion.fromIfMatch(ifMatch)) {
        case .saved(let version):
            let validation = state.validations.validation(files: WorkspaceFiles.snapshot(entry), directory: entry.folder)
            return JSONOutput.response(
                ["version": version, "diagnosticos": DiagnosticsView.json(validation.diagnostics, language: language)],
                headers: [.eTag: FileVersion.etag(bytes)])
        case .conflict(let current):
            var answer: [String: Any] = [
                "error": ["estado": 412, "mensaje": language.pick(
                    "El archivo cambió desde la versión indicada; no se guardó nada.",
                    "The file changed since the version given; nothing was saved.")],
                "version": FileVersion.of(current),
            ]
            if let current { answer["contenido"] = String(decoding: current, as: UTF8.self) }
            return JSONOutput.response(answer, status: .preconditionFailed, headers: [.eTag: FileVersion.etag(current)])
        }
    }

    static let badBody = WebError(
        .badRequest, es: "El cuerpo JSON no tiene la forma esperada (vea /api/openapi.yaml).",
        en: "The JSON body does not have the expected shape (see /api/openapi.yaml).")

    /// The JSON object of a request body (Content-Type must be JSON).
    static func json(_ request: Request, limit: Int) async throws -> [String: Any] {
        guard let type = request.headers[.contentType]?.lowercased(), type.hasPrefix("application/json") else {
            throw WebError.needsJSON
        }
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: limit)
        } catch {
            throw WebError.tooLarge
        }
        guard let object = try? JSONSerialization.jsonObject(with: Data(buffer.readableBytesView)) as? [String: Any] else {
            throw badBody
        }
        return object
    }

    /// The workspace's files with the body's `archivo`/`contenido` (if given) in place.
    static func files(_ body: [String: Any], entry: WorkspaceEntry) throws -> [InputFile: [UInt8]] {
        guard let name = body["archivo"] else { return WorkspaceFiles.snapshot(entry) }
        guard let name = name as? String, let file = WorkspaceFiles.file(named: name), let text = body["contenido"] as? String else {
            throw badBody
        }
        return WorkspaceFiles.snapshot(entry, replacing: (file, Array(text.utf8)))
    }
}
