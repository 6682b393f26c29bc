import Foundation
@_spi(CMS) import X509

/// Detached CMS/PKCS#7 signatures (`.p7s`, DER) of archived files, interoperable with
/// `openssl cms` and the signers real services use (RSA PKCS#1 v1.5 and PSS, ECDSA, Ed25519).
public enum DetachedSignature {
    /// What a valid detached signature states.
    public struct Report: Hashable, Sendable {
        /// The signer's certificate subject.
        public var signer: String
        /// The `signingTime` the signer wrote (ISO 8601), information only.
        public var declaredTime: String?
        /// The time a trusted timestamp token proves (ISO 8601), when the signature carries one.
        public var provenTime: String?
    }

    /// Signs `content` with a PEM certificate and private key (ECDSA P-256/P-384/P-521 or RSA),
    /// after checking that the key is the certificate's and that the certificate is valid at `now`.
    public static func sign(_ content: [UInt8], certificatePEM: String, privateKeyPEM: String, now: Date = Date()) throws -> [UInt8] {
        let certificate: Certificate
        let key: Certificate.PrivateKey
        do {
            certificate = try Certificate(pemEncoded: certificatePEM)
        } catch {
            throw SignatureError.unreadable("certificado", detail: "\(error)")
        }
        do {
            key = try Certificate.PrivateKey(pemEncoded: privateKeyPEM)
        } catch {
            throw SignatureError.unreadable("clave privada", detail: "\(error)")
        }
        guard key.publicKey == certificate.publicKey else { throw SignatureError.keyDoesNotMatchCertificate }
        guard certificate.notValidBefore <= now, now <= certificate.notValidAfter else {
            let format = ISO8601DateFormatter()
            format.formatOptions = [.withFullDate]
            throw SignatureError.certificateNotValidNow(from: format.string(from: certificate.notValidBefore),
                                                        until: format.string(from: certificate.notValidAfter))
        }
        do {
            return try CMS.sign(content, signatureAlgorithm: key.defaultSignatureAlgorithm, certificate: certificate,
                                privateKey: key, signingTime: now, detached: true)
        } catch {
            throw SignatureError.signingFailed("\(error)")
        }
    }

    /// The report of `signature` over `content` when it holds and the signer's chain reaches one of
    /// `trustRootsPEM` now (or at a time a trusted timestamp token proves: ``SignerTrust``).
    public static func verify(_ content: [UInt8], signature: [UInt8], trustRootsPEM: String, now: Date = Date()) throws -> Report {
        let roots = try TrustRoots.parse(trustRootsPEM)
        let envelope = try CMSEnvelope(der: signature)
        let check = envelope.check(content: content, trustRoots: roots, now: now)
        if let failure = check.integrityFailure ?? check.chainFailure { throw SignatureError.invalid(failure) }
        let format = ISO8601DateFormatter()
        return Report(signer: check.signer?.subject.description ?? "?", declaredTime: check.declaredTime.map(format.string(from:)),
                      provenTime: check.provenTime.map(format.string(from:)))
    }
}

extension Certificate.PrivateKey {
    /// SHA-256 with the key's algorithm (SHA-384/512 for the larger curves).
    var defaultSignatureAlgorithm: Certificate.SignatureAlgorithm {
        switch publicKey.description.lowercased() {
        case let text where text.contains("rsa"): .sha256WithRSAEncryption
        case let text where text.contains("384"): .ecdsaWithSHA384
        case let text where text.contains("521"): .ecdsaWithSHA512
        default: .ecdsaWithSHA256
        }
    }
}
