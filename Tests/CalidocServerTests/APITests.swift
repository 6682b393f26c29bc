import CalidocKit
import CalidocServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// The JSON API: listing, reading with an ETag, saving with If-Match, checking and previewing.
@Suite struct APITests {
    static let file = "/api/espacios/servicio-tramites/archivos/politica.yaml"
    static let json: HTTPFields = [.contentType: "application/json"]

    static func object(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any])
    }

    static func body(_ object: [String: Any]) throws -> ByteBuffer {
        ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: object))
    }

    @Test func listsAndReadsWithETag() async throws {
        let (root, workspace) = try ServerFixture.servedCopy()
        let bytes = try [UInt8](Data(contentsOf: workspace.appending(path: "politica.yaml")))
        try await ServerFixture.application(root: root).test(.router) { client in
            let list = try Self.object(try await client.execute(uri: "/api/espacios", method: .get, headers: ServerFixture.headers()))
            let entries = try #require(list["espacios"] as? [[String: Any]])
            #expect(entries.first?["id"] as? String == "servicio-tramites")
            let read = try await client.execute(uri: Self.file, method: .get, headers: ServerFixture.headers())
            #expect(read.headers[.eTag] == "\"\(SHA256Digest.hex(bytes))\"")
            #expect(try Self.object(read)["contenido"] as? String == String(decoding: bytes, as: UTF8.self))
        }
    }

    @Test func putNeedsJSONAndTheCurrentVersion() async throws {
        let (root, workspace) = try ServerFixture.servedCopy()
        let path = workspace.appending(path: "politica.yaml")
        let original = try String(contentsOf: path, encoding: .utf8)
        try await ServerFixture.application(root: root).test(.router) { client in
            let etag = try #require(try await client.execute(uri: Self.file, method: .get, headers: ServerFixture.headers()).headers[.eTag])
            let edited = original.replacingOccurrences(of: "Reducir", with: "Bajar")
            let asForm = try await client.execute(
                uri: Self.file, method: .put, headers: ServerFixture.headers(ServerFixture.formType.merging([.ifMatch: etag])),
                body: ByteBuffer(string: "contenido=x"))
            #expect(asForm.status == .unsupportedMediaType)
            let noIfMatch = try await client.execute(
                uri: Self.file, method: .put, headers: ServerFixture.headers(Self.json), body: try Self.body(["contenido": edited]))
            #expect(noIfMatch.status == .preconditionRequired)
            let saved = try await client.execute(
                uri: Self.file, method: .put, headers: ServerFixture.headers(Self.json.merging([.ifMatch: etag])),
                body: try Self.body(["contenido": edited]))
            #expect(saved.status == .ok)
            #expect(try String(contentsOf: path, encoding: .utf8) == edited)
            let stale = try await client.execute(
                uri: Self.file, method: .put, headers: ServerFixture.headers(Self.json.merging([.ifMatch: etag])),
                body: try Self.body(["contenido": original]))
            #expect(stale.status == .preconditionFailed)
            #expect(try String(contentsOf: path, encoding: .utf8) == edited)
        }
    }

    @Test func validateAndPreviewUnsavedText() async throws {
        let (root, workspace) = try ServerFixture.servedCopy()
        let original = try String(contentsOf: workspace.appending(path: "politica.yaml"), encoding: .utf8)
        try await ServerFixture.application(root: root).test(.router) { client in
            let broken = original.replacingOccurrences(of: "id: oe-1", with: "id: oe-2")
            let checked = try Self.object(try await client.execute(
                uri: "/api/espacios/servicio-tramites/validar", method: .post, headers: ServerFixture.headers(Self.json),
                body: try Self.body(["archivo": "politica.yaml", "contenido": broken])))
            #expect((checked["errores"] as? Int ?? 0) > 0)
            let changed = original.replacingOccurrences(of: "Reducir los tiempos", with: "Texto nuevo de vista previa")
            let preview = try await client.execute(
                uri: "/api/espacios/servicio-tramites/vista-previa/politica", method: .post, headers: ServerFixture.headers(Self.json),
                body: try Self.body(["archivo": "politica.yaml", "contenido": changed]))
            #expect(preview.status == .ok)
            #expect(String(buffer: preview.body).contains("Texto nuevo de vista previa"))
            let bad = try await client.execute(
                uri: "/api/espacios/servicio-tramites/validar", method: .post, headers: ServerFixture.headers(Self.json),
                body: ByteBuffer(string: "[1, 2"))
            #expect(bad.status == .badRequest)
            #expect(try Self.object(bad)["error"] != nil)
        }
    }
}

extension HTTPFields {
    func merging(_ other: HTTPFields) -> HTTPFields {
        var copy = self
        copy.append(contentsOf: other)
        return copy
    }
}
