import Crypto
import SwiftASN1
import X509
import _CryptoExtras

/// RSASSA-PSS signature checks (RFC 4055 parameters), for the signers that use it.
enum RSAPSS {
    /// Whether the signature holds, or why it could not be checked.
    enum Outcome {
        case success(Bool)
        case failure(LocalizedMessage)
    }

    /// Whether `signature` holds over `bytes` with `key` and the PSS `parameters` (DER); a failure
    /// when the parameters are not ones calidoc checks (MGF1 with the same SHA-2 hash, salt the
    /// hash's length, as OpenSSL, pyHanko and BouncyCastle write by default).
    static func verify(_ signature: [UInt8], over bytes: [UInt8], parameters: [UInt8]?, key: Certificate.PublicKey) -> Outcome {
        let unsupported = LocalizedMessage(es: "firma RSA-PSS con parámetros no admitidos (se admite SHA-2 con MGF1 del mismo hash y sal de su largo)",
                                           en: "RSA-PSS signature with unsupported parameters (SHA-2 with MGF1 of the same hash and a salt of its length are accepted)")
        guard let rsa = _RSA.Signing.PublicKey(key) else {
            return .failure(LocalizedMessage(es: "la firma es RSA-PSS pero el certificado no tiene clave RSA", en: "the signature is RSA-PSS but the certificate has no RSA key"))
        }
        var hash = "1.3.14.3.2.26"
        var maskHash = "1.3.14.3.2.26"
        var salt = 20
        do {
            if let parameters {
                for field in try CMSEnvelope.children(try DER.parse(parameters)) {
                    guard let inner = try CMSEnvelope.children(field).first else { return .failure(unsupported) }
                    switch field.identifier {
                    case CMSEnvelope.tag(0): hash = try CMSEnvelope.algorithm(inner).oid
                    case CMSEnvelope.tag(1):
                        let mask = try CMSEnvelope.algorithm(inner)
                        guard mask.oid == "1.2.840.113549.1.1.8", let inner = mask.parameters else { return .failure(unsupported) }
                        maskHash = try CMSEnvelope.algorithm(try DER.parse(inner)).oid
                    case CMSEnvelope.tag(2): salt = try Int(derEncoded: inner)
                    default: break
                    }
                }
            }
        } catch {
            return .failure(unsupported)
        }
        let lengths = ["2.16.840.1.101.3.4.2.1": 32, "2.16.840.1.101.3.4.2.2": 48, "2.16.840.1.101.3.4.2.3": 64]
        guard hash == maskHash, lengths[hash] == salt else { return .failure(unsupported) }
        let value = _RSA.Signing.RSASignature(rawRepresentation: signature)
        switch salt {
        case 32: return .success(rsa.isValidSignature(value, for: SHA256.hash(data: bytes), padding: .PSS))
        case 48: return .success(rsa.isValidSignature(value, for: SHA384.hash(data: bytes), padding: .PSS))
        default: return .success(rsa.isValidSignature(value, for: SHA512.hash(data: bytes), padding: .PSS))
        }
    }
}
