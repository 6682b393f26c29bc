import CalidocKit
import Foundation
import HTTPTypes
import Hummingbird

/// On a shared server, runs around every request after the guard: finds the login of the cookie,
/// sends people without one to «Entrar», runs the request as that login (``CurrentAccess``, which
/// scopes the workspace catalog to the person's institution), refuses writes to roles that only
/// read, and records every write that changed a folder in the institution's audit log.
struct AccessMiddleware<Context: RequestContext>: RouterMiddleware {
    let state: ServerState
    let shared: SharedServer

    /// The name of the login cookie.
    static var cookieName: String { "calidoc_sesion" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        if Self.isOpen(path) { return try await next(request, context) }
        guard let token = Self.cookie(request), let session = shared.sessions.session(token, lifetime: shared.sessionLifetime) else {
            if path.hasPrefix("/api/") || !Self.isRead(request.method) { throw WebError.needsLogin }
            let back = path == "/" ? "" : "?volver=" + (path.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(.init(charactersIn: "/-_."))) ?? "")
            return Response(status: .seeOther, headers: [.location: "/entrar" + back, .cacheControl: "no-store"])
        }
        return try await CurrentAccess.$session.withValue(session) {
            // A workspace of another institution is not found, whatever the route and the role.
            if let id = Self.workspaceID(in: path), state.catalog.entry(id: id) == nil { throw WebError.unknownWorkspace }
            // The account pages check the role themselves and the store records their changes.
            guard !Self.isRead(request.method), path != "/salir", !Self.isAccountPage(path) else { return try await next(request, context) }
            // The review page checks each step against the role itself (the Comité and the Red act there).
            guard session.account.role.mayEdit || Self.isReviewPage(path) else {
                let role = session.account.role
                throw WebError.roleCannotWrite(role.label(.es), role.label(.en))
            }
            return try await audited(request, context: context, session: session, next: next)
        }
    }

    /// Runs a write and records it when it changed the workspace's folder (or, for a new workspace
    /// or an import, the institution's folder).
    private func audited(_ request: Request, context: Context, session: LoginSession,
                         next: (Request, Context) async throws -> Response) async throws -> Response {
        let institution = session.account.institution
        let (folder, target) = scope(of: request.uri.path, institution: institution)
        let before = FolderDigest.of(folder)
        let response = try await next(request, context)
        let after = FolderDigest.of(folder)
        if after != before {
            try await shared.store.recordAudit(
                .workspaceChanged, institution: institution, target: "\(target) \(request.method.rawValue) \(request.uri.path)",
                before: before, after: after, by: session.account.username)
        }
        return response
    }

    /// The folder a write may change: the workspace named in the path, else the institution's.
    private func scope(of path: String, institution: String) -> (URL, String) {
        if let id = Self.workspaceID(in: path), let entry = state.catalog.entry(id: id) {
            return (entry.folder, "\(institution)/\(entry.folder.lastPathComponent)")
        }
        return (shared.folder(of: institution), institution)
    }

    /// The workspace a path names (`/espacios/ID/…`, `/api/espacios/ID/…`), if any.
    static func workspaceID(in path: String) -> String? {
        let parts = path.split(separator: "/").map(String.init)
        switch parts.first {
        case "espacios": return parts.count > 1 ? parts[1] : nil
        case "api": return parts.count > 2 && parts[1] == "espacios" ? parts[2] : nil
        default: return nil
        }
    }

    /// Whether `path` is a workspace's Revisión page.
    static func isReviewPage(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        return parts.count == 3 && parts[0] == "espacios" && parts[2] == "revision"
    }

    /// Whether `path` is one of the account pages (`/cuentas…` for administrators, `/mi-cuenta` for
    /// everybody logged in).
    static func isAccountPage(_ path: String) -> Bool {
        path == "/cuentas" || path.hasPrefix("/cuentas/") || path == "/mi-cuenta"
    }

    /// Paths open without a login: the login page and the style sheet and script it uses.
    static func isOpen(_ path: String) -> Bool {
        path == "/entrar" || path.hasPrefix("/recursos/")
    }

    static func isRead(_ method: HTTPRequest.Method) -> Bool {
        method == .get || method == .head || method == .options
    }

    /// The login token of the request's cookie.
    static func cookie(_ request: Request) -> String? {
        for header in request.headers[values: .cookie] {
            for pair in header.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                if parts.count == 2, parts[0] == cookieName, !parts[1].isEmpty { return parts[1] }
            }
        }
        return nil
    }
}

extension AccountRole {
    /// Whether the role writes documents (editors and administrators); the Comité and the Red de
    /// Expertos read (their own actions come with the review cycle).
    var mayEdit: Bool {
        switch self {
        case .editor, .administrador: true
        case .comite, .revisor: false
        }
    }
}
