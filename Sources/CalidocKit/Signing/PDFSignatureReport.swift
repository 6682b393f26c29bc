import Foundation

/// The check of one signature of a signed PDF (PAdES or `adbe.pkcs7.detached`).
public struct PDFSignatureReport: Hashable, Sendable, Codable {
    /// 1 for the first signature in the file, and so on.
    public var number: Int
    /// Signer: the certificate's subject (or `/Name` when the certificate is missing).
    public var signer: String
    /// Signing time the signer declared: the signed attributes, else `/M` (ISO 8601); information only.
    public var signingTime: String?
    /// The time a trusted timestamp token over the signature proves (ISO 8601); the chain was validated then.
    public var provenTime: String?
    /// `/SubFilter`.
    public var subFilter: String?
    /// `/Reason` and `/Location`.
    public var reason: String?, location: String?
    /// Bytes of the file after the signed part; 0 when the signature covers the whole file.
    public var bytesAfter: Int
    /// Whether a later signature covers those bytes.
    public var laterBytesSigned: Bool
    /// Why the signature does not hold (range, digest or signature value); `nil` when it holds.
    public var failure: LocalizedMessage?
    /// Whether the chain reached a trusted root; `nil` when no roots were given.
    public var chainTrusted: Bool?
    /// Why the chain is not trusted.
    public var chainFailure: LocalizedMessage?

    /// The signature holds, its chain (when checked) is trusted, and nothing unsigned follows it.
    public var isValid: Bool {
        failure == nil && chainTrusted != false && (bytesAfter == 0 || laterBytesSigned)
    }

    /// Lines for the terminal.
    public func lines(_ language: MessageLanguage) -> [String] {
        // Without trust roots only the integrity was checked: the header says so, never "valid".
        let verdict = !isValid ? language.pick("NO válida", "NOT valid")
            : chainTrusted == nil ? language.pick("íntegra (firmante no verificado)", "intact (signer not verified)")
            : language.pick("válida", "valid")
        var lines = [language.pick("Firma \(number): \(verdict)", "Signature \(number): \(verdict)")]
        lines.append(language.pick("  firmante: \(signer)", "  signer: \(signer)"))
        if let signingTime {
            lines.append(language.pick("  fecha de firma declarada por el firmante (informativa): \(signingTime)",
                                       "  signing time declared by the signer (information only): \(signingTime)"))
        }
        if let provenTime {
            lines.append(language.pick("  hora probada por un sello de tiempo confiable: \(provenTime)", "  time proven by a trusted timestamp: \(provenTime)"))
        }
        if let reason { lines.append(language.pick("  motivo: \(reason)", "  reason: \(reason)")) }
        if let subFilter { lines.append(language.pick("  formato: \(subFilter)", "  format: \(subFilter)")) }
        if let failure { lines.append("  error: " + failure.text(language)) }
        switch (bytesAfter, laterBytesSigned) {
        case (0, _) where failure != nil:
            // A refused range says nothing about what it covers; the error line above says why.
            break
        case (0, _):
            lines.append(language.pick("  cubre todo el documento: sin cambios después de firmar",
                                       "  covers the whole document: not modified after signing"))
        case (_, true):
            lines.append(language.pick("  después de esta firma se añadieron \(bytesAfter) bytes, cubiertos por una firma posterior",
                                       "  \(bytesAfter) bytes were added after this signature, covered by a later signature"))
        case (_, false):
            lines.append(language.pick("  el documento fue modificado después de firmar (\(bytesAfter) bytes sin firma al final)",
                                       "  the document was modified after signing (\(bytesAfter) unsigned bytes at the end)"))
        }
        switch chainTrusted {
        case true?: lines.append(language.pick("  cadena de certificados: confiable", "  certificate chain: trusted"))
        case false?:
            lines.append(language.pick("  cadena de certificados: NO confiable (\(chainFailure?.es ?? ""))",
                                       "  certificate chain: NOT trusted (\(chainFailure?.en ?? ""))"))
        case nil:
            lines.append(language.pick("  cadena de certificados: no verificada (use --trust RAICES.pem)",
                                       "  certificate chain: not checked (use --trust ROOTS.pem)"))
        }
        return lines
    }
}
