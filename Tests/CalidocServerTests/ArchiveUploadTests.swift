import CalidocKit
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import CalidocServer

/// The Archivo page's upload: a multipart body read within its limit, the signed PDF archived as
/// `calidoc archive add` archives it, refusals shown on the page with nothing archived.
@Suite struct ArchiveUploadTests {
    static let boundary = "----calidocPrueba7MA4YWxkTrZu0gW"

    /// A multipart body: text fields, then an optional file.
    static func body(_ fields: [(String, String)], file: (name: String, bytes: [UInt8])?, fileField: String = "firmado") -> [UInt8] {
        var bytes: [UInt8] = []
        for (name, value) in fields {
            bytes += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        if let file {
            bytes += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(fileField)\"; filename=\"\(file.name)\"\r\nContent-Type: application/pdf\r\n\r\n".utf8)
            bytes += file.bytes + Array("\r\n".utf8)
        }
        return bytes + Array("--\(boundary)--\r\n".utf8)
    }

    static func post(_ client: some TestClientProtocol, _ body: [UInt8]) async throws -> TestResponse {
        try await client.execute(uri: "\(VersionPagesTests.base)/archivo", method: .post,
                                 headers: ServerFixture.headers([.contentType: "multipart/form-data; boundary=\(boundary)"]),
                                 body: ByteBuffer(bytes: body))
    }

    /// Bytes that look like framing inside a file: CR LF, dashes, a boundary-like line without its CR LF.
    static let pdf = Array("%PDF-1.4\r\n--\(boundary.dropLast())\r\n\r\n--\n%%EOF".utf8) + [0, 255, 13, 10, 45, 45]

    @Test func multipartPartsReadBackByteForByte() throws {
        let form = try #require(MultipartForm.parse(Self.body([("csrf", "x"), ("version", "3")], file: ("a b.pdf", Self.pdf)), boundary: Self.boundary))
        #expect(form["csrf"] == "x" && form["version"] == "3")
        #expect(form.file("firmado")?.bytes == Self.pdf && form.file("firmado")?.fileName == "a b.pdf")
        #expect(MultipartForm.boundary("multipart/form-data; boundary=\"\(Self.boundary)\"") == Self.boundary)
        #expect(MultipartForm.boundary("application/x-www-form-urlencoded") == nil)
        // Broken framing is refused, never read past.
        for broken in [Array("--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nsin fin".utf8),
                       Array("nada".utf8), Array("--\(Self.boundary)X".utf8)] {
            #expect(MultipartForm.parse(broken, boundary: Self.boundary) == nil)
        }
        #expect(ArchiveRoutes.storedName("C:\\Users\\ana\\Resolución firmada.pdf") == "Resolución firmada.pdf")
        #expect(ArchiveRoutes.storedName("../../etc/passwd") == "passwd.pdf")
        #expect(ArchiveRoutes.storedName("") == "resolucion-firmada.pdf")
    }

    @Test func aSignedPDFIsArchivedAndTheArchiveVerified() async throws {
        let (root, workspace) = try VersionPagesTests.goreCopy()
        try await ServerFixture.application(root: root).test(.router) { client in
            let fields = [("csrf", ServerFixture.csrf), ("documento", "politica"), ("version", "3"), ("resolucion", "Res. Exenta N° 77")]
            let noToken = try await Self.post(client, Self.body(Array(fields.dropFirst()), file: ("firmada.pdf", Self.pdf)))
            #expect(noToken.status == .forbidden)
            let notPDF = try await Self.post(client, Self.body(fields, file: ("firmada.pdf", Array("hola".utf8))))
            #expect(notPDF.status == .unprocessableContent)
            #expect(HTMLQuery(ServerFixture.text(notPDF)).text("//p[@role='alert']") == "El archivo elegido no es un PDF.")
            let noFile = try await Self.post(client, Self.body(fields, file: nil))
            #expect(noFile.status == .unprocessableContent)
            let huge = try await Self.post(client, Self.body(fields, file: ("firmada.pdf", Self.pdf + [UInt8](repeating: 65, count: RequestBodyLimit.signedUploadBytes))))
            #expect(huge.status == .contentTooLarge)
            #expect(!FileManager.default.fileExists(atPath: workspace.appending(path: "archivo").path))

            let added = try await Self.post(client, Self.body(fields, file: ("Resolución firmada.pdf", Self.pdf)))
            #expect(added.status == .seeOther)
            #expect(added.headers[.location] == "\(VersionPagesTests.base)/archivo?agregada=1")
            let entry = try #require(try VersionArchive(workspace: workspace).list().first)
            #expect(entry.documento == "politica" && entry.version == "3" && entry.resolucion == "Res. Exenta N° 77")
            #expect(entry.archivos.contains { $0.rol == "firmado" && $0.nombre == "Resolución firmada.pdf" && $0.bytes == Self.pdf.count })
            #expect(entry.archivos.contains { $0.rol == "entrada" && $0.nombre == "politica.yaml" })
            let page = HTMLQuery(ServerFixture.text(try await VersionPagesTests.get(client, "\(VersionPagesTests.base)/archivo?agregada=1")))
            #expect(page.text("//p[@role='status' and not(@id)]") == "Archivado en la entrada 1.")
            #expect(page.text("//*[@id='estado-archivo']")?.hasPrefix("Archivo intacto") == true)
            // The test PDF carries no signature: the entry says so.
            #expect(page.text("//strong[@class='sin-firma']") == "No se encontró ninguna firma en el archivo archivado.")
            // The same bytes again: the existing entry, no second one.
            let again = try await Self.post(client, Self.body(fields, file: ("Resolución firmada.pdf", Self.pdf)))
            #expect(again.headers[.location] == "\(VersionPagesTests.base)/archivo?agregada=1")
            #expect(try VersionArchive(workspace: workspace).list().count == 1)
            VersionPagesTests.expectLabelled(page)
        }
    }
}
