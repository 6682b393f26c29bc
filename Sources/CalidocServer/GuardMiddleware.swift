import CalidocKit
import Foundation
import HTTPTypes
import Hummingbird

/// Runs around every request: refuses foreign Host and Origin headers and oversized bodies, adds the
/// security headers, and turns every error into a page (or JSON under `/api/`) in the person's
/// language, so no request can bring the server down or show a stack trace.
struct GuardMiddleware<Context: RequestContext>: RouterMiddleware {
    let state: ServerState

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            try check(request)
            response = try await next(request, context)
        } catch {
            response = Self.errorResponse(error, request: request)
        }
        if response.headers[.contentSecurityPolicy] == nil {
            response.headers[.contentSecurityPolicy] = SecurityHeaders.pagePolicy
        }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[SecurityHeaders.referrerPolicy] = "same-origin"
        return response
    }

    /// Host, Origin and body size.
    func check(_ request: Request) throws {
        let port = state.port.value
        let authority = request.headers[SecurityHeaders.host] ?? request.head.authority
        let publicOrigin = state.configuration.shared?.publicOrigin
        let listen = state.configuration.listenAddress
        guard HostCheck.accepts(authority: authority, port: port, publicOrigin: publicOrigin, listenAddress: listen) else {
            throw WebError.badHost
        }
        switch request.method {
        case .get, .head, .options:
            break
        default:
            if let origin = request.headers[.origin],
               !HostCheck.accepts(origin: origin, port: port, publicOrigin: publicOrigin, listenAddress: listen) {
                throw WebError.badOrigin
            }
        }
        if let length = request.headers[.contentLength].flatMap({ Int($0) }),
           length > RequestBodyLimit.bytes(for: request, configuration: state.configuration) {
            throw WebError.tooLarge
        }
    }

    /// The page or JSON for an error.
    static func errorResponse(_ error: any Error, request: Request) -> Response {
        let (status, message) = ErrorStatus.describe(error)
        let language = PageLanguage(request: request)
        if request.uri.path.hasPrefix("/api/") {
            return JSONOutput.response(
                ["error": ["estado": status.code, "mensaje": message.text(language.language)]], status: status)
        }
        let body = "<p class=\"aviso error\" role=\"alert\">\(esc(message.text(language.language)))</p>\n"
            + "<p><a href=\"\(esc(language.link("/")))\">\(esc(language.pick("Volver al inicio", "Back home")))</a></p>\n"
        let title = language.pick("No se pudo atender la petición", "The request could not be served")
        return HTMLPage(title: title, language: language, body: body).response(status: status)
    }
}

/// The headers every response carries, and the names HTTPTypes has no constant for.
enum SecurityHeaders {
    /// The Content-Security-Policy of the application's pages: nothing inline, nothing foreign.
    static let pagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
        + "frame-ancestors 'self'; base-uri 'none'; form-action 'self'"
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    static let host = HTTPField.Name("Host")!
}

/// Which Host and Origin headers the server accepts: its own loopback address and port only, so a
/// web site whose name points at 127.0.0.1 (DNS rebinding) is refused.
enum HostCheck {
    /// Whether a Host header is ours: `127.0.0.1:PORT` or `localhost:PORT`, and on a shared server
    /// its public address (behind a proxy) or the address it listens on.
    static func accepts(authority: String?, port: Int, publicOrigin: PublicOrigin? = nil,
                        listenAddress: String = ServerConfiguration.host) -> Bool {
        guard let authority = authority?.lowercased() else { return false }
        if let publicOrigin, authority == publicOrigin.authority { return true }
        let specific = !["0.0.0.0", "::", ServerConfiguration.host].contains(listenAddress)
        if specific, authority == "\(listenAddress.lowercased()):\(port)" { return true }
        return authority == "127.0.0.1:\(port)" || authority == "localhost:\(port)"
    }

    /// Whether an Origin header is ours (`http://` and an accepted Host, or the public origin).
    static func accepts(origin: String, port: Int, publicOrigin: PublicOrigin? = nil,
                        listenAddress: String = ServerConfiguration.host) -> Bool {
        let lower = origin.lowercased()
        if let publicOrigin, lower == publicOrigin.text { return true }
        guard lower.hasPrefix("http://") else { return false }
        return accepts(authority: String(lower.dropFirst("http://".count)), port: port, listenAddress: listenAddress)
    }
}
