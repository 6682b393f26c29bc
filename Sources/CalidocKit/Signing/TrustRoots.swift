import SwiftASN1
import X509

/// The root certificates a user trusts (`--trust RAICES.pem`), shared by every signature check.
public enum TrustRoots {
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

    /// How many certificates `pem` holds, checked as a signature check would read them: for a
    /// program that keeps roots to use later (`calidoc serve --trust`), so a bad file fails at start.
    ///
    /// - Throws: ``SignatureError`` when the text holds no readable certificate.
    public static func count(_ pem: String, name: String) throws -> Int {
        try parse(pem, name: name).count
    }
}
