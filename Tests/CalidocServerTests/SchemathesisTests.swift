import Foundation
import Testing

/// schemathesis against the running server and its own `/api/openapi.yaml`: no 5xx, every response
/// matches the document.
@Suite(.serialized) struct SchemathesisTests {
    @Test func apiMatchesItsOpenAPIDocument() throws {
        guard let schemathesis = ServerFixture.require("schemathesis") ?? ServerFixture.require("st") else { return }
        let root = FileManager.default.temporaryDirectory.appending(path: "calidoc-api-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: ServerFixture.servicio, to: root.appending(path: "servicio-tramites"))
        let server = try ServedProcess(folder: root)
        defer { server.stop() }
        let (status, output) = try ServerFixture.run(schemathesis, [
            "run", "\(server.base)/api/openapi.yaml", "--url", server.base,
            "--checks", "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance",
            "--max-examples", "30", "--no-color",
        ], in: root)  // its cache (.schemathesis/) stays out of the repository
        #expect(status == 0, "schemathesis: \(output)")
    }
}
