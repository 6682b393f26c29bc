import CalidocKit
import CalidocServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Every route of the application, called by every account of two institutions, on its own
/// institution's workspace and on the other's: the other institution's workspace is never found,
/// reading roles never write, and nobody gets in without a login.
@Suite struct IsolationMatrixTests {
    /// A route as registered (`:id` is a workspace), with arguments for the other parameters.
    struct Route: Sendable, CustomStringConvertible {
        let method: HTTPRequest.Method
        let pattern: String
        let uri: String
        var description: String { "\(method.rawValue) \(pattern)" }

        var namesWorkspace: Bool { pattern.contains(":id") }
        /// The administrator's account pages (`/cuentas…`).
        var administersAccounts: Bool { pattern.hasPrefix("/cuentas") }
        /// «Mi cuenta», open to every login.
        var isOwnAccount: Bool { pattern == "/mi-cuenta" }
        var isWrite: Bool { method != .get && method != .head }

        func uri(workspace: String) -> String { uri.replacingOccurrences(of: "{W}", with: workspace) }
    }

    static let routes: [Route] = [
        Route(method: .get, pattern: "/", uri: "/"),
        Route(method: .get, pattern: "/api/espacios", uri: "/api/espacios"),
        Route(method: .get, pattern: "/api/openapi.yaml", uri: "/api/openapi.yaml"),
        Route(method: .get, pattern: "/importar", uri: "/importar"),
        Route(method: .get, pattern: "/recursos/:nombre", uri: "/recursos/calidoc.css"),
        Route(method: .get, pattern: "/entrar", uri: "/entrar"),
        Route(method: .post, pattern: "/entrar", uri: "/entrar"),
        Route(method: .post, pattern: "/salir", uri: "/salir"),
        Route(method: .post, pattern: "/espacios", uri: "/espacios"),
        Route(method: .post, pattern: "/importar", uri: "/importar"),
        Route(method: .get, pattern: "/espacios/:id", uri: "/espacios/{W}"),
        Route(method: .get, pattern: "/espacios/:id/archivo", uri: "/espacios/{W}/archivo"),
        Route(method: .post, pattern: "/espacios/:id/archivo", uri: "/espacios/{W}/archivo"),
        Route(method: .get, pattern: "/espacios/:id/archivos/:archivo", uri: "/espacios/{W}/archivos/politica.yaml"),
        Route(method: .post, pattern: "/espacios/:id/archivos/:archivo", uri: "/espacios/{W}/archivos/politica.yaml"),
        Route(method: .post, pattern: "/espacios/:id/archivos/:archivo/crear", uri: "/espacios/{W}/archivos/avance.yaml/crear"),
        Route(method: .post, pattern: "/espacios/:id/archivos/:archivo/revisar", uri: "/espacios/{W}/archivos/politica.yaml/revisar"),
        Route(method: .get, pattern: "/espacios/:id/descargas/:nombre", uri: "/espacios/{W}/descargas/politica.html"),
        Route(method: .get, pattern: "/espacios/:id/sesiones", uri: "/espacios/{W}/sesiones"),
        Route(method: .post, pattern: "/espacios/:id/sesiones", uri: "/espacios/{W}/sesiones"),
        Route(method: .get, pattern: "/espacios/:id/sesiones/descargas/:nombre", uri: "/espacios/{W}/sesiones/descargas/sesion-1.pptx"),
        Route(method: .get, pattern: "/espacios/:id/versiones", uri: "/espacios/{W}/versiones"),
        Route(method: .get, pattern: "/espacios/:id/revision", uri: "/espacios/{W}/revision"),
        Route(method: .post, pattern: "/espacios/:id/revision", uri: "/espacios/{W}/revision"),
        Route(method: .post, pattern: "/espacios/:id/versiones", uri: "/espacios/{W}/versiones"),
        Route(method: .get, pattern: "/espacios/:id/versiones/descargas/:nombre", uri: "/espacios/{W}/versiones/descargas/cambios.html"),
        Route(method: .get, pattern: "/espacios/:id/vista-previa/:documento", uri: "/espacios/{W}/vista-previa/politica"),
        Route(method: .get, pattern: "/api/espacios/:id/archivos/:archivo", uri: "/api/espacios/{W}/archivos/politica.yaml"),
        Route(method: .put, pattern: "/api/espacios/:id/archivos/:archivo", uri: "/api/espacios/{W}/archivos/politica.yaml"),
        Route(method: .post, pattern: "/api/espacios/:id/validar", uri: "/api/espacios/{W}/validar"),
        Route(method: .post, pattern: "/api/espacios/:id/vista-previa/:documento", uri: "/api/espacios/{W}/vista-previa/politica"),
        // The account pages: `:usuario` is «revisor», an account only sernac has.
        Route(method: .get, pattern: "/cuentas", uri: "/cuentas"),
        Route(method: .post, pattern: "/cuentas", uri: "/cuentas"),
        Route(method: .get, pattern: "/cuentas/:usuario", uri: "/cuentas/revisor"),
        Route(method: .post, pattern: "/cuentas/:usuario/datos", uri: "/cuentas/revisor/datos"),
        Route(method: .post, pattern: "/cuentas/:usuario/contrasena", uri: "/cuentas/revisor/contrasena"),
        Route(method: .post, pattern: "/cuentas/:usuario/desbloquear", uri: "/cuentas/revisor/desbloquear"),
        Route(method: .get, pattern: "/cuentas/:usuario/eliminar", uri: "/cuentas/revisor/eliminar"),
        Route(method: .post, pattern: "/cuentas/:usuario/eliminar", uri: "/cuentas/revisor/eliminar"),
        Route(method: .get, pattern: "/mi-cuenta", uri: "/mi-cuenta"),
        Route(method: .post, pattern: "/mi-cuenta", uri: "/mi-cuenta"),
    ]

    /// Each institution's workspace.
    static let workspaces = ["sernac": "servicio-tramites", "gore": "gore-santiago"]

    @Test func theMatrixCoversEveryRegisteredRoute() throws {
        let folder = ServerFixture.repository.appending(path: "Sources/CalidocServer")
        var registered = Set<String>()
        let pattern = try Regex(#"router\.(get|post|put|delete|patch)\("([^"]+)""#)
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".swift") {
            let text = try String(contentsOf: folder.appending(path: name), encoding: .utf8)
            for match in text.matches(of: pattern) {
                registered.insert("\(match.output[1].substring ?? "") \(match.output[2].substring ?? "")".uppercased())
            }
        }
        let covered = Set(Self.routes.map { "\($0.method.rawValue) \($0.pattern)".uppercased() })
        #expect(registered.subtracting(covered).isEmpty, "routes missing from the isolation matrix: \(registered.subtracting(covered).sorted())")
        #expect(registered.count > 20)
    }

    @Test(arguments: SharedServerFixture.accounts.map { "\($0.username)@\($0.institution)" })
    func everyRouteAsOneAccount(_ who: String) async throws {
        let parts = who.split(separator: "@").map(String.init)
        let (username, institution) = (parts[0], parts[1])
        let role = try #require(SharedServerFixture.accounts.first { $0.username == username && $0.institution == institution }?.role)
        let own = try #require(Self.workspaces[institution])
        let other = try #require(Self.workspaces.first { $0.key != institution }?.value)
        let fixture = try await SharedServerFixture.make()
        try await fixture.application.test(.router) { client in
            let (session, csrf) = try await SharedServerFixture.login(client, username, institution)
            for route in Self.routes where route.namesWorkspace {
                // The other institution's workspace does not exist for this person, whatever the route.
                let foreign = try await call(client, route, route.uri(workspace: other), session: session, csrf: csrf)
                #expect(foreign.status == .notFound, "\(who) \(route) on \(other): \(foreign.status)")
                #expect(!ServerFixture.text(foreign).contains("Gobierno Regional Metropolitano de Santiago") || institution == "gore")

                let mine = try await call(client, route, route.uri(workspace: own), session: session, csrf: csrf)
                if route.isWrite && role != .editor && role != .administrador {
                    #expect(mine.status == .forbidden, "\(who) \(route): \(mine.status)")
                } else {
                    #expect(![.unauthorized, .forbidden].contains(mine.status), "\(who) \(route) on \(own): \(mine.status)")
                }
            }
            // The account pages: only the institution's administrator, and only its own accounts
            // («revisor» exists in sernac only); «Mi cuenta» for everybody logged in.
            for route in Self.routes where route.administersAccounts || route.isOwnAccount {
                let response = try await call(client, route, route.uri, session: session, csrf: csrf)
                if route.isOwnAccount {
                    #expect(![.unauthorized, .forbidden, .notFound].contains(response.status), "\(who) \(route): \(response.status)")
                } else if role != .administrador {
                    #expect(response.status == .forbidden, "\(who) \(route): \(response.status)")
                    #expect(ServerFixture.text(response).contains("sólo para quien administra las cuentas de su institución"))
                } else if institution == "sernac" || route.pattern == "/cuentas" {
                    #expect(![.unauthorized, .forbidden, .notFound].contains(response.status), "\(who) \(route): \(response.status)")
                    #expect(!ServerFixture.text(response).contains(institution == "sernac" ? "de gore" : "de sernac"), "\(who) \(route)")
                } else {
                    #expect(response.status == .notFound, "\(who) \(route) reaches another institution's account: \(response.status)")
                }
            }
            // Listings show only the institution's own workspaces.
            for uri in ["/", "/api/espacios"] {
                let listing = ServerFixture.text(try await client.execute(uri: uri, method: .get, headers: ServerFixture.headers(session)))
                #expect(listing.contains(own) && !listing.contains(other), "\(who) \(uri)")
            }
        }
        // Nothing of the above changed sernac's «revisor» (the forms sent were incomplete or refused).
        #expect(try await fixture.store.account("revisor", institution: "sernac")?.role == .revisor)
        #expect(try await fixture.store.login("revisor", password: SharedServerFixture.password("revisor", "sernac"), institution: "sernac")
            != .rejected)
        // Without a login, no route but the open ones answers.
        try await fixture.application.test(.router) { client in
            for route in Self.routes where !["/entrar", "/recursos/:nombre"].contains(route.pattern) {
                let response = try await call(client, route, route.uri(workspace: own), session: [:], csrf: ServerFixture.csrf)
                #expect([.seeOther, .unauthorized].contains(response.status), "anonymous \(route): \(response.status)")
            }
        }
    }

    /// Calls `route` with a body of the right kind (the login's CSRF token included).
    private func call(_ client: some TestClientProtocol, _ route: Route, _ uri: String, session: HTTPFields, csrf: String) async throws -> TestResponse {
        var headers = ServerFixture.headers()
        headers.append(contentsOf: session)
        var body: ByteBuffer?
        if route.isWrite {
            if uri.hasPrefix("/api/") {
                headers[.contentType] = "application/json"
                body = ByteBuffer(string: #"{"archivos": {}, "contenido": "principios: {}\n", "version": "x"}"#)
                headers[HTTPField.Name("X-CSRF-Token")!] = csrf
            } else {
                headers[.contentType] = "application/x-www-form-urlencoded"
                // On Revisión the step is the editor's (the page itself refuses it to other roles).
                let action = uri.hasSuffix("/revision") ? "paso:enviar_al_comite" : "guardar"
                body = ServerFixture.form([("csrf", csrf), ("accion", action), ("yaml", "principios: {}\n"), ("etiqueta", "9"), ("fecha", "2026-03-01")])
            }
        }
        return try await client.execute(uri: uri, method: route.method, headers: headers, body: body)
    }
}
