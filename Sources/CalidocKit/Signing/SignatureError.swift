/// Failures of signing and signature checks.
public enum SignatureError: CalidocError, Hashable {
    /// A certificate, key or signature file cannot be read or parsed.
    case unreadable(String, reason: String)
    /// The signature does not match the file, or its certificate chain is not trusted.
    case invalid(String)
    /// A CMS structure cannot be read.
    case malformed(String)
    /// A PDF given to `verify` without `--signature` has no signature dictionary.
    case unsigned
    /// At least one signature of a PDF does not hold (the reports say which and why).
    case pdfNotValid(failed: [Int])

    /// Signature errors have their own exit code.
    public var category: ErrorCategory { .signature }

    /// What failed and what to do.
    public func message(_ language: MessageLanguage) -> String {
        switch self {
        case .unreadable(let path, let reason):
            language.pick("no se puede leer «\(path)»: \(reason)", "cannot read «\(path)»: \(reason)")
        case .invalid(let reason):
            language.pick("la firma no es válida: \(reason)", "the signature is not valid: \(reason)")
        case .malformed(let reason):
            language.pick("la firma CMS no se puede leer: \(reason)", "the CMS signature cannot be read: \(reason)")
        case .unsigned:
            language.pick("el PDF no tiene firmas (ningún diccionario /ByteRange); para una firma separada use --signature ARCHIVO.p7s",
                          "the PDF has no signatures (no /ByteRange dictionary); for a detached signature use --signature FILE.p7s")
        case .pdfNotValid(let failed):
            language.pick("firmas no válidas: \(failed.map(String.init).joined(separator: ", "))",
                          "signatures not valid: \(failed.map(String.init).joined(separator: ", "))")
        }
    }
}
