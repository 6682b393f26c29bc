import Foundation
import Testing
@testable import CalidocKit

/// Signed PDFs made during the test with pyHanko (PyPI) and a throw-away openssl CA: valid
/// signatures are accepted, and every kind of damage is named.
@Suite struct PDFSignatureTests {
    /// A throw-away CA, an ECDSA signer, an RSA signer, and PDFs signed by them.
    struct Fixture {
        let pki: DetachedSignatureTests.PKI
        let python: URL
        var folder: URL { pki.folder }
        var rsaKey: URL { folder.appending(path: "rsa.key") }
        var rsaCert: URL { folder.appending(path: "rsa.pem") }

        static func make() throws -> Fixture? {
            // A missing checker fails the test (it never passes by skipping).
            let openssl = try #require(ExternalTool.find("openssl"), "openssl is missing: run .ci/setup test")
            let python = try #require(ExternalTool.find("python"), "the venv's python (pyHanko) is missing: run .ci/setup test")
            let pki = try DetachedSignatureTests.makePKI(openssl)
            let path = { (name: String) in pki.folder.appending(path: name).path }
            for step in [
                ["genrsa", "-out", path("rsa.key"), "2048"],
                ["req", "-new", "-key", path("rsa.key"), "-subj", "/CN=Jefe de Servicio RSA", "-out", path("rsa.csr")],
                ["x509", "-req", "-in", path("rsa.csr"), "-CA", path("ca.pem"), "-CAkey", path("ca.key"), "-CAcreateserial",
                 "-days", "20", "-out", path("rsa.pem"), "-extfile", path("ext.cnf")],
            ] {
                let (status, output) = try ExternalTool.run(openssl, step)
                try #require(status == 0, "openssl \(step[0]): \(output)")
            }
            let fixture = Fixture(pki: pki, python: python)
            try fixture.script(["blank", path("blank.pdf")])
            return fixture
        }

        func script(_ arguments: [String]) throws {
            let script = TestPaths.fixtures.appending(path: "pades/pades_fixture.py").path
            let (status, output) = try ExternalTool.run(python, [script] + arguments)
            try #require(status == 0, "pades_fixture.py \(arguments.first ?? ""): \(output)")
        }

        /// Signs `source` into `target` (ECDSA with PAdES, or RSA with adbe.pkcs7.detached).
        func sign(_ source: String, _ target: String, rsa: Bool = false, field: String = "Firma1") throws -> [UInt8] {
            let path = { (name: String) in folder.appending(path: name).path }
            try script(["sign", path(source), path(target), rsa ? rsaKey.path : pki.key.path, rsa ? rsaCert.path : pki.leaf.path,
                        pki.ca.path, field, rsa ? "pkcs7" : "pades"])
            return try bytes(target)
        }

        func bytes(_ name: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: folder.appending(path: name))) }
        func roots() throws -> String { try String(contentsOf: pki.ca, encoding: .utf8) }
    }

    @Test func validSignaturesAreAcceptedWithSignerTimeAndChain() throws {
        guard let fixture = try Fixture.make() else { return }
        let signed = try fixture.sign("blank.pdf", "signed.pdf")
        let reports = try PDFSignatures.verify(signed, trustRootsPEM: try fixture.roots())
        try #require(reports.count == 1)
        #expect(reports[0].isValid, "\(reports[0])")
        #expect(reports[0].signer.contains("Directora Nacional"))
        #expect(reports[0].subFilter == "ETSI.CAdES.detached")
        #expect(reports[0].reason == "Aprobación de la Política de Calidad de Servicio")
        #expect(reports[0].bytesAfter == 0)
        #expect(reports[0].chainTrusted == true)
        let time = try #require(reports[0].signingTime.flatMap { ISO8601DateFormatter().date(from: $0) })
        #expect(abs(time.timeIntervalSinceNow) < 600)
        // A second signer (RSA, adbe.pkcs7.detached) in an incremental update: both hold, and the
        // bytes added after the first are covered by the second.
        let twice = try fixture.sign("signed.pdf", "twice.pdf", rsa: true, field: "Firma2")
        let both = try PDFSignatures.verify(twice, trustRootsPEM: try fixture.roots())
        #expect(both.map(\.isValid) == [true, true])
        #expect(both[1].signer.contains("Jefe de Servicio RSA"))
        #expect(both[1].subFilter == "adbe.pkcs7.detached")
        #expect(both[0].bytesAfter > 0 && both[0].laterBytesSigned)
        #expect(both[1].bytesAfter == 0)
        // Without roots the chain is reported as not checked, and the signatures still hold.
        #expect(try PDFSignatures.verify(twice).allSatisfy { $0.isValid && $0.chainTrusted == nil })
    }

    @Test func tamperedCopiesFailAndSayWhy() throws {
        guard let fixture = try Fixture.make() else { return }
        let signed = try fixture.sign("blank.pdf", "signed.pdf")
        // One byte of the signed content.
        var tampered = signed
        let text = try #require(PDFBytes.find(Array("Resolucion".utf8), in: tampered, from: 0))
        tampered[text] ^= 0x01
        let content = try #require(try PDFSignatures.verify(tampered).first)
        #expect(!content.isValid)
        #expect(content.failure?.es.contains("modificado") == true)
        #expect(content.failure?.en.contains("modified") == true)
        // One byte of the signature value itself (inside /Contents).
        var forged = signed
        let field = try #require(PDFSignatureField.scan(signed).first)
        let envelope = try CMSEnvelope(der: field.contents)
        let hex = Array(envelope.signature.map { String(format: "%02x", $0) }.joined().utf8)
        let value = try #require(PDFBytes.find(hex, in: forged, from: field.byteRange[1]) ?? PDFBytes.find(Array(String(decoding: hex, as: UTF8.self).uppercased().utf8), in: forged, from: field.byteRange[1]))
        let middle = value + hex.count / 2
        forged[middle] = forged[middle] == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0")
        let forgedReport = try #require(try PDFSignatures.verify(forged).first)
        #expect(!forgedReport.isValid)
        #expect(forgedReport.failure?.en.contains("signature") == true, "\(String(describing: forgedReport.failure))")
        // A /ByteRange that leaves a gap other than /Contents.
        var shifted = signed
        let range = try #require(PDFBytes.find(Array("/ByteRange [0 ".utf8), in: shifted, from: 0)) + 14
        let digits = Array(String(field.byteRange[1]).utf8)
        let smaller = Array(String(field.byteRange[1] - 3).utf8)
        shifted.replaceSubrange(range..<(range + digits.count), with: smaller + Array(repeating: UInt8(ascii: " "), count: digits.count - smaller.count))
        let gap = try #require(try PDFSignatures.verify(shifted).first)
        #expect(!gap.isValid)
        #expect(gap.failure?.es.contains("/ByteRange") == true)
        // An incremental update after signing: the signature holds but the document was modified.
        try fixture.script(["update", fixture.folder.appending(path: "signed.pdf").path, fixture.folder.appending(path: "updated.pdf").path])
        let updated = try #require(try PDFSignatures.verify(try fixture.bytes("updated.pdf")).first)
        #expect(updated.failure == nil)
        #expect(updated.bytesAfter > 0 && !updated.laterBytesSigned && !updated.isValid)
        #expect(updated.lines(.es).contains { $0.contains("modificado después de firmar") })
        // Roots that did not issue the signer's certificate.
        let other = try DetachedSignatureTests.makePKI(try #require(ExternalTool.find("openssl")))
        let untrusted = try #require(try PDFSignatures.verify(signed, trustRootsPEM: try String(contentsOf: other.ca, encoding: .utf8)).first)
        #expect(untrusted.chainTrusted == false && !untrusted.isValid)
    }

    @Test func unsignedOrNonPDFFilesAreClearErrors() throws {
        let blank = Array("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".utf8)
        #expect(PDFSignatures.isPDF(blank))
        #expect(!PDFSignatures.isPDF(Array("hola".utf8)))
        #expect(throws: SignatureError.unsigned) { try PDFSignatures.verify(blank) }
        // A /ByteRange whose numbers run past the file is reported, not trusted, and does not crash.
        let broken = Array("%PDF-1.7\n1 0 obj << /Type /Sig /ByteRange [0 10 99999 5] /Contents <3000> >> endobj\n".utf8)
        let report = try #require(try PDFSignatures.verify(broken).first)
        #expect(!report.isValid)
        #expect(report.failure?.es.contains("no cabe") == true)
    }

    /// The real flow: calidoc's PDF/A (through LibreOffice: cross-reference and object streams),
    /// signed by pyHanko as FirmaGob would, verifies; a byte changed in its text does not.
    @Test func signedPDFAFromLibreOfficeVerifies() throws {
        _ = try #require(ExternalTool.find("soffice"), "LibreOffice is missing: run .ci/setup test")
        guard let fixture = try Fixture.make() else { return }
        var request = BuildPipeline.Request(workspace: TestPaths.servicio, formats: [.pdf], outputRoot: try TestPaths.temporaryFolder())
        request.pdfA = true
        let pdf = try #require(try BuildPipeline().run(request).written.first { $0.lastPathComponent == "resolucion.pdf" })
        try FileManager.default.copyItem(at: pdf, to: fixture.folder.appending(path: "resolucion.pdf"))
        let signed = try fixture.sign("resolucion.pdf", "resolucion-firmada.pdf")
        let report = try #require(try PDFSignatures.verify(signed, trustRootsPEM: try fixture.roots()).first)
        #expect(report.isValid, "\(report)")
        #expect(report.bytesAfter == 0 && report.chainTrusted == true)
        var tampered = signed
        let field = try #require(PDFSignatureField.scan(signed).first)
        tampered[field.byteRange[1] / 2] ^= 0x01
        #expect(try PDFSignatures.verify(tampered).first?.isValid == false)
    }

    @Test func pdfDatesBecomeISO8601() {
        #expect(PDFSignatures.pdfDate("D:20261123154500-03'00'") == "2026-11-23T15:45:00-03:00")
        #expect(PDFSignatures.pdfDate("D:20261123154500Z") == "2026-11-23T15:45:00Z")
        #expect(PDFSignatures.pdfDate("ayer") == "ayer")
    }

    @Test func archiveAddRecordsTheSignatureChecks() throws {
        guard let fixture = try Fixture.make() else { return }
        _ = try fixture.sign("blank.pdf", "signed.pdf")
        try fixture.script(["update", fixture.folder.appending(path: "signed.pdf").path, fixture.folder.appending(path: "updated.pdf").path])
        let archive = VersionArchive(folder: try TestPaths.temporaryFolder())
        for (name, version) in [("signed.pdf", "3"), ("updated.pdf", "3b")] {
            let file = fixture.folder.appending(path: name)
            let checks = try SignatureInspection.check([file], trustRootsPEM: try fixture.roots())
            _ = try archive.add(signed: [file], details: .init(document: "politica", version: version, signatureChecks: checks))
        }
        let entries = try archive.list()
        #expect(entries[0].firmas?.map(\.valida) == [true])
        #expect(entries[0].firmas?.first?.cadena == "confiable")
        #expect(entries[0].firmas?.first?.firmante.contains("Directora Nacional") == true)
        #expect(entries[1].firmas?.map(\.valida) == [false])
        #expect(entries[1].firmas?.first?.detalle?.contains("modificado después de firmar") == true)
        #expect(try archive.verify().isIntact)
        // A detached .p7s made by openssl is checked against the file next to it.
        let openssl = try #require(ExternalTool.find("openssl"))
        let document = fixture.folder.appending(path: "blank.pdf")
        let (status, output) = try ExternalTool.run(openssl, [
            "cms", "-sign", "-binary", "-in", document.path, "-signer", fixture.pki.leaf.path, "-inkey", fixture.pki.key.path,
            "-outform", "DER", "-out", document.path + ".p7s", "-md", "sha256",
        ])
        try #require(status == 0, "\(output)")
        let detached = try SignatureInspection.check([document, URL(fileURLWithPath: document.path + ".p7s")], trustRootsPEM: try fixture.roots())
        #expect(detached.map(\.tipo) == ["cms"])
        #expect(detached.first?.valida == true)
    }
}
