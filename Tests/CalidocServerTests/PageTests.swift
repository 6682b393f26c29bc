import CalidocKit
import CalidocServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// The pages render, in Spanish by default and in English on request, with the security headers.
@Suite struct PageTests {
    @Test func homeListsTheWorkspaceWithSecurityHeaders() async throws {
        let (root, _) = try ServerFixture.servedCopy()
        try await ServerFixture.application(root: root).test(.router) { client in
            let response = try await client.execute(uri: "/", method: .get, headers: ServerFixture.headers())
            #expect(response.status == .ok)
            let page = ServerFixture.text(response)
            #expect(page.contains("<html lang=\"es-CL\">"))
            #expect(page.contains("Servicio Nacional de Trámites Ciudadanos"))
            #expect(page.contains("href=\"/espacios/servicio-tramites\""))
            #expect(page.contains("Nuevo espacio de trabajo"))
            #expect(page.contains("name=\"csrf\" value=\"\(ServerFixture.csrf)\""))
            let policy = response.headers[.contentSecurityPolicy] ?? ""
            #expect(policy.contains("default-src 'self'") && policy.contains("script-src 'self'") && policy.contains("frame-ancestors 'self'"))
            #expect(response.headers[.xContentTypeOptions] == "nosniff")
            #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "same-origin")
        }
    }

    @Test func englishByAcceptLanguageOrSwitch() async throws {
        let (root, _) = try ServerFixture.servedCopy()
        try await ServerFixture.application(root: root).test(.router) { client in
            let byHeader = try await client.execute(
                uri: "/", method: .get, headers: ServerFixture.headers([.acceptLanguage: "en-GB,en;q=0.9,es;q=0.5"]))
            #expect(ServerFixture.text(byHeader).contains("New workspace"))
            let bySwitch = try await client.execute(uri: "/espacios/servicio-tramites?lang=en", method: .get, headers: ServerFixture.headers())
            let page = ServerFixture.text(bySwitch)
            #expect(page.contains("<html lang=\"en\">"))
            #expect(page.contains("/espacios/servicio-tramites/archivos/politica.yaml?lang=en"))
        }
    }

    @Test func workspacePageListsFilesDownloadsAndReview() async throws {
        let (root, workspace) = try ServerFixture.servedCopy()
        try FileManager.default.removeItem(at: workspace.appending(path: "diagnostico.yaml"))
        try await ServerFixture.application(root: root).test(.router) { client in
            let response = try await client.execute(uri: "/espacios/servicio-tramites", method: .get, headers: ServerFixture.headers())
            #expect(response.status == .ok)
            let page = ServerFixture.text(response)
            #expect(page.contains("/espacios/servicio-tramites/archivos/politica.yaml\""))
            #expect(page.contains("/espacios/servicio-tramites/archivos/diagnostico.yaml/crear"))
            #expect(page.contains("Revisión de la Red de Expertos"))
        }
    }

    @Test func editorShowsTheFormVersionAndPreview() async throws {
        let (root, workspace) = try ServerFixture.servedCopy()
        let bytes = try [UInt8](Data(contentsOf: workspace.appending(path: "politica.yaml")))
        try await ServerFixture.application(root: root).test(.router) { client in
            let response = try await client.execute(
                uri: "/espacios/servicio-tramites/archivos/politica.yaml", method: .get, headers: ServerFixture.headers())
            #expect(response.status == .ok)
            let page = ServerFixture.text(response)
            #expect(page.contains("<form method=\"post\""))
            #expect(ServerFixture.version(in: page) == SHA256Digest.hex(bytes))
            #expect(page.contains("name=\"accion\" value=\"guardar\""))
            #expect(page.contains("src=\"/espacios/servicio-tramites/vista-previa/politica\""))
            let preview = try await client.execute(
                uri: "/espacios/servicio-tramites/vista-previa/politica", method: .get, headers: ServerFixture.headers())
            #expect(preview.status == .ok)
            #expect(ServerFixture.text(preview).contains("<main>"))
            #expect(preview.headers[.contentSecurityPolicy]?.contains("sandbox") == true)
        }
    }

    @Test func newWorkspaceFromTheForm() async throws {
        let (root, _) = try ServerFixture.servedCopy()
        try await ServerFixture.application(root: root).test(.router) { client in
            let response = try await client.execute(
                uri: "/espacios", method: .post, headers: ServerFixture.headers(ServerFixture.formType),
                body: ServerFixture.form([("csrf", ServerFixture.csrf), ("institucion", "Servicio de Prueba"), ("carpeta", ""), ("fecha", "2026-03-01")]))
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/espacios/servicio-de-prueba?creado=1")
            #expect(FileManager.default.fileExists(atPath: root.appending(path: "servicio-de-prueba/politica.yaml").path))
            let manifest = try String(contentsOf: root.appending(path: "servicio-de-prueba/calidoc.yaml"), encoding: .utf8)
            #expect(manifest.contains("Servicio de Prueba"))
            let again = try await client.execute(
                uri: "/espacios", method: .post, headers: ServerFixture.headers(ServerFixture.formType),
                body: ServerFixture.form([("csrf", ServerFixture.csrf), ("institucion", "Servicio de Prueba"), ("fecha", "2026-03-01")]))
            #expect(again.status == .conflict)
            #expect(ServerFixture.text(again).contains("ya existe"))
        }
    }

    @Test func missingFileIsCreatedFromTheExample() async throws {
        let (root, workspace) = try ServerFixture.servedCopy()
        let target = workspace.appending(path: "diagnostico.yaml")
        try FileManager.default.removeItem(at: target)
        try await ServerFixture.application(root: root).test(.router) { client in
            let response = try await client.execute(
                uri: "/espacios/servicio-tramites/archivos/diagnostico.yaml/crear", method: .post,
                headers: ServerFixture.headers(ServerFixture.formType), body: ServerFixture.form([("csrf", ServerFixture.csrf)]))
            #expect(response.status == .seeOther)
            #expect(FileManager.default.fileExists(atPath: target.path))
        }
    }

    @Test func downloadsAnHTMLDocument() async throws {
        let (root, _) = try ServerFixture.servedCopy()
        try await ServerFixture.application(root: root).test(.router) { client in
            let response = try await client.execute(
                uri: "/espacios/servicio-tramites/descargas/politica.html", method: .get, headers: ServerFixture.headers())
            #expect(response.status == .ok)
            #expect(response.headers[.contentDisposition]?.contains("politica.html") == true)
            #expect(ServerFixture.text(response).contains("<!DOCTYPE html>"))
            let docx = try await client.execute(
                uri: "/espacios/servicio-tramites/descargas/plan.docx", method: .get, headers: ServerFixture.headers())
            #expect(docx.status == .ok)
            #expect(docx.body.readableBytes > 1000)
        }
    }

    @Test func assetsAndOpenAPIAreServed() async throws {
        let (root, _) = try ServerFixture.servedCopy()
        try await ServerFixture.application(root: root).test(.router) { client in
            for (path, type) in [("/recursos/calidoc.css", "text/css"), ("/recursos/calidoc.js", "text/javascript"), ("/api/openapi.yaml", "application/yaml")] {
                let response = try await client.execute(uri: path, method: .get, headers: ServerFixture.headers())
                #expect(response.status == .ok, "\(path)")
                #expect(response.headers[.contentType]?.hasPrefix(type) == true, "\(path)")
            }
        }
    }
}
