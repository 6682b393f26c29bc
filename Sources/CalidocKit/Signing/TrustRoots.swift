import SwiftASN1
import X509

/// The root certificates a user trusts (`--trust RAICES.pem`), shared by every signature check.
enum TrustRoots {
    /// Every PEM certificate in `pem`; a text without any is an error, not an empty trust set.
    static func parse(_ pem: String) throws -> [Certificate] {
        do {
            let roots = try PEMDocument.parseMultiple(pemString: pem).map { try Certificate(pemDocument: $0) }
            guard !roots.isEmpty else { throw SignatureError.unreadable("raíces de confianza", reason: "no contiene certificados PEM") }
            return roots
        } catch let error as SignatureError {
            throw error
        } catch {
            throw SignatureError.unreadable("raíces de confianza", reason: "\(error)")
        }
    }
}
