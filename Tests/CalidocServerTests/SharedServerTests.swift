import CalidocKit
import CalidocServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// `calidoc serve --config`: login, roles, isolation between institutions and the audit log, on a
/// folder store (the same routes serve PostgreSQL; the store itself is tested on both).
@Suite struct SharedServerTests {
    @Test func withoutALoginEverythingAsksForOne() async throws {
        let fixture = try await SharedServerFixture.make()
        try await fixture.application.test(.router) { client in
            let home = try await client.execute(uri: "/espacios/servicio-tramites", method: .get, headers: ServerFixture.headers())
            #expect(home.status == .seeOther)
            #expect(home.headers[.location] == "/entrar?volver=/espacios/servicio-tramites")
            let api = try await client.execute(uri: "/api/espacios", method: .get, headers: ServerFixture.headers())
            #expect(api.status == .unauthorized)
            let write = try await client.execute(
                uri: "/espacios", method: .post, headers: ServerFixture.headers(ServerFixture.formType),
                body: ServerFixture.form([("csrf", ServerFixture.csrf), ("institucion", "Intrusa")]))
            #expect(write.status == .unauthorized)
            let login = try await client.execute(uri: "/entrar", method: .get, headers: ServerFixture.headers())
            #expect(login.status == .ok)
            let page = ServerFixture.text(login)
            #expect(page.contains("<label for=\"entrar-contrasena\">Contraseña</label>"))
            #expect(page.contains("Servicio Nacional de Trámites") && page.contains("Gobierno Regional Metropolitano"))
            let style = try await client.execute(uri: "/recursos/calidoc.css", method: .get, headers: ServerFixture.headers())
            #expect(style.status == .ok)
        }
    }

    @Test func loginCookieAndLogout() async throws {
        let fixture = try await SharedServerFixture.make()
        try await fixture.application.test(.router) { client in
            let wrong = try await client.execute(
                uri: "/entrar", method: .post, headers: ServerFixture.headers(ServerFixture.formType),
                body: ServerFixture.form([("csrf", ServerFixture.csrf), ("institucion", "sernac"), ("usuario", "editora"), ("contrasena", "otra")]))
            #expect(wrong.status == .unauthorized)
            #expect(ServerFixture.text(wrong).contains("El usuario o la contraseña no son correctos."))
            #expect(wrong.headers[.setCookie] == nil)

            let right = try await client.execute(
                uri: "/entrar", method: .post, headers: ServerFixture.headers(ServerFixture.formType),
                body: ServerFixture.form([("csrf", ServerFixture.csrf), ("institucion", "sernac"), ("usuario", "editora"),
                                          ("contrasena", SharedServerFixture.password("editora", "sernac")), ("volver", "//otro.sitio/")]))
            #expect(right.status == .seeOther)
            #expect(right.headers[.location] == "/", "never sent to another site after login")
            let cookie = right.headers[.setCookie] ?? ""
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.hasPrefix("calidoc_sesion="))

            let (session, csrf) = try await SharedServerFixture.login(client, "editora", "sernac")
            #expect(!csrf.isEmpty && csrf != ServerFixture.csrf, "each login has its own form token")
            let home = try await client.execute(uri: "/", method: .get, headers: ServerFixture.headers(session))
            let page = ServerFixture.text(home)
            #expect(page.contains("/espacios/servicio-tramites") && !page.contains("gore-santiago"))
            #expect(page.contains("editora de sernac (edición, sernac)"))

            let logout = try await client.execute(
                uri: "/salir", method: .post, headers: ServerFixture.headers(session.merging(ServerFixture.formType)),
                body: ServerFixture.form([("csrf", csrf)]))
            #expect(logout.status == .seeOther)
            let after = try await client.execute(uri: "/", method: .get, headers: ServerFixture.headers(session))
            #expect(after.status == .seeOther, "the ended login opens nothing")
        }
    }

    @Test func writesAreAuditedPerInstitution() async throws {
        let fixture = try await SharedServerFixture.make()
        try await fixture.application.test(.router) { client in
            let (session, csrf) = try await SharedServerFixture.login(client, "editora", "sernac")
            let created = try await client.execute(
                uri: "/espacios", method: .post, headers: ServerFixture.headers(session.merging(ServerFixture.formType)),
                body: ServerFixture.form([("csrf", csrf), ("institucion", "Servicio Nuevo"), ("fecha", "2026-03-01")]))
            #expect(created.status == .seeOther)
            #expect(FileManager.default.fileExists(atPath: fixture.root.appending(path: "sernac/servicio-nuevo/calidoc.yaml").path))
        }
        let log = try await fixture.store.auditLog(of: "sernac")
        let last = try #require(log.last)
        #expect(last.action == AuditAction.workspaceChanged.rawValue && last.actor == "editora")
        #expect(last.target == "sernac POST /espacios" && last.before != last.after)
        #expect(try await fixture.store.verifyAuditLog(of: "sernac").isIntact)
        #expect(try await fixture.store.auditLog(of: "gore").allSatisfy { $0.action != AuditAction.workspaceChanged.rawValue })
    }

    @Test func readingRolesCannotWrite() async throws {
        let fixture = try await SharedServerFixture.make()
        let policy = fixture.root.appending(path: "sernac/servicio-tramites/politica.yaml")
        let before = try Data(contentsOf: policy)
        try await fixture.application.test(.router) { client in
            for username in ["comite", "revisor"] {
                let (session, csrf) = try await SharedServerFixture.login(client, username, "sernac")
                let read = try await client.execute(uri: "/espacios/servicio-tramites/archivos/politica.yaml", method: .get, headers: ServerFixture.headers(session))
                #expect(read.status == .ok)
                let write = try await client.execute(
                    uri: "/espacios/servicio-tramites/archivos/politica.yaml", method: .post,
                    headers: ServerFixture.headers(session.merging(ServerFixture.formType)),
                    body: ServerFixture.form([("csrf", csrf), ("accion", "guardar"), ("yaml", "principios: {}")]))
                #expect(write.status == .forbidden)
                #expect(ServerFixture.text(write).contains("permite leer los documentos de su institución, no modificarlos"))
            }
        }
        #expect(try Data(contentsOf: policy) == before)
    }
}
