import Foundation
import X509

/// Checks the signatures of files about to be archived: every signature inside a signed PDF, and
/// detached `.p7s` files (over the file of the same name without `.p7s`, among the given files or
/// next to it), with the trust policy of `calidoc verify` (``SignerTrust``), so one file gets one
/// verdict. The results are recorded in the archive entry, so the record of what was checked
/// is itself covered by the hash chain.
public enum SignatureInspection {
    /// One check per signature found; files without signatures yield nothing.
    public static func check(_ files: [URL], trustRootsPEM: String?) throws -> [ArchiveEntry.SignatureCheck] {
        let roots = try trustRootsPEM.map { try TrustRoots.parse($0) }
        var checks: [ArchiveEntry.SignatureCheck] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file.path) else {
                throw SignatureError.unreadable(file.path, detail: nil)
            }
            let bytes = [UInt8](data)
            if file.pathExtension.lowercased() == "p7s" {
                checks.append(detached(bytes, of: file.deletingPathExtension(), roots: roots))
            } else if PDFSignatures.isPDF(bytes), let reports = try? PDFSignatures.verify(bytes, trustRootsPEM: trustRootsPEM) {
                checks += reports.map { ArchiveEntry.SignatureCheck(file: file.lastPathComponent, report: $0) }
            }
        }
        return checks
    }

    private static func detached(_ signature: [UInt8], of content: URL, roots: [Certificate]?) -> ArchiveEntry.SignatureCheck {
        var record = ArchiveEntry.SignatureCheck(
            archivo: content.lastPathComponent + ".p7s", tipo: "cms", numero: 1, firmante: "?", fechaFirma: nil,
            valida: false, cadena: roots == nil ? "no verificada" : "no confiable", detalle: nil)
        guard let data = FileManager.default.contents(atPath: content.path) else {
            record.detalle = "no se encuentra el archivo firmado «\(content.lastPathComponent)» junto a la firma"
            return record
        }
        let envelope: CMSEnvelope
        do {
            envelope = try CMSEnvelope(der: signature)
        } catch {
            record.detalle = "la firma no es una firma CMS legible (está dañada)"
            return record
        }
        let check = envelope.check(content: [UInt8](data), trustRoots: roots)
        record.firmante = check.signer?.subject.description ?? "?"
        record.fechaFirma = envelope.signingTime.map { ISO8601DateFormatter().string(from: $0) }
        record.valida = check.integrityFailure == nil && check.chainTrusted != false
        if check.chainTrusted == true { record.cadena = "confiable" }
        record.detalle = check.integrityFailure?.es ?? check.chainFailure?.es
        return record
    }
}
