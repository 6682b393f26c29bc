import Foundation
import Testing
@testable import CalidocKit

/// RFC 3161 timestamps over the archive head, made by a throw-away TSA run with `openssl ts`
/// during the test, and checked both by calidoc and by `openssl ts -verify`.
@Suite struct ArchiveTimestampTests {
    @Test func anOpenSSLTimestampOverTheHeadIsVerified() throws {
        let openssl = try #require(ExternalTool.find("openssl"), "openssl is missing: run .ci/setup test")
        let pki = try DetachedSignatureTests.makePKI(openssl)
        let path = { (name: String) in pki.folder.appending(path: name).path }
        try Data("extendedKeyUsage=critical,timeStamping\nkeyUsage=critical,digitalSignature\n".utf8).write(to: pki.folder.appending(path: "tsa.ext"))
        try Data("""
            [ tsa ]
            default_tsa = calidoc
            [ calidoc ]
            dir = \(pki.folder.path)
            serial = $dir/tsa.serial
            signer_cert = $dir/tsa.pem
            signer_key = $dir/tsa.key
            signer_digest = sha256
            default_policy = 1.2.3.4.1
            digests = sha256, sha384, sha512
            accuracy = secs:1
            ess_cert_id_alg = sha256
            crypto_device = builtin
            """.utf8).write(to: pki.folder.appending(path: "tsa.cnf"))
        try Data("01\n".utf8).write(to: pki.folder.appending(path: "tsa.serial"))
        for step in [["ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", path("tsa.key")],
                     ["req", "-new", "-key", path("tsa.key"), "-subj", "/CN=Sellado de tiempo de prueba", "-out", path("tsa.csr")],
                     ["x509", "-req", "-in", path("tsa.csr"), "-CA", path("ca.pem"), "-CAkey", path("ca.key"), "-CAcreateserial",
                      "-days", "20", "-out", path("tsa.pem"), "-extfile", path("tsa.ext")]] {
            let (status, output) = try ExternalTool.run(openssl, step)
            try #require(status == 0, "openssl \(step[0]): \(output)")
        }
        // An archive of two entries.
        let workspace = try VersionArchiveTests.workspace()
        let archive = try VersionArchive(workspace: workspace)
        _ = try VersionArchiveTests.add(archive, workspace)
        let head = try archive.head()
        func stamp(_ digest: String, _ name: String) throws -> [UInt8] {
            for step in [["ts", "-query", "-digest", digest, "-sha256", "-cert", "-out", path("\(name).tsq")],
                         ["ts", "-reply", "-queryfile", path("\(name).tsq"), "-config", path("tsa.cnf"), "-out", path("\(name).tsr")]] {
                let (status, output) = try ExternalTool.run(openssl, step)
                try #require(status == 0, "openssl \(step[1]): \(output)")
            }
            return [UInt8](try Data(contentsOf: pki.folder.appending(path: "\(name).tsr")))
        }
        let reply = try stamp(head.cabeza, "cabeza")
        // openssl agrees the reply stamps that head.
        let (status, output) = try ExternalTool.run(openssl, ["ts", "-verify", "-in", path("cabeza.tsr"), "-digest", head.cabeza, "-CAfile", path("ca.pem")])
        #expect(status == 0, "openssl ts -verify: \(output)")
        try Data("%PDF otra".utf8).write(to: workspace.appending(path: "v2.pdf"))
        _ = try VersionArchiveTests.add(archive, workspace, file: "v2.pdf", version: "2")
        let report = try archive.verify()
        let roots = try String(contentsOf: pki.ca, encoding: .utf8)
        let check = try ArchiveTimestampCheck(token: reply, file: "cabeza.tsr", entries: report, archive: archive, trustRootsPEM: roots)
        #expect(check.failure == nil, "\(String(describing: check.failure))")
        #expect(check.summary.es.hasPrefix("sello de tiempo «cabeza.tsr»: la cabeza 1:\(head.cabeza.prefix(12))… existía el "))
        // A stamp of another hash proves nothing about this archive; a foreign root is not trusted.
        let other = try stamp(String(repeating: "ab", count: 32), "otra")
        let foreign = try ArchiveTimestampCheck(token: other, file: "otra.tsr", entries: report, archive: archive, trustRootsPEM: roots)
        #expect(foreign.failure?.es == "el sello de tiempo «otra.tsr» no sella ninguna cabeza de este archivo (la cadena fue reescrita o es otro archivo)")
        let otherPKI = try DetachedSignatureTests.makePKI(openssl)
        let untrusted = try ArchiveTimestampCheck(token: reply, file: "cabeza.tsr", entries: report, archive: archive,
                                                  trustRootsPEM: try String(contentsOf: otherPKI.ca, encoding: .utf8))
        #expect(untrusted.failure?.es.hasPrefix("el sello de tiempo «cabeza.tsr» no es confiable") == true)
        // The anchor line as printed by `archive anchor`, stamped as data with SHA-384, proves the same head.
        try Data("\(head.anchorText)\n".utf8).write(to: pki.folder.appending(path: "cabeza.txt"))
        for step in [["ts", "-query", "-data", path("cabeza.txt"), "-sha384", "-cert", "-out", path("linea.tsq")],
                     ["ts", "-reply", "-queryfile", path("linea.tsq"), "-config", path("tsa.cnf"), "-out", path("linea.tsr")]] {
            let (status, output) = try ExternalTool.run(openssl, step)
            try #require(status == 0, "openssl \(step[1]): \(output)")
        }
        let line = try ArchiveTimestampCheck(token: [UInt8](try Data(contentsOf: pki.folder.appending(path: "linea.tsr"))), file: "linea.tsr",
                                             entries: report, archive: archive, trustRootsPEM: roots)
        #expect(line.failure == nil && line.summary.es.contains("la cabeza 1:"), "\(line.summary.es)")
        // The command: `archive verify --timestamp` prints what the reply proves, and fails on a foreign one.
        let binary = try #require([URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appending(path: "calidoc"),
                                   TestPaths.repository.appending(path: ".build/debug/calidoc")]
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }, "calidoc binary not built")
        let (passed, text) = try ExternalTool.run(binary, ["archive", "verify", "--workspace", workspace.path,
                                                          "--timestamp", path("cabeza.tsr"), "--trust", path("ca.pem")])
        #expect(passed == 0 && text.contains("sello de tiempo «\(path("cabeza.tsr"))»: la cabeza 1:\(head.cabeza.prefix(12))… existía el "), "\(text)")
        let (failed, refusal) = try ExternalTool.run(binary, ["archive", "verify", "--workspace", workspace.path,
                                                             "--timestamp", path("otra.tsr"), "--trust", path("ca.pem"), "--lang", "en"])
        #expect(failed == 1 && refusal.contains("stamps no head of this archive"), "\(refusal)")
        // The token itself.
        let token = try TimestampToken(der: reply)
        #expect(token.covers(digestHex: head.cabeza))
        #expect(token.failure(trustRoots: try TrustRoots.parse(roots)) == nil)
    }
}
