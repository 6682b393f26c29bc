import CalidocKit
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import CalidocServer

/// `calidoc serve --trust raices.pem`: the chain of a signed PDF uploaded to the Archivo is checked
/// with the institution's roots (PDF signed by pyHanko with a throw-away openssl CA); without roots
/// it is recorded as not checked, and the page says which.
@Suite struct ArchiveTrustTests {
    /// A CA, a signer, and a one-page PDF signed by it (PAdES); nil when a tool is missing.
    static func signedPDF() throws -> (pdf: [UInt8], roots: String, otherRoots: String)? {
        guard let openssl = ServerFixture.require("openssl"), let python = ServerFixture.require("python") else { return nil }
        let folder = FileManager.default.temporaryDirectory.appending(path: "calidoc-confianza-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = { (name: String) in folder.appending(path: name).path }
        try Data("basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\n".utf8).write(to: folder.appending(path: "ext.cnf"))
        let script = ServerFixture.repository.appending(path: "Tests/CalidocKitTests/Fixtures/pades/pades_fixture.py").path
        let steps: [(URL, [String])] = [
            (openssl, ["ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", path("ca.key")]),
            (openssl, ["req", "-x509", "-new", "-key", path("ca.key"), "-subj", "/CN=CA de prueba", "-days", "30", "-out", path("ca.pem"),
                       "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"]),
            (openssl, ["ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", path("otra.key")]),
            (openssl, ["req", "-x509", "-new", "-key", path("otra.key"), "-subj", "/CN=Otra CA", "-days", "30", "-out", path("otra.pem")]),
            (openssl, ["ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", path("leaf.key")]),
            (openssl, ["req", "-new", "-key", path("leaf.key"), "-subj", "/CN=Directora Nacional", "-out", path("leaf.csr")]),
            (openssl, ["x509", "-req", "-in", path("leaf.csr"), "-CA", path("ca.pem"), "-CAkey", path("ca.key"), "-CAcreateserial",
                       "-days", "20", "-out", path("leaf.pem"), "-extfile", path("ext.cnf")]),
            (python, [script, "blank", path("blank.pdf")]),
            (python, [script, "sign", path("blank.pdf"), path("firmada.pdf"), path("leaf.key"), path("leaf.pem"), path("ca.pem"), "Firma1", "pades"]),
        ]
        for (tool, arguments) in steps {
            let (status, output) = try ServerFixture.run(tool, arguments)
            try #require(status == 0, "\(tool.lastPathComponent) \(arguments.first ?? ""): \(output)")
        }
        return ([UInt8](try Data(contentsOf: folder.appending(path: "firmada.pdf"))),
                try String(contentsOf: folder.appending(path: "ca.pem"), encoding: .utf8),
                try String(contentsOf: folder.appending(path: "otra.pem"), encoding: .utf8))
    }

    static func upload(roots: String?, pdf: [UInt8]) async throws -> (ArchiveEntry, HTMLQuery) {
        let (root, workspace) = try VersionPagesTests.goreCopy()
        let count = try roots.map { try TrustRoots.count($0, name: "raices.pem") } ?? 0
        let state = ServerState(configuration: ServerConfiguration(folders: [root], port: ServerFixture.port, trustRootsPEM: roots, trustRootCount: count),
                                csrf: CSRFToken(value: ServerFixture.csrf))
        return try await Application(router: CalidocWebApp.router(state: state)).test(.router) { client in
            let form = HTMLQuery(ServerFixture.text(try await VersionPagesTests.get(client, "\(VersionPagesTests.base)/archivo")))
            let fields = [("csrf", ServerFixture.csrf), ("documento", "politica"), ("version", "3")]
            let added = try await ArchiveUploadTests.post(client, ArchiveUploadTests.body(fields, file: ("firmada.pdf", pdf)))
            #expect(added.status == .seeOther)
            return (try #require(try VersionArchive(workspace: workspace).list().first), form)
        }
    }

    @Test func theChainIsCheckedWithTheRootsTheServerWasStartedWith() async throws {
        guard let fixture = try Self.signedPDF() else { return }
        let (trusted, page) = try await Self.upload(roots: fixture.roots, pdf: fixture.pdf)
        #expect(trusted.firmas?.map(\.cadena) == ["confiable"], "\(String(describing: trusted.firmas))")
        #expect(trusted.firmas?.first?.valida == true)
        #expect(page.text("//p[@id='raices-confianza']")?.contains("el certificado raíz de confianza") == true)

        let (untrusted, _) = try await Self.upload(roots: fixture.otherRoots, pdf: fixture.pdf)
        #expect(untrusted.firmas?.map(\.cadena) == ["no confiable"])

        let (unchecked, plain) = try await Self.upload(roots: nil, pdf: fixture.pdf)
        #expect(unchecked.firmas?.map(\.cadena) == ["no verificada"] && unchecked.firmas?.first?.valida == true)
        #expect(plain.text("//p[@id='raices-confianza']")?.contains("sin certificados raíz") == true)
        #expect(plain.text("//pre/code") == "calidoc serve --trust raices.pem")
    }
}
