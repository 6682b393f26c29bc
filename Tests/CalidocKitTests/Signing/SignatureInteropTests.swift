import Crypto
import Foundation
import SwiftASN1
import Testing
@_spi(CMS) import X509
@testable import CalidocKit

/// The interop matrix: openssl signs with RSA (rsaEncryption, as OpenSSL, Adobe and national
/// e-signature services write it; and RSA-PSS) and ECDSA P-256/384/521, with SHA-256/384/512, and
/// calidoc verifies; calidoc signs with RSA and ECDSA and openssl verifies. One trust policy for
/// `verify` and `archive add`; `sign` refuses a foreign key and a certificate not valid today.
@Suite struct SignatureInteropTests {
    static func openssl() throws -> URL {
        try #require(ExternalTool.find("openssl"), "openssl is missing: run .ci/setup test")
    }

    /// A throw-away CA with RSA, P-256, P-384 and P-521 signers.
    static func makeSigners() throws -> (pki: DetachedSignatureTests.PKI, keys: [String: (cert: URL, key: URL)]) {
        let openssl = try openssl()
        let pki = try DetachedSignatureTests.makePKI(openssl)
        let path = { (name: String) in pki.folder.appending(path: name).path }
        var keys: [String: (cert: URL, key: URL)] = ["P-256": (pki.leaf, pki.key)]
        for (name, generate) in [("RSA", ["genrsa", "-out", path("RSA.key"), "2048"]),
                                 ("P-384", ["ecparam", "-name", "secp384r1", "-genkey", "-noout", "-out", path("P-384.key")]),
                                 ("P-521", ["ecparam", "-name", "secp521r1", "-genkey", "-noout", "-out", path("P-521.key")])] {
            for step in [generate,
                         ["req", "-new", "-key", path("\(name).key"), "-subj", "/CN=Firmante \(name)", "-out", path("\(name).csr")],
                         ["x509", "-req", "-in", path("\(name).csr"), "-CA", path("ca.pem"), "-CAkey", path("ca.key"), "-CAcreateserial",
                          "-days", "20", "-out", path("\(name).pem"), "-extfile", path("ext.cnf")]] {
                let (status, output) = try ExternalTool.run(openssl, step)
                try #require(status == 0, "openssl \(step[0]): \(output)")
            }
            keys[name] = (pki.folder.appending(path: "\(name).pem"), pki.folder.appending(path: "\(name).key"))
        }
        return (pki, keys)
    }

    @Test func opensslSignaturesOfEveryKindVerifyAndCalidocSignaturesVerifyInOpenSSL() throws {
        let openssl = try Self.openssl()
        let (pki, keys) = try Self.makeSigners()
        let roots = try String(contentsOf: pki.ca, encoding: .utf8)
        let document = pki.folder.appending(path: "resolucion.pdf")
        try Data("%PDF-1.7 resolución firmada".utf8).write(to: document)
        let content = [UInt8](try Data(contentsOf: document))
        var cases: [(String, [String])] = []
        for name in keys.keys.sorted() {
            for digest in ["sha256", "sha384", "sha512"] { cases.append(("\(name) \(digest)", [name, "-md", digest])) }
        }
        for digest in ["sha256", "sha384", "sha512"] {
            cases.append(("RSA-PSS \(digest)", ["RSA", "-md", digest, "-keyopt", "rsa_padding_mode:pss", "-keyopt", "rsa_pss_saltlen:digest"]))
            // OpenSSL's own default salt (the longest the key allows), as most PSS signers write it.
            cases.append(("RSA-PSS \(digest) max", ["RSA", "-md", digest, "-keyopt", "rsa_padding_mode:pss"]))
            cases.append(("RSA-PSS \(digest) 0", ["RSA", "-md", digest, "-keyopt", "rsa_padding_mode:pss", "-keyopt", "rsa_pss_saltlen:0"]))
        }
        for (label, arguments) in cases {
            let (cert, key) = try #require(keys[arguments[0]])
            // Named as signers deliver it: next to the signed file, with `.p7s` added.
            let signature = URL(fileURLWithPath: document.path + ".p7s")
            let (status, output) = try ExternalTool.run(openssl, [
                "cms", "-sign", "-binary", "-in", document.path, "-signer", cert.path, "-inkey", key.path,
                "-outform", "DER", "-out", signature.path] + arguments.dropFirst())
            try #require(status == 0, "openssl cms -sign \(label): \(output)")
            let bytes = [UInt8](try Data(contentsOf: signature))
            let report = try DetachedSignature.verify(content, signature: bytes, trustRootsPEM: roots)
            #expect(report.signer.contains(arguments[0] == "P-256" ? "Directora Nacional" : "Firmante \(arguments[0])"), "\(label)")
            #expect(report.declaredTime != nil && report.provenTime == nil, "\(label)")
            // archive add gives the same verdict for the same file.
            let checks = try SignatureInspection.check([document, signature], trustRootsPEM: roots)
            #expect(checks.map(\.valida) == [true] && checks.first?.cadena == "confiable", "\(label): \(checks)")
            var tampered = content
            tampered[5] ^= 0x01
            #expect(throws: SignatureError.self, "\(label)") { _ = try DetachedSignature.verify(tampered, signature: bytes, trustRootsPEM: roots) }
        }
        // calidoc signs with RSA, P-256, P-384 and P-521; openssl verifies.
        for name in keys.keys.sorted() {
            let (cert, key) = try #require(keys[name])
            let signature = try DetachedSignature.sign(content, certificatePEM: try String(contentsOf: cert, encoding: .utf8),
                                                       privateKeyPEM: try String(contentsOf: key, encoding: .utf8))
            let output = pki.folder.appending(path: "calidoc-\(name).p7s")
            try Data(signature).write(to: output)
            let (status, text) = try ExternalTool.run(openssl, [
                "cms", "-verify", "-binary", "-inform", "DER", "-in", output.path, "-content", document.path, "-CAfile", pki.ca.path, "-out", "/dev/null",
            ])
            #expect(status == 0, "openssl cms -verify of calidoc's \(name) signature: \(text)")
            #expect(try DetachedSignature.verify(content, signature: signature, trustRootsPEM: roots).signer.isEmpty == false)
        }
    }

    /// calidoc's verdict is openssl's: valid, modified file, foreign root, expired certificate with a
    /// back-dated signature.
    @Test func calidocAndOpenSSLGiveTheSameVerdict() throws {
        let openssl = try Self.openssl()
        let (pki, keys) = try Self.makeSigners()
        let other = try DetachedSignatureTests.makePKI(openssl)
        let folder = pki.folder
        let document = folder.appending(path: "acta.pdf")
        try Data("%PDF-1.7 acta del Comité".utf8).write(to: document)
        let (cert, key) = try #require(keys["RSA"])
        let (status, output) = try ExternalTool.run(openssl, ["cms", "-sign", "-binary", "-in", document.path, "-signer", cert.path,
                                                              "-inkey", key.path, "-outform", "DER", "-out", document.path + ".p7s"])
        try #require(status == 0, "\(output)")
        let modified = folder.appending(path: "acta-modificada.pdf")
        try Data("%PDF-1.7 acta del Comite".utf8).write(to: modified)
        // An expired certificate with a back-dated signing time, from a CA made in process.
        let made = try MadePKI()
        let oldKey = P256.Signing.PrivateKey()
        let expired = try made.leaf(oldKey, from: Date(timeIntervalSince1970: 1_577_836_800), until: Date(timeIntervalSince1970: 1_609_459_200))
        let backDated = try CMS.sign([UInt8](try Data(contentsOf: document)), signatureAlgorithm: .ecdsaWithSHA256, certificate: expired,
                                     privateKey: .init(oldKey), signingTime: Date(timeIntervalSince1970: 1_590_000_000), detached: true)
        try Data(backDated).write(to: folder.appending(path: "vencida.p7s"))
        try Data(try made.rootsPEM.utf8).write(to: folder.appending(path: "raiz-en-proceso.pem"))
        let cases: [(String, URL, String, URL)] = [
            ("válida", document, document.path + ".p7s", pki.ca),
            ("archivo modificado", modified, document.path + ".p7s", pki.ca),
            ("raíz ajena", document, document.path + ".p7s", other.ca),
            ("certificado vencido, fecha declarada anterior", document, folder.appending(path: "vencida.p7s").path,
             folder.appending(path: "raiz-en-proceso.pem")),
        ]
        for (name, content, signature, roots) in cases {
            let (opensslStatus, _) = try ExternalTool.run(openssl, ["cms", "-verify", "-binary", "-inform", "DER", "-in", signature,
                                                                    "-content", content.path, "-CAfile", roots.path, "-out", "/dev/null"])
            let calidoc = (try? DetachedSignature.verify([UInt8](try Data(contentsOf: content)), signature: [UInt8](try Data(contentsOf: URL(fileURLWithPath: signature))),
                                                         trustRootsPEM: try String(contentsOf: roots, encoding: .utf8))) != nil
            #expect(calidoc == (opensslStatus == 0), "\(name): calidoc \(calidoc), openssl \(opensslStatus)")
            #expect(calidoc == (name == "válida"), "\(name)")
        }
    }

    /// A CA and certificates made in process, with any validity period.
    struct MadePKI {
        let caKey = P256.Signing.PrivateKey()
        let caName = try! DistinguishedName { CommonName("CA de prueba en proceso") }
        var ca: Certificate

        init() throws {
            let key = Certificate.PrivateKey(caKey)
            ca = try Certificate(version: .v3, serialNumber: .init(), publicKey: key.publicKey,
                                 notValidBefore: Date().addingTimeInterval(-86400 * 4000), notValidAfter: Date().addingTimeInterval(86400 * 400),
                                 issuer: caName, subject: caName, signatureAlgorithm: .ecdsaWithSHA256,
                                 extensions: try Certificate.Extensions { Critical(BasicConstraints.isCertificateAuthority(maxPathLength: nil)); Critical(KeyUsage(keyCertSign: true)) },
                                 issuerPrivateKey: key)
        }

        func leaf(_ key: P256.Signing.PrivateKey, from: Date, until: Date) throws -> Certificate {
            try Certificate(version: .v3, serialNumber: .init(), publicKey: .init(key.publicKey), notValidBefore: from, notValidAfter: until,
                            issuer: caName, subject: try DistinguishedName { CommonName("Firmante con certificado vencido") },
                            signatureAlgorithm: .ecdsaWithSHA256,
                            extensions: try Certificate.Extensions { Critical(KeyUsage(digitalSignature: true)) },
                            issuerPrivateKey: .init(caKey))
        }

        var rootsPEM: String { get throws { try ca.serializeAsPEM().pemString } }
    }

    /// An expired certificate with a back-dated `signingTime`: `verify` and `archive add` both say
    /// not trusted (the signer's own date proves nothing); the declared date is reported.
    @Test func backDatedSignatureWithExpiredCertificateGetsOneVerdict() throws {
        let pki = try MadePKI()
        let key = P256.Signing.PrivateKey()
        let expired = try pki.leaf(key, from: Date(timeIntervalSince1970: 1_577_836_800), until: Date(timeIntervalSince1970: 1_609_459_200))
        let content = Array("%PDF-1.7 resolución de 2020".utf8)
        let signature = try CMS.sign(content, signatureAlgorithm: .ecdsaWithSHA256, certificate: expired, privateKey: .init(key),
                                     signingTime: Date(timeIntervalSince1970: 1_590_000_000), detached: true)
        let roots = try pki.rootsPEM
        #expect(throws: SignatureError.self) { _ = try DetachedSignature.verify(content, signature: signature, trustRootsPEM: roots) }
        do {
            _ = try DetachedSignature.verify(content, signature: signature, trustRootsPEM: roots)
        } catch let error as SignatureError {
            #expect(error.message(.es).hasPrefix("La firma no es válida: el certificado del firmante no está vigente"))
        }
        let folder = try TestPaths.temporaryFolder()
        try Data(content).write(to: folder.appending(path: "resolucion.pdf"))
        try Data(signature).write(to: folder.appending(path: "resolucion.pdf.p7s"))
        let checks = try SignatureInspection.check([folder.appending(path: "resolucion.pdf.p7s")], trustRootsPEM: roots)
        #expect(checks.map(\.valida) == [false] && checks.first?.cadena == "no confiable")
        #expect(checks.first?.fechaFirma == "2020-05-20T18:40:00Z")
        // The same signer with a certificate valid today: both accept.
        let valid = try pki.leaf(key, from: Date().addingTimeInterval(-3600), until: Date().addingTimeInterval(86400))
        let fresh = try CMS.sign(content, signatureAlgorithm: .ecdsaWithSHA256, certificate: valid, privateKey: .init(key), signingTime: Date(), detached: true)
        #expect(try DetachedSignature.verify(content, signature: fresh, trustRootsPEM: roots).signer.contains("vencido"))
        try Data(fresh).write(to: folder.appending(path: "resolucion.pdf.p7s"))
        #expect(try SignatureInspection.check([folder.appending(path: "resolucion.pdf.p7s")], trustRootsPEM: roots).map(\.valida) == [true])
    }

    @Test func signRefusesAForeignKeyAndACertificateNotValidToday() throws {
        let pki = try MadePKI()
        let key = P256.Signing.PrivateKey()
        let valid = try pki.leaf(key, from: Date().addingTimeInterval(-3600), until: Date().addingTimeInterval(86400))
        let expired = try pki.leaf(key, from: Date(timeIntervalSince1970: 1_577_836_800), until: Date(timeIntervalSince1970: 1_609_459_200))
        let keyPEM = try Certificate.PrivateKey(key).serializeAsPEM().pemString
        let otherPEM = try Certificate.PrivateKey(P256.Signing.PrivateKey()).serializeAsPEM().pemString
        let content = Array("hola".utf8)
        #expect(throws: SignatureError.keyDoesNotMatchCertificate) {
            _ = try DetachedSignature.sign(content, certificatePEM: try valid.serializeAsPEM().pemString, privateKeyPEM: otherPEM)
        }
        #expect(throws: SignatureError.certificateNotValidNow(from: "2020-01-01", until: "2021-01-01")) {
            _ = try DetachedSignature.sign(content, certificatePEM: try expired.serializeAsPEM().pemString, privateKeyPEM: keyPEM)
        }
        #expect(SignatureError.keyDoesNotMatchCertificate.message(.es)
            == "La clave privada no corresponde al certificado. Use la clave con la que se emitió ese certificado.")
        #expect(SignatureError.certificateNotValidNow(from: "2020-01-01", until: "2021-01-01").message(.es)
            == "El certificado no está vigente hoy (vale del 2020-01-01 al 2021-01-01). Firme con un certificado vigente.")
        #expect(try !DetachedSignature.sign(content, certificatePEM: try valid.serializeAsPEM().pemString, privateKeyPEM: keyPEM).isEmpty)
    }
}
