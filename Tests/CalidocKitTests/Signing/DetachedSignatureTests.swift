import Foundation
import Testing
@testable import CalidocKit

/// CMS detached signatures, interoperable both ways with `openssl cms`, with a throw-away CA made
/// during the test (nothing real is committed).
@Suite struct DetachedSignatureTests {
    struct PKI {
        let folder: URL
        var ca: URL { folder.appending(path: "ca.pem") }
        var leaf: URL { folder.appending(path: "leaf.pem") }
        var key: URL { folder.appending(path: "leaf.key") }
    }

    static func makePKI(_ openssl: URL) throws -> PKI {
        let folder = try TestPaths.temporaryFolder()
        let path = { (name: String) in folder.appending(path: name).path }
        let steps: [[String]] = [
            ["ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", path("ca.key")],
            ["req", "-x509", "-new", "-key", path("ca.key"), "-subj", "/CN=CA de prueba", "-days", "30", "-out", path("ca.pem"),
             "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"],
            ["ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", path("leaf.key")],
            ["req", "-new", "-key", path("leaf.key"), "-subj", "/CN=Directora Nacional", "-out", path("leaf.csr")],
        ]
        for step in steps {
            let (status, output) = try ExternalTool.run(openssl, step)
            #expect(status == 0, "openssl \(step[0]): \(output)")
        }
        try Data("basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\n".utf8).write(to: folder.appending(path: "ext.cnf"))
        let (status, output) = try ExternalTool.run(openssl, [
            "x509", "-req", "-in", path("leaf.csr"), "-CA", path("ca.pem"), "-CAkey", path("ca.key"), "-CAcreateserial",
            "-days", "20", "-out", path("leaf.pem"), "-extfile", path("ext.cnf"),
        ])
        #expect(status == 0, "openssl x509: \(output)")
        return PKI(folder: folder)
    }

    static func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    @Test func interoperatesWithOpenSSLBothWays() throws {
        let openssl = try #require(ExternalTool.find("openssl"), "openssl is missing: run .ci/setup test")
        let pki = try Self.makePKI(openssl)
        let document = pki.folder.appending(path: "resolucion.pdf")
        try Data("%PDF-1.7 resolución firmada".utf8).write(to: document)
        let content = [UInt8](try Data(contentsOf: document))
        // openssl signs, calidoc verifies.
        let opensslSignature = pki.folder.appending(path: "openssl.p7s")
        let (signStatus, signOutput) = try ExternalTool.run(openssl, [
            "cms", "-sign", "-binary", "-in", document.path, "-signer", pki.leaf.path, "-inkey", pki.key.path,
            "-outform", "DER", "-out", opensslSignature.path, "-md", "sha256",
        ])
        #expect(signStatus == 0, "\(signOutput)")
        let signer = try DetachedSignature.verify(content, signature: [UInt8](try Data(contentsOf: opensslSignature)), trustRootsPEM: try Self.text(pki.ca))
        #expect(signer.signer.contains("Directora Nacional"))
        // calidoc signs, openssl verifies.
        let signature = try DetachedSignature.sign(content, certificatePEM: try Self.text(pki.leaf), privateKeyPEM: try Self.text(pki.key))
        let calidocSignature = pki.folder.appending(path: "calidoc.p7s")
        try Data(signature).write(to: calidocSignature)
        let (verifyStatus, verifyOutput) = try ExternalTool.run(openssl, [
            "cms", "-verify", "-binary", "-inform", "DER", "-in", calidocSignature.path, "-content", document.path,
            "-CAfile", pki.ca.path, "-out", "/dev/null",
        ])
        #expect(verifyStatus == 0, "openssl cms -verify: \(verifyOutput)")
        // A tampered file fails.
        var tampered = content
        tampered[0] ^= 0x20
        #expect(throws: SignatureError.self) {
            _ = try DetachedSignature.verify(tampered, signature: signature, trustRootsPEM: try Self.text(pki.ca))
        }
        // An untrusted root fails.
        let other = try Self.makePKI(openssl)
        #expect(throws: SignatureError.self) {
            _ = try DetachedSignature.verify(content, signature: signature, trustRootsPEM: try Self.text(other.ca))
        }
    }
}
