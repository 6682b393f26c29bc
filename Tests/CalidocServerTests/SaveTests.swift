import CalidocKit
import CalidocServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Saving never loses a write: a save based on an old version gets 409 and leaves the file as it is.
@Suite struct SaveTests {
    static let uri = "/espacios/servicio-tramites/archivos/politica.yaml"

    /// The editor's version field for the file as it is now.
    static func openVersion(_ client: any TestClientProtocol) async throws -> String {
        let page = ServerFixture.text(try await client.execute(uri: uri, method: .get, headers: ServerFixture.headers()))
        return try #require(ServerFixture.version(in: page))
    }

    static func save(_ client: any TestClientProtocol, text: String, version: String, csrf: String = ServerFixture.csrf,
                     extra: HTTPFields = [:]) async throws -> TestResponse {
        var headers = ServerFixture.headers(ServerFixture.formType)
        headers.append(contentsOf: extra)
        return try await client.execute(
            uri: uri, method: .post, headers: headers,
            body: ServerFixture.form([("csrf", csrf), ("version", version), ("yaml", text), ("accion", "guardar")]))
    }

    @Test func saveWritesTheFileAndShowsItsProblems() async throws {
        let (root, workspace) = try ServerFixture.servedCopy()
        let file = workspace.appending(path: "politica.yaml")
        let original = try String(contentsOf: file, encoding: .utf8)
        let edited = original.replacingOccurrences(of: "Reducir los tiempos", with: "Acortar los tiempos")
        try await ServerFixture.application(root: root).test(.router) { client in
            let version = try await Self.openVersion(client)
            let response = try await Self.save(client, text: edited, version: version)
            #expect(response.status == .ok)
            let page = ServerFixture.text(response)
            #expect(page.contains("Guardado."))
            #expect(try String(contentsOf: file, encoding: .utf8) == edited)
            #expect(ServerFixture.version(in: page) == SHA256Digest.hex(Array(edited.utf8)))
            // A text that breaks a rule is saved, and its problem listed.
            let broken = edited.replacingOccurrences(of: "id: oe-1", with: "id: oe-2")
            let second = try await Self.save(client, text: broken, version: try #require(ServerFixture.version(in: page)))
            #expect(second.status == .ok)
            #expect(ServerFixture.text(second).contains("class=\"problema error\""))
        }
    }

    @Test func twoTabsFromTheSameVersion() async throws {
        let (root, workspace) = try ServerFixture.servedCopy()
        let file = workspace.appending(path: "politica.yaml")
        let original = try String(contentsOf: file, encoding: .utf8)
        let first = original.replacingOccurrences(of: "Reducir los tiempos", with: "Primera pestaña: reducir los tiempos")
        let second = original.replacingOccurrences(of: "Reducir los tiempos", with: "Segunda pestaña: reducir los tiempos")
        try await ServerFixture.application(root: root).test(.router) { client in
            let tabA = try await Self.openVersion(client)
            let tabB = try await Self.openVersion(client)
            #expect(try await Self.save(client, text: first, version: tabA).status == .ok)
            let conflict = try await Self.save(client, text: second, version: tabB)
            #expect(conflict.status == .conflict)
            let page = ServerFixture.text(conflict)
            #expect(page.contains("Segunda pestaña"))  // the person's text is kept on the page
            #expect(page.contains("Primera pestaña"))  // beside the current one
            #expect(try String(contentsOf: file, encoding: .utf8) == first)
        }
    }

    @Test func aHandEditBetweenOpeningAndSavingGives409() async throws {
        let (root, workspace) = try ServerFixture.servedCopy()
        let file = workspace.appending(path: "politica.yaml")
        let original = try String(contentsOf: file, encoding: .utf8)
        try await ServerFixture.application(root: root).test(.router) { client in
            let version = try await Self.openVersion(client)
            let byHand = original + "\n# comentario escrito a mano\n"
            try Data(byHand.utf8).write(to: file)
            let response = try await Self.save(client, text: original.replacingOccurrences(of: "Reducir", with: "Bajar"), version: version)
            #expect(response.status == .conflict)
            #expect(try String(contentsOf: file, encoding: .utf8) == byHand)
            // The conflict page's form is based on the current version: saving from it is deliberate.
            let current = try #require(ServerFixture.version(in: ServerFixture.text(response)))
            #expect(current == SHA256Digest.hex(Array(byHand.utf8)))
        }
    }

    @Test func structuralButtonsDoNotSave() async throws {
        let (root, workspace) = try ServerFixture.servedCopy()
        let file = workspace.appending(path: "politica.yaml")
        let original = try String(contentsOf: file, encoding: .utf8)
        try await ServerFixture.application(root: root).test(.router) { client in
            let version = try await Self.openVersion(client)
            let response = try await client.execute(
                uri: Self.uri, method: .post, headers: ServerFixture.headers(ServerFixture.formType),
                body: ServerFixture.form([("csrf", ServerFixture.csrf), ("version", version), ("yaml", original + "\n"), ("accion", "agregar:objetivos")]))
            #expect(response.status == .ok)
            #expect(ServerFixture.text(response).contains("borrador="))
            #expect(try String(contentsOf: file, encoding: .utf8) == original)
        }
    }
}
