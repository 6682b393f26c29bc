/// Failures of signing and signature checks. Each message is one or two sentences saying what is
/// wrong and what to do; internal details (parser and library messages) are in ``detail``, shown
/// only with `--verbose`.
public enum SignatureError: CalidocError, Hashable {
    /// A certificate, key, signature or file cannot be read or parsed.
    case unreadable(String, detail: String?)
    /// A trust-roots file holds no PEM certificate.
    case noCertificates(String)
    /// The signature does not match the file, or its certificate chain is not trusted.
    case invalid(LocalizedMessage)
    /// A CMS structure cannot be read (the internal reason is the detail).
    case malformed(String)
    /// A PDF given to `verify` without `--signature` has no signature dictionary.
    case unsigned
    /// At least one signature of a PDF does not hold (the reports say which and why).
    case pdfNotValid(failed: [Int])
    /// `sign`: the private key is not the certificate's.
    case keyDoesNotMatchCertificate
    /// `sign`: the certificate is not valid today.
    case certificateNotValidNow(from: String, until: String)
    /// `sign`: the signature could not be made.
    case signingFailed(String)

    /// Signature errors have their own exit code.
    public var category: ErrorCategory { .signature }

    /// Internal details, shown only with `--verbose`.
    public var detail: String? {
        switch self {
        case .unreadable(_, let detail): detail
        case .malformed(let detail): detail
        case .signingFailed(let detail): detail
        case .noCertificates, .invalid, .unsigned, .pdfNotValid, .keyDoesNotMatchCertificate, .certificateNotValidNow: nil
        }
    }

    /// What failed and what to do.
    public func message(_ language: MessageLanguage) -> String {
        switch self {
        case .unreadable(let path, _):
            language.pick("No se puede leer «\(path)». Revise que el archivo exista y tenga el formato pedido (detalles con --verbose).",
                          "Cannot read «\(path)». Check that the file exists and has the expected format (details with --verbose).")
        case .noCertificates(let path):
            language.pick("«\(path)» no contiene certificados PEM. Indique el archivo de certificados raíz (-----BEGIN CERTIFICATE-----).",
                          "«\(path)» holds no PEM certificate. Give the root certificates file (-----BEGIN CERTIFICATE-----).")
        case .invalid(let reason):
            language.pick("La firma no es válida: \(reason.es).", "The signature is not valid: \(reason.en).")
        case .malformed:
            language.pick("La firma no se puede leer: no es una firma CMS/PKCS#7 o está dañada. Pida al firmante el archivo original (detalles con --verbose).",
                          "The signature cannot be read: it is not a CMS/PKCS#7 signature or it is damaged. Ask the signer for the original file (details with --verbose).")
        case .unsigned:
            language.pick("El PDF no tiene firmas (ningún diccionario /ByteRange). Para una firma separada use --signature ARCHIVO.p7s.",
                          "The PDF has no signatures (no /ByteRange dictionary). For a detached signature use --signature FILE.p7s.")
        case .pdfNotValid(let failed):
            language.pick("Firmas no válidas: \(failed.map(String.init).joined(separator: ", ")). El motivo de cada una está arriba.",
                          "Signatures not valid: \(failed.map(String.init).joined(separator: ", ")). The reason for each is above.")
        case .keyDoesNotMatchCertificate:
            language.pick("La clave privada no corresponde al certificado. Use la clave con la que se emitió ese certificado.",
                          "The private key does not belong to the certificate. Use the key the certificate was issued for.")
        case .certificateNotValidNow(let from, let until):
            language.pick("El certificado no está vigente hoy (vale del \(from) al \(until)). Firme con un certificado vigente.",
                          "The certificate is not valid today (valid from \(from) to \(until)). Sign with a valid certificate.")
        case .signingFailed:
            language.pick("No se pudo firmar con esa clave y certificado. Revise que sean ECDSA o RSA en PEM (detalles con --verbose).",
                          "Could not sign with that key and certificate. Check that they are ECDSA or RSA in PEM (details with --verbose).")
        }
    }
}
