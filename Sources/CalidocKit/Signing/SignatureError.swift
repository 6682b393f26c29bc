/// Failures of signing and signature checks.
public enum SignatureError: CalidocError, Hashable {
    /// A certificate, key or signature file cannot be read or parsed.
    case unreadable(String, reason: String)
    /// The signature does not match the file, or its certificate chain is not trusted.
    case invalid(String)

    /// Signature errors have their own exit code.
    public var category: ErrorCategory { .signature }

    /// What failed and what to do.
    public func message(_ language: MessageLanguage) -> String {
        switch self {
        case .unreadable(let path, let reason):
            language.pick("no se puede leer «\(path)»: \(reason)", "cannot read «\(path)»: \(reason)")
        case .invalid(let reason):
            language.pick("la firma no es válida: \(reason)", "the signature is not valid: \(reason)")
        }
    }
}
