import CalidocKit
import Hummingbird

/// The style sheet, the script and the OpenAPI document, embedded in the binary from
/// `Templates/web/` (no CDN, nothing read from disk at run time).
struct AssetRoutes {
    static let assets: [String: (path: String, type: String)] = [
        "calidoc.css": ("web/calidoc.css", "text/css; charset=utf-8"),
        "calidoc.js": ("web/calidoc.js", "text/javascript; charset=utf-8"),
    ]

    func register(on router: Router<BasicRequestContext>) {
        router.get("/recursos/:nombre") { _, context in
            guard let name = context.parameters.get("nombre"), let asset = Self.assets[name],
                  let bytes = TemplateSet.embeddedFile(asset.path)
            else { throw WebError.notFound }
            return Response(status: .ok, headers: [.contentType: asset.type, .cacheControl: "no-cache"],
                            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
        }
        router.get("/api/openapi.yaml") { _, _ in
            guard let bytes = TemplateSet.embeddedFile("web/openapi.yaml") else { throw WebError.notFound }
            return Response(status: .ok, headers: [.contentType: "application/yaml; charset=utf-8", .cacheControl: "no-cache"],
                            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
        }
    }
}
