import CalidocKit

/// Fuzz iterations over the signature readers: hostile PDFs (`/ByteRange` offsets, nested or huge
/// dictionaries) and hostile CMS / RFC 3161 structures. A finding is a crash, a hang or runaway
/// memory; every refusal is an ordinary result.
public enum SignaturesFuzzCase {
    /// A throw-away self-signed root (public certificate only), so chain checks run too.
    static let root = """
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

    /// One PDF: every signature dictionary read and checked, with and without trust roots.
    public static func runPDF(_ bytes: some Collection<UInt8>) {
        let pdf = Array(bytes)
        for roots in [nil, root] {
            if let reports = try? PDFSignatures.verify(pdf, trustRootsPEM: roots) {
                for report in reports {
                    for language in MessageLanguage.allCases { _ = report.lines(language) }
                }
            }
        }
    }

    /// One CMS signature (or timestamp token): read as a detached signature over fixed content,
    /// and as an RFC 3161 reply or token.
    public static func runCMS(_ bytes: some Collection<UInt8>) {
        let der = Array(bytes)
        do {
            _ = try DetachedSignature.verify(Array("contenido firmado".utf8), signature: der, trustRootsPEM: root)
        } catch let error as SignatureError {
            for language in MessageLanguage.allCases { _ = error.message(language) }
        } catch {}
        if let token = try? TimestampToken(der: der) {
            _ = token.failure(trustRoots: [])
            _ = token.covers(der)
            _ = token.covers(digestHex: String(repeating: "0", count: 64))
        }
    }
}
