import Foundation
import PropertyBased
import Testing
@testable import CalidocKit

/// For every corruption of a real signature (bytes flipped, inserted or cut anywhere: in the
/// `/ByteRange` numbers, the hex `/Contents`, the DER lengths), the readers answer — a report or a
/// refusal with a sentence — and never crash; a signature they accept covers unchanged bytes.
@Suite struct SignatureReaderPropertyTests {
    /// An openssl CMS signature of `content`, and a PDF whose signature dictionary holds it with a
    /// correct `/ByteRange`.
    static let seeds: (cms: [UInt8], pdf: [UInt8], roots: String)? = {
        guard let openssl = ExternalTool.find("openssl"), let pki = try? DetachedSignatureTests.makePKI(openssl) else { return nil }
        let prefix = "%PDF-1.7\n1 0 obj\n<< /Type /Sig /SubFilter /adbe.pkcs7.detached /ByteRange [0 AAAAAAAAAA BBBBBBBBBB CCCCCCCCCC] /Contents "
        let suffix = " /M (D:20250101000000Z) >>\nendobj\n%%EOF\n"
        // The signed bytes are everything but the hex string; the numbers have fixed width, so
        // they can be filled in after signing without moving anything.
        let hexLength = 2 * 8192 + 2
        let first = prefix.utf8.count
        let second = first + hexLength
        func pad(_ value: Int) -> String { String(repeating: "0", count: 10 - String(value).count) + String(value) }
        let head = prefix.replacingOccurrences(of: "AAAAAAAAAA", with: pad(first)).replacingOccurrences(of: "BBBBBBBBBB", with: pad(second))
            .replacingOccurrences(of: "CCCCCCCCCC", with: pad(suffix.utf8.count))
        let signed = pki.folder.appending(path: "signed-bytes")
        guard (try? Data((head + suffix).utf8).write(to: signed)) != nil,
              let (status, _) = try? ExternalTool.run(openssl, ["cms", "-sign", "-binary", "-in", signed.path, "-signer", pki.leaf.path,
                                                                "-inkey", pki.key.path, "-outform", "DER", "-out", signed.path + ".p7s"]),
              status == 0, let cms = try? Data(contentsOf: URL(fileURLWithPath: signed.path + ".p7s")), cms.count <= 8192,
              let roots = try? String(contentsOf: pki.ca, encoding: .utf8)
        else { return nil }
        let hex = cms.map { String(format: "%02x", $0) }.joined() + String(repeating: "0", count: 2 * (8192 - cms.count))
        return ([UInt8](cms), Array((head + "<" + hex + ">" + suffix).utf8), roots)
    }()

    /// Edits: (position as a fraction of the length in thousandths, kind, byte).
    static let edits = zip(Gen.int(in: 0...999), Gen.int(in: 0...3), Gen.int(in: 0...255)).array(of: 1...6)

    static func apply(_ edits: [(Int, Int, Int)], to bytes: [UInt8]) -> [UInt8] {
        var result = bytes
        for (where_, kind, value) in edits where !result.isEmpty {
            let position = min(result.count - 1, where_ * result.count / 1000)
            switch kind {
            case 0: result[position] ^= UInt8(truncatingIfNeeded: max(1, value))
            case 1: result.insert(UInt8(truncatingIfNeeded: value), at: position)
            case 2: result.remove(at: position)
            default: result.replaceSubrange(position..<min(result.count, position + 8), with: Array("99999999999999999999".utf8))
            }
        }
        return result
    }

    @Test func corruptedPDFSignaturesAreAnsweredNeverCrash() async throws {
        let seeds = try #require(Self.seeds, "openssl is missing: run .ci/setup test")
        #expect(try PDFSignatures.verify(seeds.pdf, trustRootsPEM: seeds.roots).map(\.isValid) == [true])
        await propertyCheck(count: 300, input: Self.edits) { edits in
            let pdf = Self.apply(edits, to: seeds.pdf)
            guard let reports = try? PDFSignatures.verify(pdf, trustRootsPEM: seeds.roots) else { return }
            for report in reports {
                #expect(report.isValid || !(report.failure?.es ?? report.chainFailure?.es ?? "x").isEmpty)
                #expect(!report.lines(.es).isEmpty && !report.lines(.en).isEmpty)
            }
        }
    }

    @Test func corruptedCMSIsAnsweredNeverCrash() async throws {
        let seeds = try #require(Self.seeds, "openssl is missing: run .ci/setup test")
        await propertyCheck(count: 300, input: Self.edits) { edits in
            let der = Self.apply(edits, to: seeds.cms)
            do {
                _ = try DetachedSignature.verify(Array("otro contenido".utf8), signature: der, trustRootsPEM: seeds.roots)
                Issue.record("a signature over other bytes was accepted")
            } catch let error as SignatureError {
                #expect(!error.message(.es).isEmpty && !error.message(.en).isEmpty)
            }
            _ = try? TimestampToken(der: der)
        }
    }
}
