import SwiftASN1
import X509

/// The root certificates a user trusts (`--trust RAICES.pem`), shared by every signature check.
enum TrustRoots {
    /// Every PEM certificate in `pem`; a text without any is an error, not an empty trust set.
    static func parse(_ pem: String, name: String = "raíces de confianza") throws -> [Certificate] {
        let roots: [Certificate]
        do {
            roots = try PEMDocument.parseMultiple(pemString: pem).map { try Certificate(pemDocument: $0) }
        } catch {
            throw SignatureError.unreadable(name, detail: "\(error)")
        }
        guard !roots.isEmpty else { throw SignatureError.noCertificates(name) }
        return roots
    }
}
