import CalidocKit
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import CalidocServer

/// The Importar page: a Política in DOCX or ODT uploaded becomes a new served workspace, as
/// `calidoc import` makes it, the answer shows the report; refusals keep the form and write nothing.
@Suite struct ImportPageTests {
    static func post(_ client: some TestClientProtocol, _ fields: [(String, String)], file: (name: String, bytes: [UInt8])?,
                     declaredLength: Bool = false) async throws -> TestResponse {
        let body = ArchiveUploadTests.body(fields, file: file, fileField: "documento")
        var extra: HTTPFields = [.contentType: "multipart/form-data; boundary=\(ArchiveUploadTests.boundary)"]
        if declaredLength { extra[.contentLength] = String(body.count) }
        return try await client.execute(uri: "/importar", method: .post, headers: ServerFixture.headers(extra), body: ByteBuffer(bytes: body))
    }

    /// The GORE Política as calidoc builds it, in `format`.
    static func goreDocument(_ format: OutputFormat) throws -> (name: String, bytes: [UInt8]) {
        let out = FileManager.default.temporaryDirectory.appending(path: "calidoc-import-page-\(UUID().uuidString)")
        let written = try BuildPipeline().run(.init(workspace: ServerFixture.gore, formats: [format], outputRoot: out)).written
        let document = try #require(written.first { $0.pathExtension == format.rawValue && $0.lastPathComponent.contains("politica") })
        return ("Política GORE.\(format.rawValue)", Array(try Data(contentsOf: document)))
    }

    static func folders(_ root: URL) throws -> Set<String> {
        Set(try FileManager.default.contentsOfDirectory(atPath: root.path))
    }

    @Test(arguments: [OutputFormat.docx, .odt])
    func anUploadedPolicyBecomesAServedWorkspaceWithItsReport(format: OutputFormat) async throws {
        let (root, _) = try ServerFixture.servedCopy()
        let document = try Self.goreDocument(format)
        try await ServerFixture.application(root: root).test(.router) { client in
            let form = HTMLQuery(ServerFixture.text(try await VersionPagesTests.get(client, "/importar")))
            VersionPagesTests.expectLabelled(form)
            #expect(form.count("//input[@type='file' and @name='documento' and @required]") == 1)
            #expect(HTMLQuery(ServerFixture.text(try await VersionPagesTests.get(client, "/"))).count("//a[@id='enlace-importar']") == 1)

            let fields = [("csrf", ServerFixture.csrf), ("fecha", "2024-10-24")]
            let imported = try await Self.post(client, fields, file: document)
            #expect(imported.status == .created)
            let location = try #require(imported.headers[.location])
            let folderName = String(location.dropFirst("/espacios/".count))
            let folder = root.appending(path: folderName)
            for name in ImportWorkspace.fileNames {
                #expect(FileManager.default.fileExists(atPath: folder.appending(path: name).path), "\(name)")
            }
            let page = HTMLQuery(ServerFixture.text(imported))
            #expect(page.text("//p[@id='resultado-importacion']")?.hasPrefix("Política importada en la carpeta «\(folderName)»") == true)
            #expect(page.count("//table//code[.='principios.items']") == 1)
            #expect(page.text("//h2[@id='titulo-informe']") == "Informe de importación: \(document.name)")
            // The institution was read from the title: the folder is named after it, the manifest says it.
            #expect(folderName.contains("santiago"), "\(folderName)")
            let manifest = try String(contentsOf: folder.appending(path: "calidoc.yaml"), encoding: .utf8)
            #expect(manifest.contains("fecha: \"2024-10-24\"") || manifest.contains("fecha: 2024-10-24") || manifest.contains("fecha: '2024-10-24'"), "\(manifest)")
            // The new workspace is served and validates without errors.
            let workspace = try await VersionPagesTests.get(client, location)
            #expect(workspace.status == .ok)
            let validation = WorkspaceValidation.run(at: folder)
            #expect(!validation.diagnostics.contains { $0.severity == .error }, "\(validation.diagnostics.map { $0.headline(.es) })")

            // The same document again: a second folder, nothing overwritten.
            let before = try Data(contentsOf: folder.appending(path: "politica.yaml"))
            let again = try await Self.post(client, fields, file: document)
            #expect(again.status == .created)
            #expect(again.headers[.location] == "\(location)-2")
            #expect(try Data(contentsOf: folder.appending(path: "politica.yaml")) == before)
        }
    }

    @Test func refusalsKeepTheFormAndWriteNothing() async throws {
        let (root, workspace) = try ServerFixture.servedCopy()
        let original = try Data(contentsOf: workspace.appending(path: "politica.yaml"))
        let before = try Self.folders(root)
        let document = try Self.goreDocument(.docx)
        try await ServerFixture.application(root: root).test(.router) { client in
            let token = ("csrf", ServerFixture.csrf)
            let noToken = try await Self.post(client, [], file: document)
            #expect(noToken.status == .forbidden)

            let taken = try await Self.post(client, [token, ("carpeta", "servicio-tramites"), ("institucion", "Servicio X")], file: document)
            #expect(taken.status == .conflict)
            let takenPage = HTMLQuery(ServerFixture.text(taken))
            #expect(takenPage.text("//p[@role='alert']")?.hasPrefix("La carpeta «servicio-tramites» ya existe") == true)
            // The form keeps what was typed.
            #expect(takenPage.count("//input[@name='institucion' and @value='Servicio X']") == 1)

            let badName = try await Self.post(client, [token, ("carpeta", "../fuera")], file: document)
            #expect(badName.status == .unprocessableContent)

            let noFile = try await Self.post(client, [token], file: nil)
            #expect(noFile.status == .unprocessableContent)
            #expect(HTMLQuery(ServerFixture.text(noFile)).text("//p[@role='alert']") == "Elija el documento de la Política (.docx u .odt).")

            let pdf = try await Self.post(client, [token], file: ("politica.docx", Array("%PDF-1.7\n1 0 obj\n".utf8)))
            #expect(pdf.status == .unprocessableContent)
            #expect(HTMLQuery(ServerFixture.text(pdf)).text("//p[@role='alert']")?.contains("es un PDF") == true)

            // Larger than a form (2 MB) but within the import's limit: read and judged, not refused at the door.
            var zipLike = Array("PK\u{3}\u{4}".utf8)
            zipLike += [UInt8](repeating: 7, count: 3 * 1024 * 1024)
            let broken = try await Self.post(client, [token], file: ("politica.docx", zipLike), declaredLength: true)
            #expect(broken.status == .unprocessableContent)
            #expect(HTMLQuery(ServerFixture.text(broken)).text("//p[@role='alert']")?.contains("politica.docx") == true)

            let huge = try await Self.post(client, [token], file: ("politica.docx", [UInt8](repeating: 0, count: RequestBodyLimit.importUploadBytes)),
                                           declaredLength: true)
            #expect(huge.status == .contentTooLarge)
        }
        #expect(try Self.folders(root) == before)
        #expect(try Data(contentsOf: workspace.appending(path: "politica.yaml")) == original)
    }

    @Test func theBodyLimitIsTheRoutesOwn() {
        let configuration = ServerConfiguration(folders: [], port: 8080)
        func request(_ method: HTTPRequest.Method, _ path: String) -> Request {
            Request(head: HTTPRequest(method: method, scheme: "http", authority: ServerFixture.host, path: path),
                    body: RequestBody(buffer: ByteBuffer()))
        }
        #expect(RequestBodyLimit.bytes(for: request(.post, "/importar"), configuration: configuration) == RequestBodyLimit.importUploadBytes)
        #expect(RequestBodyLimit.bytes(for: request(.post, "/espacios/x/archivo"), configuration: configuration) == RequestBodyLimit.signedUploadBytes)
        #expect(RequestBodyLimit.bytes(for: request(.post, "/espacios/x/archivos/politica.yaml"), configuration: configuration) == configuration.maximumBodyBytes)
        #expect(RequestBodyLimit.bytes(for: request(.post, "/api/espacios/x/validar"), configuration: configuration) == configuration.maximumBodyBytes)
        #expect(ImportRoutes.documentName("C:\\Users\\ana\\Política 2024.docx") == "Política 2024.docx")
        #expect(ImportRoutes.documentName("../../etc/passwd") == "passwd")
        #expect(ImportRoutes.documentName("") == "documento")
    }
}
