import Foundation
import Testing
@testable import CalidocKit

/// Hostile PDFs and CMS: offsets that overflow, negative, overlapping or beyond the file, huge and
/// nested structures. Each is a located refusal (the byte of the dictionary), never a crash.
@Suite struct HostileSignatureTests {
    /// A one-signature PDF whose `/ByteRange` is `range` and whose `/Contents` is `contents`.
    static func pdf(range: String, contents: String = "<3000>") -> [UInt8] {
        Array("%PDF-1.7\n1 0 obj\n<< /Type /Sig /Filter /Adobe.PPKLite /ByteRange \(range) /Contents \(contents) /M (D:20250101000000Z) >>\nendobj\n%%EOF\n".utf8)
    }

    @Test(arguments: [
        ("[0 9223372036854775800 9223372036854775806 100]", "se superpone, es negativo o no cabe"),
        ("[0 10 9223372036854775807 9223372036854775807]", "se superpone, es negativo o no cabe"),
        ("[0 99999999999999999999999 1 1]", "no son cuatro enteros no negativos"),
        ("[0 -5 10 10]", "no son cuatro enteros no negativos"),
        ("[0 60 50 10]", "se superpone, es negativo o no cabe"),
        ("[0 60 61 10]", "se superpone, es negativo o no cabe"),
        ("[5 60 70 10]", "no empieza en el byte 0"),
        ("[0 60 70 100000]", "se superpone, es negativo o no cabe"),
        ("[0 1 2 3 4]", "no son cuatro enteros no negativos"),
        ("[0 1 2]", "no son cuatro enteros no negativos"),
    ])
    func byteRangesThatCannotHoldAreRefusedWithTheirOffset(range: String, reason: String) throws {
        let bytes = Self.pdf(range: range)
        let reports = try PDFSignatures.verify(bytes)
        try #require(reports.count == 1)
        #expect(!reports[0].isValid)
        let failure = try #require(reports[0].failure?.es)
        #expect(failure.contains(reason), "\(failure)")
        let offset = try #require(PDFBytes.find(Array("/ByteRange".utf8), in: bytes, from: 0))
        #expect(failure.contains("en el byte \(offset)"), "\(failure)")
    }

    @Test func manySignatureDictionariesAndDamagedCMSAreBounded() throws {
        var bytes = Array("%PDF-1.7\n".utf8)
        for _ in 0..<500 { bytes += Array("<< /ByteRange [0 1 2 3] >>\n".utf8) }
        let reports = try PDFSignatures.verify(bytes)
        #expect(reports.count == PDFSignatureField.maximumFields + 1)
        #expect(reports.last?.failure?.es.contains("más de 100 diccionarios") == true)
        // A gap that is the /Contents string but holds no CMS.
        let prefix = "%PDF-1.7\n1 0 obj\n<< /Type /Sig /ByteRange [0 AAAAAAAAAA BBBBBBBBBB CCCCCCCCCC] /Contents "
        let contents = "<" + String(repeating: "30", count: 40) + ">"
        let suffix = " >>\nendobj\n"
        let first = prefix.utf8.count
        let second = first + contents.utf8.count
        let total = second + suffix.utf8.count
        func pad(_ value: Int) -> String { String(repeating: "0", count: 10 - String(value).count) + String(value) }
        let text = prefix.replacingOccurrences(of: "AAAAAAAAAA", with: pad(first)).replacingOccurrences(of: "BBBBBBBBBB", with: pad(second))
            .replacingOccurrences(of: "CCCCCCCCCC", with: pad(total - second)) + contents + suffix
        let damaged = try PDFSignatures.verify(Array(text.utf8))
        #expect(damaged.first?.failure?.es == "la firma en el byte 31 no es una firma CMS legible (está dañada)")
    }

    @Test func hostileCMSIsRefusedInSpanishWithoutInternalDetails() throws {
        let nested = Array(repeating: [UInt8]([0x30, 0x80]), count: 2000).flatMap { $0 }
        let samples: [[UInt8]] = [
            [], [0x30], [0x30, 0x84, 0xff, 0xff, 0xff, 0xff], [0x30, 0x88, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff],
            nested, Array(repeating: 0x30, count: 100_000), [0x30, 0x03, 0x06, 0x01, 0x00],
        ]
        for sample in samples {
            do {
                _ = try DetachedSignature.verify(Array("x".utf8), signature: sample, trustRootsPEM: SignaturesFuzzRoot.pem)
                Issue.record("accepted \(sample.prefix(8))")
            } catch let error as SignatureError {
                #expect(error.message(.es) == "La firma no se puede leer: no es una firma CMS/PKCS#7 o está dañada. Pida al firmante el archivo original (detalles con --verbose).")
                #expect(error.detail != nil)
            }
            #expect(throws: SignatureError.self) { _ = try TimestampToken(der: sample) }
        }
    }
}

/// A throw-away root (public certificate only) for checks that need one.
enum SignaturesFuzzRoot {
    static let pem = """
        -----BEGIN CERTIFICATE-----
        MIIBiTCCAS+gAwIBAgIUcKcwPZhKbjaH65E6hsg2L9t7Bg0wCgYIKoZIzj0EAwIw
        GjEYMBYGA1UEAwwPUmFpeiBkZSBmdXp6aW5nMB4XDTI2MTEyOTIxMjAxNloXDTM2
        MTEyNjIxMjAxNlowGjEYMBYGA1UEAwwPUmFpeiBkZSBmdXp6aW5nMFkwEwYHKoZI
        zj0CAQYIKoZIzj0DAQcDQgAEbS6u06OXmH5PNrde7S9AuW5HkqpMRhjrkxRJ8+Ze
        DsF665Ak/LX/n+KdRAyjRMPlcbSR1NuXivNhWHe36tn4P6NTMFEwHQYDVR0OBBYE
        FOcXep/Ykipg+bK4yC14w6RwMM1xMB8GA1UdIwQYMBaAFOcXep/Ykipg+bK4yC14
        w6RwMM1xMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDSAAwRQIgHffX8Lzs
        XIsM4DJs1XZ1teFRVRIsHavL8BsyXejNxUMCIQCGk0jhi/GKBRoV2AqmEP4Lp1Ig
        QX7kpIjOlNBegt98kw==
        -----END CERTIFICATE-----
        """
}
