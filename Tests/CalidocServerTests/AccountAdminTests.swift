import CalidocKit
import CalidocServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// «Cuentas» and «Mi cuenta» on a shared server: the administrator adds, changes, resets, unlocks
/// and removes accounts of their own institution; the changes hold at once (the account's logins
/// end); the last administrator stays; each person changes their own password.
@Suite struct AccountAdminTests {
    typealias Login = (cookie: HTTPFields, csrf: String)

    static let newPassword = "una frase larga de prueba"

    /// Posts a form as `login`, with its CSRF token first.
    static func post(_ client: some TestClientProtocol, _ uri: String, as login: Login, _ fields: [(String, String)]) async throws -> TestResponse {
        try await client.execute(
            uri: uri, method: .post, headers: ServerFixture.headers(login.cookie.merging(ServerFixture.formType)),
            body: ServerFixture.form([("csrf", login.csrf)] + fields))
    }

    static func get(_ client: some TestClientProtocol, _ uri: String, as login: Login) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .get, headers: ServerFixture.headers(login.cookie))
    }

    /// Whether the login still opens pages (an ended one is sent to «Entrar»).
    static func isOpen(_ client: some TestClientProtocol, _ login: Login) async throws -> Bool {
        try await get(client, "/", as: login).status == .ok
    }

    /// A login attempt's status (303 accepted, 401 rejected, 429 locked).
    static func attempt(_ client: some TestClientProtocol, _ username: String, _ password: String) async throws -> HTTPResponse.Status {
        try await client.execute(
            uri: "/entrar", method: .post, headers: ServerFixture.headers(ServerFixture.formType),
            body: ServerFixture.form([("csrf", ServerFixture.csrf), ("institucion", "sernac"), ("usuario", username), ("contrasena", password)])
        ).status
    }

    @Test func theAdministratorAddsChangesResetsUnlocksAndRemoves() async throws {
        let fixture = try await SharedServerFixture.make()
        try await fixture.application.test(.router) { client in
            let admin = try await SharedServerFixture.login(client, "admin", "sernac")
            let list = HTMLQuery(ServerFixture.text(try await Self.get(client, "/cuentas", as: admin)))
            #expect(list.texts("//table[@id='tabla-cuentas']/tbody/tr/td[2]") == ["admin", "comite", "editora", "revisor"])
            #expect(list.texts("//table[@id='tabla-cuentas']/tbody/tr[td[2]='comite']/td[3]") == ["Comité"])
            #expect(list.texts("//select[@id='agregar-rol']/option/@value") == ["editor", "comite", "revisor", "administrador"])
            #expect(!list.texts("//td").contains("editora de gore"), "another institution's accounts never show")

            // Added: with a password typed twice, then the person logs in.
            let fields = [("usuario", "nuevo"), ("nombre", "Nuevo Pérez"), ("rol", "comite"),
                          ("contrasena-nueva", Self.newPassword), ("contrasena-repetida", Self.newPassword)]
            let added = try await Self.post(client, "/cuentas", as: admin, fields)
            #expect(added.status == .seeOther)
            #expect(added.headers[.location] == "/cuentas?agregada=nuevo#cuenta-nuevo")
            let shown = HTMLQuery(ServerFixture.text(try await Self.get(client, "/cuentas?agregada=nuevo", as: admin)))
            #expect(shown.text("//p[@role='status']") == "Se creó la cuenta «nuevo».")
            #expect(shown.texts("//tr[@id='cuenta-nuevo']/td[1]") == ["Nuevo Pérez"])
            var person = try await SharedServerFixture.login(client, "nuevo", "sernac", password: Self.newPassword)
            #expect(try await Self.isOpen(client, person))

            // A new name shows at once in the person's login; a new role ends it.
            #expect(try await Self.post(client, "/cuentas/nuevo/datos", as: admin, [("nombre", "Nuevo Soto"), ("rol", "comite")]).status == .seeOther)
            #expect(ServerFixture.text(try await Self.get(client, "/", as: person)).contains("Nuevo Soto (Comité, sernac)"))
            #expect(try await Self.post(client, "/cuentas/nuevo/datos", as: admin, [("nombre", "Nuevo Soto"), ("rol", "revisor")]).status == .seeOther)
            #expect(try await !Self.isOpen(client, person), "a new role ends the account's logins")
            #expect(try await fixture.store.account("nuevo", institution: "sernac")?.role == .revisor)

            // Locked by wrong passwords: the list says so, «Desbloquear» ends it.
            for _ in 1...5 { _ = try await Self.attempt(client, "nuevo", "mala") }
            #expect(try await Self.attempt(client, "nuevo", Self.newPassword) == .tooManyRequests)
            let locked = HTMLQuery(ServerFixture.text(try await Self.get(client, "/cuentas", as: admin)))
            #expect(locked.text("//tr[@id='cuenta-nuevo']/td[4]")?.hasPrefix("Sí, hasta las") == true)
            let page = HTMLQuery(ServerFixture.text(try await Self.get(client, "/cuentas/nuevo", as: admin)))
            #expect(page.count("//form[@id='formulario-desbloquear']") == 1)
            #expect(try await Self.post(client, "/cuentas/nuevo/desbloquear", as: admin, []).status == .seeOther)
            person = try await SharedServerFixture.login(client, "nuevo", "sernac", password: Self.newPassword)
            #expect(try await Self.isOpen(client, person))

            // A password set by the administrator ends the person's logins; the old one no longer works.
            let reset = "otra frase larga para entrar"
            let refused = try await Self.post(client, "/cuentas/nuevo/contrasena", as: admin, [("contrasena-nueva", reset), ("contrasena-repetida", "otra")])
            #expect(refused.status == .unprocessableContent)
            #expect(HTMLQuery(ServerFixture.text(refused)).text("//p[@id='problema-contrasena']") == "Las dos contraseñas nuevas no coinciden: escríbala igual en ambos campos.")
            #expect(try await Self.isOpen(client, person), "a refused form changes nothing")
            #expect(try await Self.post(client, "/cuentas/nuevo/contrasena", as: admin, [("contrasena-nueva", reset), ("contrasena-repetida", reset)]).status == .seeOther)
            #expect(try await !Self.isOpen(client, person))
            #expect(try await Self.attempt(client, "nuevo", Self.newPassword) == .unauthorized)
            person = try await SharedServerFixture.login(client, "nuevo", "sernac", password: reset)

            // Removed after a confirmation page: the login ends and the account cannot log in again.
            let confirm = HTMLQuery(ServerFixture.text(try await Self.get(client, "/cuentas/nuevo/eliminar", as: admin)))
            #expect(confirm.texts("//form[@id='formulario-eliminar']//input[@name='confirmar']/@value") == ["si"])
            let unconfirmed = try await Self.post(client, "/cuentas/nuevo/eliminar", as: admin, [])
            #expect(unconfirmed.status == .unprocessableContent)
            #expect(try await fixture.store.account("nuevo", institution: "sernac") != nil)
            let removed = try await Self.post(client, "/cuentas/nuevo/eliminar", as: admin, [("confirmar", "si")])
            #expect(removed.status == .seeOther && removed.headers[.location] == "/cuentas?eliminada=nuevo")
            #expect(try await !Self.isOpen(client, person), "the removed account's login ended")
            #expect(try await Self.attempt(client, "nuevo", reset) == .unauthorized)
            #expect(try await Self.get(client, "/cuentas/nuevo", as: admin).status == .notFound)
            #expect(try await Self.isOpen(client, admin))
        }
        let log = try await fixture.store.auditLog(of: "sernac").filter { $0.target == "cuenta/nuevo" }
        #expect(log.map(\.action) == ["cuenta.creada", "cuenta.modificada", "cuenta.modificada", "cuenta.bloqueada", "cuenta.desbloqueada",
                                      "cuenta.contrasena", "cuenta.eliminada"])
        #expect(log.filter { $0.action != "cuenta.bloqueada" }.allSatisfy { $0.actor == "admin" })
        #expect(try await fixture.store.verifyAuditLog(of: "sernac").isIntact)
        #expect(try await fixture.store.auditLog(of: "gore").allSatisfy { !$0.target.hasPrefix("cuenta/nuevo") })
    }

    @Test func refusedFormsSayWhyNextToTheForm() async throws {
        let fixture = try await SharedServerFixture.make()
        try await fixture.application.test(.router) { client in
            let admin = try await SharedServerFixture.login(client, "admin", "sernac")
            let cases: [([(String, String)], String)] = [
                ([("usuario", "corta"), ("nombre", "Corta"), ("rol", "editor"), ("contrasena-nueva", "corta"), ("contrasena-repetida", "corta")],
                 "La contraseña debe tener al menos 12 caracteres."),
                ([("usuario", "editora"), ("nombre", "Otra"), ("rol", "editor"), ("contrasena-nueva", Self.newPassword), ("contrasena-repetida", Self.newPassword)],
                 "Ya existe la cuenta «editora» en la institución «sernac»."),
                ([("usuario", "Ana Pérez"), ("nombre", "Ana"), ("rol", "editor"), ("contrasena-nueva", Self.newPassword), ("contrasena-repetida", Self.newPassword)],
                 "El nombre de usuario «Ana Pérez» no es válido"),
                ([("usuario", "ana"), ("nombre", "Ana"), ("rol", "jefa"), ("contrasena-nueva", Self.newPassword), ("contrasena-repetida", Self.newPassword)],
                 "Elija un rol de la lista."),
            ]
            for (fields, message) in cases {
                let response = try await Self.post(client, "/cuentas", as: admin, fields)
                #expect(response.status == .unprocessableContent, "\(fields)")
                let page = HTMLQuery(ServerFixture.text(response))
                #expect(page.text("//section[h2[@id='titulo-agregar']]/p[@id='problema-agregar']")?.hasPrefix(message) == true, "\(fields)")
                #expect(page.texts("//input[@id='agregar-nombre']/@value") == [fields[1].1], "what was typed stays")
                #expect(page.texts("//input[@type='password']/@value").isEmpty, "passwords are never sent back")
            }
            #expect(try await fixture.store.accounts(of: "sernac").count == 4)
        }
    }

    @Test func theLastAdministratorStays() async throws {
        let fixture = try await SharedServerFixture.make()
        try await fixture.application.test(.router) { client in
            let admin = try await SharedServerFixture.login(client, "admin", "sernac")
            let demoted = try await Self.post(client, "/cuentas/admin/datos", as: admin, [("nombre", "Admin"), ("rol", "editor")])
            #expect(demoted.status == .unprocessableContent)
            #expect(HTMLQuery(ServerFixture.text(demoted)).text("//p[@id='problema-datos']")?.contains("es la última cuenta con rol de administración") == true)
            let removed = try await Self.post(client, "/cuentas/admin/eliminar", as: admin, [("confirmar", "si")])
            #expect(removed.status == .unprocessableContent)
            #expect(HTMLQuery(ServerFixture.text(removed)).text("//p[@id='problema-eliminar']")?.contains("primero dé ese rol a otra cuenta") == true)
            #expect(try await fixture.store.account("admin", institution: "sernac")?.role == .administrador)
            #expect(try await Self.isOpen(client, admin))
            // With a second administrator the first may step down; their own login then ends.
            #expect(try await Self.post(client, "/cuentas/editora/datos", as: admin, [("nombre", "Editora"), ("rol", "administrador")]).status == .seeOther)
            #expect(try await Self.post(client, "/cuentas/admin/datos", as: admin, [("nombre", "Admin"), ("rol", "editor")]).status == .seeOther)
            #expect(try await !Self.isOpen(client, admin))
        }
    }

    @Test func aFormWithoutThisLoginsTokenIsRefused() async throws {
        let fixture = try await SharedServerFixture.make()
        try await fixture.application.test(.router) { client in
            let admin = try await SharedServerFixture.login(client, "admin", "sernac")
            let other = try await SharedServerFixture.login(client, "editora", "sernac")
            let fields = [("usuario", "intrusa"), ("nombre", "Intrusa"), ("rol", "administrador"),
                          ("contrasena-nueva", Self.newPassword), ("contrasena-repetida", Self.newPassword)]
            // No token, the process's own (a local server's), and another login's.
            for (token, otherToken) in [("", ""), (ServerFixture.csrf, ServerFixture.csrf), (other.csrf, admin.csrf)] {
                let response = try await Self.post(client, "/cuentas", as: (admin.cookie, token), fields)
                #expect(response.status == .forbidden, "token «\(token)»")
                let removal = try await Self.post(client, "/cuentas/editora/eliminar", as: (admin.cookie, token), [("confirmar", "si")])
                #expect(removal.status == .forbidden)
                let own = try await Self.post(client, "/mi-cuenta", as: (other.cookie, otherToken), [
                    ("contrasena-actual", SharedServerFixture.password("editora", "sernac")),
                    ("contrasena-nueva", Self.newPassword), ("contrasena-repetida", Self.newPassword)])
                #expect(own.status == .forbidden)
            }
            #expect(try await fixture.store.account("intrusa", institution: "sernac") == nil)
            #expect(try await fixture.store.account("editora", institution: "sernac") != nil)
            #expect(try await Self.attempt(client, "editora", SharedServerFixture.password("editora", "sernac")) == .seeOther)
        }
    }

    @Test func anotherInstitutionsAdministratorNeverReachesTheseAccounts() async throws {
        let fixture = try await SharedServerFixture.make()
        try await fixture.application.test(.router) { client in
            let gore = try await SharedServerFixture.login(client, "admin", "gore")
            let list = HTMLQuery(ServerFixture.text(try await Self.get(client, "/cuentas", as: gore)))
            #expect(list.texts("//table[@id='tabla-cuentas']/tbody/tr/td[2]") == ["admin", "editora"])
            #expect(list.texts("//table[@id='tabla-cuentas']/tbody/tr/td[1]") == ["admin de gore", "editora de gore"])
            // «comite» exists only in sernac: for gore's administrator it does not exist at all.
            #expect(try await Self.get(client, "/cuentas/comite", as: gore).status == .notFound)
            #expect(try await Self.post(client, "/cuentas/comite/eliminar", as: gore, [("confirmar", "si")]).status == .notFound)
            #expect(try await Self.post(client, "/cuentas/comite/contrasena", as: gore, [
                ("contrasena-nueva", Self.newPassword), ("contrasena-repetida", Self.newPassword)]).status == .notFound)
            #expect(try await Self.post(client, "/cuentas/comite/datos", as: gore, [("nombre", "X"), ("rol", "administrador")]).status == .notFound)
        }
        #expect(try await fixture.store.account("comite", institution: "sernac")?.role == .comite)
        #expect(try await fixture.store.login("comite", password: SharedServerFixture.password("comite", "sernac"), institution: "sernac")
            == .accepted(Account(institution: "sernac", username: "comite", displayName: "comite de sernac", role: .comite)))
    }

    @Test func everyoneChangesTheirOwnPasswordWithTheCurrentOne() async throws {
        let fixture = try await SharedServerFixture.make()
        try await fixture.application.test(.router) { client in
            let here = try await SharedServerFixture.login(client, "comite", "sernac")
            let elsewhere = try await SharedServerFixture.login(client, "comite", "sernac")
            let page = HTMLQuery(ServerFixture.text(try await Self.get(client, "/mi-cuenta", as: here)))
            #expect(page.texts("//label") .contains("Contraseña actual"))
            #expect(page.texts("//header//a/@href").contains("/mi-cuenta") && !page.texts("//header//a/@href").contains("/cuentas"))

            let old = SharedServerFixture.password("comite", "sernac")
            let wrong = try await Self.post(client, "/mi-cuenta", as: here, [
                ("contrasena-actual", "no es la actual"), ("contrasena-nueva", Self.newPassword), ("contrasena-repetida", Self.newPassword)])
            #expect(wrong.status == .unprocessableContent)
            #expect(HTMLQuery(ServerFixture.text(wrong)).text("//p[@id='problema-mi-contrasena']") == "La contraseña actual no es correcta: no se cambió nada.")
            let differ = try await Self.post(client, "/mi-cuenta", as: here, [
                ("contrasena-actual", old), ("contrasena-nueva", Self.newPassword), ("contrasena-repetida", Self.newPassword + "x")])
            #expect(differ.status == .unprocessableContent)
            #expect(try await Self.attempt(client, "comite", old) == .seeOther, "refused changes leave the old password")

            let changed = try await Self.post(client, "/mi-cuenta", as: here, [
                ("contrasena-actual", old), ("contrasena-nueva", Self.newPassword), ("contrasena-repetida", Self.newPassword)])
            #expect(changed.status == .seeOther && changed.headers[.location] == "/mi-cuenta?hecho=1")
            #expect(try await Self.isOpen(client, here), "the login that changed it stays")
            #expect(try await !Self.isOpen(client, elsewhere), "other logins of the account end")
            #expect(try await Self.attempt(client, "comite", old) == .unauthorized)
            #expect(try await Self.attempt(client, "comite", Self.newPassword) == .seeOther)
        }
        let last = try #require(try await fixture.store.auditLog(of: "sernac").last { $0.action == AuditAction.passwordSet.rawValue })
        #expect(last.actor == "comite" && last.target == "cuenta/comite")
        #expect(try await fixture.store.verifyAuditLog(of: "sernac").isIntact)
    }

    @Test func theHeaderLinksAccountsForAdministratorsOnly() async throws {
        let fixture = try await SharedServerFixture.make()
        try await fixture.application.test(.router) { client in
            for (username, admin) in [("admin", true), ("editora", false), ("revisor", false)] {
                let login = try await SharedServerFixture.login(client, username, "sernac")
                let links = HTMLQuery(ServerFixture.text(try await Self.get(client, "/?lang=en", as: login))).texts("//header//a")
                #expect(links.contains("My account"))
                #expect(links.contains("Accounts") == admin, "\(username)")
            }
        }
    }

    @Test func theLocalApplicationHasNoAccountPages() async throws {
        let (root, _) = try ServerFixture.servedCopy()
        try await ServerFixture.application(root: root).test(.router) { client in
            for uri in ["/cuentas", "/cuentas/editora", "/mi-cuenta"] {
                #expect(try await client.execute(uri: uri, method: .get, headers: ServerFixture.headers()).status == .notFound, "\(uri)")
            }
            let post = try await client.execute(
                uri: "/cuentas", method: .post, headers: ServerFixture.headers(ServerFixture.formType),
                body: ServerFixture.form([("csrf", ServerFixture.csrf), ("usuario", "x")]))
            #expect(post.status == .notFound)
            let home = ServerFixture.text(try await client.execute(uri: "/", method: .get, headers: ServerFixture.headers()))
            #expect(!home.contains("href=\"/cuentas\"") && !home.contains("href=\"/mi-cuenta\""))
        }
    }
}
