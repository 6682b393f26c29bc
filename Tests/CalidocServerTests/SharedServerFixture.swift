import CalidocKit
import CalidocServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting

/// A shared server over a folder store: institutions `sernac` (the SENATRAC sample as
/// `servicio-tramites`; accounts editora, comite, revisor, admin) and `gore` (the GORE sample as
/// `gore-santiago`; accounts editora, admin). Passwords are `clave-de-<user>-<institution>`.
struct SharedServerFixture {
    let root: URL
    let store: FolderStore
    let state: ServerState

    /// A hasher that costs nothing (bcrypt's cost is measured in the store's own tests).
    struct QuickHasher: PasswordHasher {
        func hash(_ password: String) throws -> String { "prueba:" + SHA256Digest.hex(Array(password.utf8)) }
        func verify(_ password: String, against hash: String) -> Bool { (try? self.hash(password)) == hash }
    }

    static let accounts: [(institution: String, username: String, role: AccountRole)] = [
        ("sernac", "editora", .editor), ("sernac", "comite", .comite), ("sernac", "revisor", .revisor), ("sernac", "admin", .administrador),
        ("gore", "editora", .editor), ("gore", "admin", .administrador),
    ]

    static func password(_ username: String, _ institution: String) -> String { "clave-de-\(username)-\(institution)" }

    static func make(notifier: ReviewNotifier? = nil) async throws -> SharedServerFixture {
        let root = FileManager.default.temporaryDirectory.appending(path: "calidoc-compartido-\(UUID().uuidString)")
        let store = try FolderStore(root: root, hasher: QuickHasher())
        try await store.createInstitution(Tenant(id: "sernac", name: "Servicio Nacional de Trámites"), by: "prueba")
        try await store.createInstitution(Tenant(id: "gore", name: "Gobierno Regional Metropolitano"), by: "prueba")
        for (institution, username, role) in accounts {
            try await store.createAccount(
                Account(institution: institution, username: username, displayName: "\(username) de \(institution)", role: role),
                password: password(username, institution), by: "prueba")
        }
        try FileManager.default.createDirectory(at: root.appending(path: "sernac"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appending(path: "gore"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: ServerFixture.servicio, to: root.appending(path: "sernac/servicio-tramites"))
        try FileManager.default.copyItem(at: ServerFixture.gore, to: root.appending(path: "gore/gore-santiago"))
        var configuration = ServerConfiguration(folders: [], port: ServerFixture.port)
        configuration.shared = SharedServer(store: store, root: root, notifier: notifier)
        let state = ServerState(configuration: configuration, csrf: CSRFToken(value: ServerFixture.csrf))
        return SharedServerFixture(root: root, store: store, state: state)
    }

    var application: some ApplicationProtocol { Application(router: CalidocWebApp.router(state: state)) }

    /// Logs in (with the fixture's password unless another is given); the cookie header and the login's CSRF token.
    static func login(_ client: some TestClientProtocol, _ username: String, _ institution: String,
                      password given: String? = nil) async throws -> (cookie: HTTPFields, csrf: String) {
        let response = try await client.execute(
            uri: "/entrar", method: .post, headers: ServerFixture.headers(ServerFixture.formType),
            body: ServerFixture.form([("csrf", ServerFixture.csrf), ("institucion", institution), ("usuario", username),
                                      ("contrasena", given ?? password(username, institution)), ("volver", "/")]))
        let setCookie = response.headers[.setCookie] ?? ""
        let token = setCookie.split(separator: ";").first.map(String.init) ?? ""
        let cookie: HTTPFields = [.cookie: token]
        let home = try await client.execute(uri: "/", method: .get, headers: ServerFixture.headers(cookie))
        let page = ServerFixture.text(home)
        let marker = "name=\"csrf\" value=\""
        let csrf = page.range(of: marker).map { range in String(page[range.upperBound...].prefix { $0 != "\"" }) } ?? ""
        return (cookie, csrf)
    }
}
