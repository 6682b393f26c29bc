import Foundation
import Testing
@testable import CalidocKit

/// pyHanko (from the venv) signs PDFs with RSA PKCS#1 v1.5, RSA-PSS and ECDSA P-256/384/521 keys and
/// SHA-256/384/512, and calidoc verifies each; a signature timestamp from a trusted TSA proves the
/// time an expired certificate was still valid, and the signer's own date never does.
@Suite struct PAdESInteropTests {
    /// Makes the PKI (Python `cryptography`, any validity period) and the signed PDFs (pyHanko).
    static let script = #"""
        import sys, datetime
        from cryptography import x509
        from cryptography.x509.oid import NameOID, ExtendedKeyUsageOID
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec, rsa

        utc = datetime.timezone.utc
        def when(text): return datetime.datetime.fromisoformat(text).replace(tzinfo=utc)
        def name(cn): return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])
        def save(path, key, cert):
            open(path + ".key", "wb").write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
            open(path + ".pem", "wb").write(cert.public_bytes(serialization.Encoding.PEM))
        def issue(key, cn, ca_key, ca_cn, start, end, ca=False, eku=None):
            builder = (x509.CertificateBuilder().subject_name(name(cn)).issuer_name(name(ca_cn)).public_key(key.public_key())
                       .serial_number(x509.random_serial_number()).not_valid_before(start).not_valid_after(end)
                       .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
            if ca:
                builder = builder.add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
            if eku:
                builder = builder.add_extension(x509.ExtendedKeyUsage([eku]), critical=True)
            return builder.sign(ca_key, hashes.SHA256())

        def pki(folder):
            now = datetime.datetime.now(utc)
            ca_key = ec.generate_private_key(ec.SECP256R1())
            save(folder + "/ca", ca_key, issue(ca_key, "Raiz PAdES", ca_key, "Raiz PAdES", when("2019-01-01"), when("2045-01-01"), ca=True))
            keys = {"RSA": rsa.generate_private_key(65537, 2048), "P-256": ec.generate_private_key(ec.SECP256R1()),
                    "P-384": ec.generate_private_key(ec.SECP384R1()), "P-521": ec.generate_private_key(ec.SECP521R1())}
            for label, key in keys.items():
                save(folder + "/" + label, key, issue(key, "Firmante " + label, ca_key, "Raiz PAdES", now - datetime.timedelta(days=1), now + datetime.timedelta(days=30)))
            old = ec.generate_private_key(ec.SECP256R1())
            save(folder + "/vencido", old, issue(old, "Firmante vencido", ca_key, "Raiz PAdES", when("2020-01-01"), when("2021-01-01")))
            tsa = rsa.generate_private_key(65537, 2048)
            save(folder + "/tsa", tsa, issue(tsa, "Sellado de tiempo", ca_key, "Raiz PAdES", when("2019-01-01"), when("2045-01-01"), eku=ExtendedKeyUsageOID.TIME_STAMPING))

        def sign(source, out, key, cert, chain, md, pss, stamp):
            from pyhanko.sign import signers
            from pyhanko.sign.fields import SigSeedSubFilter
            from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper
            from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
            from pyhanko.keys import load_cert_from_pemder, load_private_key_from_pemder
            signer = signers.SimpleSigner.load(key, cert, ca_chain_files=(chain,), prefer_pss=(pss == "pss"))
            stamper = None
            if stamp != "-":
                folder, moment = stamp.split("@")
                stamper = DummyTimeStamper(load_cert_from_pemder(folder + "/tsa.pem"), load_private_key_from_pemder(folder + "/tsa.key", None),
                                           fixed_dt=when(moment))
            meta = signers.PdfSignatureMetadata(field_name="Firma", md_algorithm=md, subfilter=SigSeedSubFilter.PADES)
            with open(source, "rb") as handle:
                writer = IncrementalPdfFileWriter(handle)
                with open(out, "wb") as target:
                    signers.sign_pdf(writer, meta, signer=signer, timestamper=stamper, output=target)

        if __name__ == "__main__":
            command, *arguments = sys.argv[1:]
            {"pki": pki, "sign": sign}[command](*arguments)
        """#

    struct Setup {
        let folder: URL
        let python: URL
        func run(_ arguments: [String]) throws {
            let (status, output) = try ExternalTool.run(python, [folder.appending(path: "pades_matrix.py").path] + arguments)
            try #require(status == 0, "pades_matrix.py \(arguments.first ?? ""): \(output)")
        }
        func path(_ name: String) -> String { folder.appending(path: name).path }
        func sign(_ label: String, md: String, pss: Bool = false, stamp: String? = nil, out: String) throws -> [UInt8] {
            try run(["sign", path("blank.pdf"), path(out), path("\(label).key"), path("\(label).pem"), path("ca.pem"), md, pss ? "pss" : "-",
                     stamp.map { "\(folder.path)@\($0)" } ?? "-"])
            return [UInt8](try Data(contentsOf: folder.appending(path: out)))
        }
        var roots: String { get throws { try String(contentsOf: folder.appending(path: "ca.pem"), encoding: .utf8) } }
    }

    static func setup() throws -> Setup {
        let python = try #require(ExternalTool.find("python"), "the venv's python (pyHanko) is missing: run .ci/setup test")
        let folder = try TestPaths.temporaryFolder()
        try Data(script.utf8).write(to: folder.appending(path: "pades_matrix.py"))
        let setup = Setup(folder: folder, python: python)
        try setup.run(["pki", folder.path])
        let blank = TestPaths.fixtures.appending(path: "pades/pades_fixture.py").path
        let (status, output) = try ExternalTool.run(python, [blank, "blank", setup.path("blank.pdf")])
        try #require(status == 0, "\(output)")
        return setup
    }

    @Test func pyHankoSignaturesOfEveryKeyAndDigestVerify() throws {
        let setup = try Self.setup()
        let roots = try setup.roots
        var cases: [(String, String, Bool)] = []
        for label in ["RSA", "P-256", "P-384", "P-521"] {
            for md in ["sha256", "sha384", "sha512"] { cases.append((label, md, false)) }
        }
        for md in ["sha256", "sha384", "sha512"] { cases.append(("RSA", md, true)) }
        for (label, md, pss) in cases {
            let name = "\(label)-\(md)\(pss ? "-pss" : "").pdf"
            let pdf = try setup.sign(label, md: md, pss: pss, out: name)
            let reports = try PDFSignatures.verify(pdf, trustRootsPEM: roots)
            #expect(reports.count == 1 && reports[0].isValid && reports[0].chainTrusted == true, "\(name): \(reports)")
            #expect(reports.first?.signer.contains("Firmante \(label)") == true, "\(name)")
            // archive add: the same verdict.
            let checks = try SignatureInspection.check([setup.folder.appending(path: name)], trustRootsPEM: roots)
            #expect(checks.map(\.valida) == [true], "\(name): \(checks)")
            var tampered = pdf
            tampered[200] ^= 0x01
            #expect(try PDFSignatures.verify(tampered, trustRootsPEM: roots).first?.isValid == false, "\(name)")
        }
    }

    @Test func aTrustedTimestampProvesTheTimeAndTheSignersDateDoesNot() throws {
        let setup = try Self.setup()
        let roots = try setup.roots
        // An expired certificate, stamped by the TSA in 2020 (while it was valid): valid, at that time.
        let stamped = try setup.sign("vencido", md: "sha256", stamp: "2020-06-01T12:00:00", out: "sellado.pdf")
        let report = try #require(try PDFSignatures.verify(stamped, trustRootsPEM: roots).first)
        #expect(report.isValid && report.chainTrusted == true, "\(report)")
        #expect(report.provenTime == "2020-06-01T12:00:00Z")
        #expect(report.lines(.es).contains("  hora probada por un sello de tiempo confiable: 2020-06-01T12:00:00Z"))
        #expect(try SignatureInspection.check([setup.folder.appending(path: "sellado.pdf")], trustRootsPEM: roots).map(\.valida) == [true])
        // The same certificate without a timestamp: only the signer's date, so not valid.
        let unstamped = try setup.sign("vencido", md: "sha256", out: "sin-sello.pdf")
        let refused = try #require(try PDFSignatures.verify(unstamped, trustRootsPEM: roots).first)
        #expect(!refused.isValid && refused.chainTrusted == false)
        #expect(refused.chainFailure?.es.hasPrefix("el certificado del firmante no está vigente") == true)
        #expect(try SignatureInspection.check([setup.folder.appending(path: "sin-sello.pdf")], trustRootsPEM: roots).map(\.valida) == [false])
        // A timestamp after the certificate expired proves nothing useful.
        let late = try setup.sign("vencido", md: "sha256", stamp: "2023-06-01T12:00:00", out: "tarde.pdf")
        #expect(try PDFSignatures.verify(late, trustRootsPEM: roots).first?.isValid == false)
    }
}
