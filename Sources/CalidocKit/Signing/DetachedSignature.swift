import Crypto
import Dispatch
import Foundation
import SwiftASN1
@_spi(CMS) @_spi(FixedExpiryValidationTime) import X509

/// Detached CMS/PKCS#7 signatures (`.p7s`, DER) of archived files, interoperable with
/// `openssl cms` (swift-certificates' CMS support).
public enum DetachedSignature {
    /// Signs `content` with a PEM certificate and private key (ECDSA P-256/P-384 or RSA).
    public static func sign(_ content: [UInt8], certificatePEM: String, privateKeyPEM: String) throws -> [UInt8] {
        let certificate: Certificate
        let key: Certificate.PrivateKey
        do {
            certificate = try Certificate(pemEncoded: certificatePEM)
        } catch {
            throw SignatureError.unreadable("certificado", reason: "\(error)")
        }
        do {
            key = try Certificate.PrivateKey(pemEncoded: privateKeyPEM)
        } catch {
            throw SignatureError.unreadable("clave privada", reason: "\(error)")
        }
        do {
            return try CMS.sign(content, signatureAlgorithm: key.defaultSignatureAlgorithm, certificate: certificate,
                                privateKey: key, signingTime: Date(), detached: true)
        } catch {
            throw SignatureError.invalid("no se pudo firmar: \(error)")
        }
    }

    /// The signer's subject when `signature` is a valid detached signature of `content` whose chain
    /// reaches one of `trustRootsPEM` (all PEM certificates in the text).
    public static func verify(_ content: [UInt8], signature: [UInt8], trustRootsPEM: String) throws -> String {
        let roots = try TrustRoots.parse(trustRootsPEM)
        let store = CertificateStore(roots)
        let outcome = BlockingResult.wait {
            await CMS.isValidSignature(dataBytes: content, signatureBytes: signature, trustRoots: store) {
                RFC5280Policy()
            }
        }
        switch outcome {
        case .success(let valid):
            return valid.signer.subject.description
        case .failure(let error):
            throw SignatureError.invalid("\(error)")
        }
    }
}

extension Certificate.PrivateKey {
    /// SHA-256 with the key's algorithm.
    var defaultSignatureAlgorithm: Certificate.SignatureAlgorithm {
        switch publicKey.description.lowercased() {
        case let text where text.contains("rsa"): .sha256WithRSAEncryption
        case let text where text.contains("384"): .ecdsaWithSHA384
        default: .ecdsaWithSHA256
        }
    }
}
