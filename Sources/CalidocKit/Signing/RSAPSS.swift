import Crypto
import SwiftASN1
import X509
import _CryptoExtras

/// RSASSA-PSS signature checks (RFC 8017 §9.1.2 with RFC 4055 parameters), with any salt length:
/// OpenSSL and pyHanko sign with the longest salt the key allows, others with the hash's length.
enum RSAPSS {
    /// Whether the signature holds, or why it could not be checked.
    enum Outcome {
        case success(Bool)
        case failure(LocalizedMessage)
    }

    /// The SHA-2 function PSS is checked with, by OID, and its length.
    private static func hashFunction(_ oid: String) -> (Int, ([UInt8]) -> [UInt8])? {
        switch oid {
        case "2.16.840.1.101.3.4.2.1": (32, { Array(SHA256.hash(data: $0)) })
        case "2.16.840.1.101.3.4.2.2": (48, { Array(SHA384.hash(data: $0)) })
        case "2.16.840.1.101.3.4.2.3": (64, { Array(SHA512.hash(data: $0)) })
        default: nil
        }
    }

    /// Whether `signature` holds over `bytes` with `key` and the PSS `parameters` (DER).
    static func verify(_ signature: [UInt8], over bytes: [UInt8], parameters: [UInt8]?, key: Certificate.PublicKey) -> Outcome {
        let unsupported = LocalizedMessage(es: "firma RSA-PSS con parámetros no admitidos (se admite SHA-2 con MGF1 del mismo hash)",
                                           en: "RSA-PSS signature with unsupported parameters (SHA-2 with MGF1 of the same hash is accepted)")
        guard let rsa = _RSA.Signing.PublicKey(key), let operation = operation(for: rsa) else {
            return .failure(LocalizedMessage(es: "la firma es RSA-PSS pero el certificado no tiene una clave RSA utilizable",
                                             en: "the signature is RSA-PSS but the certificate has no usable RSA key"))
        }
        var hash = "1.3.14.3.2.26"
        var maskHash = "1.3.14.3.2.26"
        var salt = 20
        var trailer = 1
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
                    case CMSEnvelope.tag(3): trailer = try Int(derEncoded: inner)
                    default: return .failure(unsupported)
                    }
                }
            }
        } catch {
            return .failure(unsupported)
        }
        guard hash == maskHash, trailer == 1, salt >= 0, let (length, function) = hashFunction(hash) else { return .failure(unsupported) }
        guard signature.count == operation.byteCount, let encoded = operation.apply(signature) else { return .success(false) }
        return .success(holds(encoded, message: function(bytes), modulusBits: operation.bitCount, salt: salt, length: length, hash: function))
    }

    /// EMSA-PSS-VERIFY.
    private static func holds(_ value: [UInt8], message: [UInt8], modulusBits: Int, salt: Int, length: Int, hash: ([UInt8]) -> [UInt8]) -> Bool {
        let emBits = modulusBits - 1
        let emLength = (emBits + 7) / 8
        // The value has the modulus's length; the encoded message is its last emLength bytes.
        guard value.count >= emLength, value.dropLast(emLength).allSatisfy({ $0 == 0 }) else { return false }
        let encoded = Array(value.suffix(emLength))
        let (needed, overflow) = length.addingReportingOverflow(salt)
        guard !overflow, emLength >= needed + 2, encoded.last == 0xbc else { return false }
        let masked = Array(encoded[0..<(emLength - length - 1)])
        let digest = Array(encoded[(emLength - length - 1)..<(emLength - 1)])
        let unusedBits = 8 * emLength - emBits
        let topMask: UInt8 = unusedBits == 0 ? 0 : UInt8(truncatingIfNeeded: 0xff << (8 - unusedBits))
        guard masked[0] & topMask == 0 else { return false }
        var block = zip(masked, maskGeneration(digest, count: masked.count, hash: hash)).map { $0 ^ $1 }
        block[0] &= ~topMask
        let padding = emLength - length - salt - 2
        guard block[0..<padding].allSatisfy({ $0 == 0 }), block[padding] == 0x01 else { return false }
        let saltBytes = block.suffix(salt)
        return hash([UInt8](repeating: 0, count: 8) + message + saltBytes) == digest
    }

    /// MGF1.
    private static func maskGeneration(_ seed: [UInt8], count: Int, hash: ([UInt8]) -> [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var counter: UInt32 = 0
        while output.count < count {
            output += hash(seed + [UInt8(counter >> 24), UInt8(truncatingIfNeeded: counter >> 16), UInt8(truncatingIfNeeded: counter >> 8), UInt8(truncatingIfNeeded: counter)])
            counter += 1
        }
        return Array(output.prefix(count))
    }

    /// The modulus and exponent of the key (its PKCS#1 `RSAPublicKey`).
    private static func operation(for key: _RSA.Signing.PublicKey) -> RSAPublicKeyOperation? {
        guard let parts = try? CMSEnvelope.children(try DER.parse(Array(key.pkcs1DERRepresentation))), parts.count == 2,
              case .primitive(let modulus) = parts[0].content, case .primitive(let exponent) = parts[1].content
        else { return nil }
        return RSAPublicKeyOperation(modulus: Array(modulus), exponent: Array(exponent))
    }
}
