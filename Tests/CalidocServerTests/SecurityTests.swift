import CalidocKit
import CalidocServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Host, Origin and CSRF refusals, path parameters that name nothing served, and the body limit.
@Suite struct SecurityTests {
    @Test(arguments: ["evil.example:8080", "127.0.0.1:9999", "localhost", "127.0.0.1.nip.io:8080"])
    func foreignHostIsRefused(host: String) async throws {
        let (root, _) = try ServerFixture.servedCopy()
        try await ServerFixture.application(root: root).test(.router) { client in
            let response = try await client.execute(uri: "/", method: .get, headers: [HTTPField.Name("Host")!: host])
            #expect(response.status == .forbidden)
            #expect(ServerFixture.text(response).contains("127.0.0.1"))
        }
    }

    /// An input file that links out of the workspace is never read or shown, by the editor, the
    /// preview or the workspace page.
    @Test func aFileLinkingOutOfTheWorkspaceIsNotShown() async throws {
        let (root, workspace) = try ServerFixture.servedCopy()
        let secret = root.deletingLastPathComponent().appending(path: "secreto-\(UUID().uuidString).yaml")
        try "clave_secreta: no debe verse\n".write(to: secret, atomically: true, encoding: .utf8)
        let policy = workspace.appending(path: "politica.yaml")
        try FileManager.default.removeItem(at: policy)
        try FileManager.default.createSymbolicLink(at: policy, withDestinationURL: secret)
        try await ServerFixture.application(root: root).test(.router) { client in
            let editor = try await client.execute(uri: "/espacios/servicio-tramites/archivos/politica.yaml", method: .get, headers: ServerFixture.headers())
            #expect(editor.status == .unprocessableContent)
            #expect(ServerFixture.text(editor).contains("enlace simbólico"))
            for uri in ["/espacios/servicio-tramites/archivos/politica.yaml", "/espacios/servicio-tramites", "/espacios/servicio-tramites/vista-previa/politica"] {
                let response = try await client.execute(uri: uri, method: .get, headers: ServerFixture.headers())
                #expect(!ServerFixture.text(response).contains("clave_secreta"), "\(uri)")
            }
        }
    }

    @Test func localhostWithThePortIsAccepted() async throws {
        let (root, _) = try ServerFixture.servedCopy()
        try await ServerFixture.application(root: root).test(.router) { client in
            let response = try await client.execute(uri: "/", method: .get, headers: [HTTPField.Name("Host")!: "localhost:\(ServerFixture.port)"])
            #expect(response.status == .ok)
        }
    }

    @Test func foreignOriginCannotSave() async throws {
        let (root, workspace) = try ServerFixture.servedCopy()
        let file = workspace.appending(path: "politica.yaml")
        let original = try String(contentsOf: file, encoding: .utf8)
        try await ServerFixture.application(root: root).test(.router) { client in
            let version = try await SaveTests.openVersion(client)
            for origin in ["http://evil.example", "null", "https://127.0.0.1:8080"] {
                let response = try await SaveTests.save(client, text: "x: 1\n", version: version, extra: [.origin: origin])
                #expect(response.status == .forbidden, "\(origin)")
            }
            let own = try await SaveTests.save(client, text: original, version: version, extra: [.origin: "http://127.0.0.1:8080"])
            #expect(own.status == .ok)
            #expect(try String(contentsOf: file, encoding: .utf8) == original)
        }
    }

    @Test func missingOrWrongCSRFTokenIsRefused() async throws {
        let (root, workspace) = try ServerFixture.servedCopy()
        let file = workspace.appending(path: "politica.yaml")
        let original = try String(contentsOf: file, encoding: .utf8)
        try await ServerFixture.application(root: root).test(.router) { client in
            let version = try await SaveTests.openVersion(client)
            for token in ["", "token-de-prueba-otro", "token-de-prueb"] {
                let response = try await SaveTests.save(client, text: "x: 1\n", version: version, csrf: token)
                #expect(response.status == .forbidden)
                #expect(ServerFixture.text(response).contains("código de seguridad"))
            }
            let create = try await client.execute(
                uri: "/espacios", method: .post, headers: ServerFixture.headers(ServerFixture.formType),
                body: ServerFixture.form([("institucion", "Otro")]))
            #expect(create.status == .forbidden)
            #expect(try String(contentsOf: file, encoding: .utf8) == original)
        }
    }

    @Test(arguments: [
        "/espacios/..%2F..%2Fetc", "/espacios/otro", "/espacios/servicio-tramites/archivos/..%2F..%2Fetc%2Fpasswd",
        "/espacios/servicio-tramites/archivos/passwd", "/espacios/servicio-tramites/archivos/sesiones",
        "/espacios/servicio-tramites/vista-previa/..%2Fpolitica", "/espacios/servicio-tramites/descargas/..%2F..%2Fcalidoc.yaml",
        "/espacios/servicio-tramites/descargas/politica.exe", "/recursos/..%2Fpolitica.mustache", "/no-existe",
        "/api/espacios/servicio-tramites/archivos/..%2Fcalidoc.yaml",
    ])
    func pathsThatNameNothingServedAre404(path: String) async throws {
        let (root, _) = try ServerFixture.servedCopy()
        try await ServerFixture.application(root: root).test(.router) { client in
            let response = try await client.execute(uri: path, method: .get, headers: ServerFixture.headers())
            #expect(response.status == .notFound, "\(path)")
        }
    }

    @Test func bodiesOverTheLimitGet413() async throws {
        let (root, workspace) = try ServerFixture.servedCopy()
        let file = workspace.appending(path: "politica.yaml")
        let original = try String(contentsOf: file, encoding: .utf8)
        try await ServerFixture.application(root: root).test(.router) { client in
            let version = try await SaveTests.openVersion(client)
            let huge = String(repeating: "a", count: 3 * 1024 * 1024)
            let response = try await SaveTests.save(client, text: huge, version: version)
            #expect(response.status == .contentTooLarge)
            #expect(ServerFixture.text(response).contains("demasiado grande"))
            #expect(try String(contentsOf: file, encoding: .utf8) == original)
        }
    }

    @Test func userTextIsEscaped() async throws {
        let (root, _) = try ServerFixture.servedCopy()
        try await ServerFixture.application(root: root).test(.router) { client in
            let version = try await SaveTests.openVersion(client)
            let response = try await SaveTests.save(client, text: "titulo: \"</textarea><script>alert(1)</script>\"\n", version: version)
            let page = ServerFixture.text(response)
            #expect(!page.contains("<script>alert(1)</script>"))
            #expect(page.contains("&lt;script&gt;"))
        }
    }

    @Test func constantTimeTokenComparison() {
        let token = CSRFToken(value: "abc")
        #expect(token.matches("abc"))
        #expect(!token.matches("abd"))
        #expect(!token.matches("ab"))
        #expect(!token.matches("abcd"))
        #expect(!token.matches(nil))
        #expect(CSRFToken().value != CSRFToken().value)
    }
}
