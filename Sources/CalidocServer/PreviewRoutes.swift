import CalidocKit
import Foundation
import Hummingbird

/// The preview frame: a document built with the HTML writer, from the files on disk or from a
/// draft (text not saved yet) kept by ``DraftStore``.
///
/// The writer's page carries its own inline style sheet, so this response has its own policy:
/// inline styles allowed, no script at all (`sandbox`), embeddable only by our pages.
struct PreviewRoutes {
    let state: ServerState

    static let previewPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'; sandbox"

    /// The preview frame's policy: the same, but the sandbox keeps the frame same-origin so the
    /// editor's script can keep its scroll position across refreshes. Still no script can run in it
    /// (no `allow-scripts`, and `default-src 'none'`); `allow-scripts` must never be added with it.
    static let framePolicy = previewPolicy + " allow-same-origin"

    func register(on router: Router<BasicRequestContext>) {
        router.get("/espacios/:id/vista-previa/:documento") { request, context in
            let language = PageLanguage(request: request)
            let entry = try state.workspace(context)
            let kind = try state.documentKind(context)
            let bytes: [UInt8]
            if let token = request.uri.queryParameters["borrador"] {
                bytes = await state.drafts.page(String(token), owner: entry.id) ?? PreviewBuilder.message(
                    language.pick("Esta vista previa ya no está disponible; vuelva a abrir el editor.",
                                  "This preview is no longer available; open the editor again."), language: language.language)
            } else {
                bytes = PreviewBuilder.html(
                    validation: state.validations.validation(files: WorkspaceFiles.snapshot(entry), directory: entry.folder),
                    kind: kind, language: language.language)
            }
            return Self.response(bytes)
        }
    }

    static func response(_ bytes: [UInt8]) -> Response {
        Response(
            status: .ok,
            headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store", .contentSecurityPolicy: framePolicy],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
