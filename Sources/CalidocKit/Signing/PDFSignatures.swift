import Foundation
import SwiftASN1
import X509

/// Verification of signed PDFs (PAdES, as FirmaGob or any PDF signer writes them).
public enum PDFSignatures {
    /// Whether `bytes` look like a PDF (`%PDF-` in the first kilobyte, as readers accept).
    public static func isPDF(_ bytes: [UInt8]) -> Bool {
        PDFBytes.find(Array("%PDF-".utf8), in: Array(bytes.prefix(1024)), from: 0) != nil
    }

    /// Checks every signature dictionary of `pdf`: its `/ByteRange` covers the file but the
    /// signature, the CMS signature holds over those bytes, and, when `trustRootsPEM` is given,
    /// the signer's chain reaches one of those roots now, or at a time a trusted timestamp token
    /// proves (``SignerTrust``; the signing time the signer wrote is reported, not trusted).
    ///
    /// - Throws: ``SignatureError/unsigned`` when the file has no signature, ``SignatureError/unreadable(_:reason:)``
    ///   when the roots cannot be read.
    public static func verify(_ pdf: [UInt8], trustRootsPEM: String? = nil) throws -> [PDFSignatureReport] {
        let roots = try trustRootsPEM.map { try TrustRoots.parse($0) }
        let fields = PDFSignatureField.scan(pdf)
        guard !fields.isEmpty else { throw SignatureError.unsigned }
        let ends = fields.map(\.signedEnd)
        return fields.enumerated().map { index, field in
            var report = PDFSignatureReport(
                number: index + 1, signer: field.name ?? "?", signingTime: field.date.flatMap(Self.pdfDate),
                subFilter: field.subFilter, reason: field.reason, location: field.location,
                bytesAfter: field.rangeProblem == nil ? max(0, pdf.count - field.signedEnd) : 0,
                laterBytesSigned: ends.contains { $0 > field.signedEnd && $0 == pdf.count })
            if let problem = field.rangeProblem {
                report.failure = problem
                return report
            }
            if field.subFilter == "ETSI.RFC3161" {
                report.failure = LocalizedMessage(es: "sello de tiempo de documento: no se verifica", en: "document timestamp: not verified")
                return report
            }
            let envelope: CMSEnvelope
            do {
                envelope = try CMSEnvelope(der: field.contents)
            } catch {
                report.failure = LocalizedMessage(es: "la firma en el byte \(field.offset) no es una firma CMS legible (está dañada)",
                                                  en: "the signature at byte \(field.offset) is not a readable CMS signature (it is damaged)")
                return report
            }
            let signed = Array(pdf[0..<field.byteRange[1]]) + Array(pdf[field.byteRange[2]..<field.signedEnd])
            let check = envelope.check(content: signed, trustRoots: roots)
            if let certificate = check.signer { report.signer = certificate.subject.description }
            if let time = check.declaredTime { report.signingTime = ISO8601DateFormatter().string(from: time) }
            report.provenTime = check.provenTime.map { ISO8601DateFormatter().string(from: $0) }
            report.failure = check.integrityFailure
            report.chainTrusted = check.chainTrusted
            report.chainFailure = check.chainFailure
            return report
        }
    }

    /// `D:20261123154500+03'00'` → ISO 8601.
    static func pdfDate(_ text: String) -> String? {
        let digits = text.hasPrefix("D:") ? String(text.dropFirst(2)) : text
        guard digits.count >= 14, let _ = Int(digits.prefix(14)) else { return text }
        let characters = Array(digits)
        func part(_ from: Int, _ length: Int) -> String { String(characters[from..<(from + length)]) }
        var zone = "Z"
        if characters.count >= 17, "+-".contains(characters[14]) {
            zone = "\(characters[14])\(part(15, 2)):\(characters.count >= 20 ? part(18, 2) : "00")"
        }
        return "\(part(0, 4))-\(part(4, 2))-\(part(6, 2))T\(part(8, 2)):\(part(10, 2)):\(part(12, 2))\(zone)"
    }
}
