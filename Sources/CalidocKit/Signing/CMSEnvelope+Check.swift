import Crypto
import Foundation
import X509

extension CMSEnvelope {
    /// What a check of one CMS signature found.
    struct Check: Sendable {
        /// The signer's certificate, when the envelope carries it.
        var signer: Certificate?
        /// Why the signature does not match the content; `nil` when it does.
        var integrityFailure: LocalizedMessage?
        /// Whether the certificate chain reached a trusted root: `nil` when no roots were given.
        var chainTrusted: Bool?
        /// Why the chain was not trusted.
        var chainFailure: LocalizedMessage?
        /// A trusted timestamp token over the signature: the time the chain was validated at.
        var provenTime: Date?
        /// The time the signer declared (`signingTime`), reported as information only.
        var declaredTime: Date?
    }

    /// Checks that the signature covers `content` (digest, then the signature over the signed
    /// attributes or the content; the encapsulated content when `content` is `nil`) and, when
    /// `trustRoots` is given, the trust policy every command shares (``SignerTrust``).
    func check(content: [UInt8]?, trustRoots: [Certificate]?, now: Date = Date(), allowTimestamp: Bool = true,
               purpose: ExtendedKeyUsage.Usage? = nil) -> Check {
        var result = Check(signer: signerCertificate, declaredTime: signingTime)
        guard let signer = result.signer else {
            result.integrityFailure = LocalizedMessage(es: "la firma no incluye el certificado del firmante",
                                                      en: "the signature does not include the signer's certificate")
            return result
        }
        guard let content = content ?? encapsulatedContent else {
            result.integrityFailure = LocalizedMessage(es: "la firma es separada y no se indicó el archivo firmado",
                                                      en: "the signature is detached and the signed file was not given")
            return result
        }
        result.integrityFailure = integrityFailure(content: content, signer: signer)
        if let trustRoots, result.integrityFailure == nil {
            if allowTimestamp, let token = timestampToken.flatMap({ try? TimestampToken(der: $0) }),
               token.failure(trustRoots: trustRoots, now: now) == nil, token.covers(signature) {
                result.provenTime = token.genTime
            }
            let outcome = SignerTrust.validate(signer, intermediates: certificates, roots: trustRoots, at: result.provenTime ?? now, purpose: purpose)
            result.chainTrusted = outcome == nil
            result.chainFailure = outcome
        }
        return result
    }

    private func integrityFailure(content: [UInt8], signer: Certificate) -> LocalizedMessage? {
        guard let digest = Self.digest(content, algorithm: digestAlgorithm) else {
            return LocalizedMessage(es: "algoritmo de resumen no admitido (\(digestAlgorithm)); se aceptan SHA-256, SHA-384 y SHA-512",
                                    en: "unsupported digest algorithm (\(digestAlgorithm)); SHA-256, SHA-384 and SHA-512 are accepted")
        }
        let signedBytes: [UInt8]
        if let signedAttributes {
            guard let messageDigest else { return LocalizedMessage(es: "falta el atributo firmado messageDigest", en: "the messageDigest signed attribute is missing") }
            // RFC 5652 §11.1: the signed content type is the encapsulated one (a timestamp token
            // cannot pass for a signature of a document, nor the reverse).
            if let signedContentType, signedContentType != contentType {
                return LocalizedMessage(es: "el tipo de contenido firmado no coincide con el contenido de la firma",
                                        en: "the signed content type does not match the signature's content")
            }
            guard messageDigest == digest else {
                return LocalizedMessage(es: "el contenido no coincide con el resumen firmado: el archivo fue modificado",
                                        en: "the content does not match the signed digest: the file was modified")
            }
            signedBytes = signedAttributes
        } else {
            signedBytes = content
        }
        let valid: Bool
        if signatureAlgorithm == "1.2.840.113549.1.1.10" {
            switch RSAPSS.verify(signature, over: signedBytes, parameters: signatureParameters, key: signer.publicKey) {
            case .success(let holds): valid = holds
            case .failure(let problem): return problem
            }
        } else {
            guard let algorithm = Self.signatureAlgorithm(signatureAlgorithm, digest: digestAlgorithm) else {
                return LocalizedMessage(es: "algoritmo de firma no admitido (\(signatureAlgorithm)); se aceptan RSA, RSA-PSS, ECDSA y Ed25519",
                                        en: "unsupported signature algorithm (\(signatureAlgorithm)); RSA, RSA-PSS, ECDSA and Ed25519 are accepted")
            }
            valid = signer.publicKey.isValidSignature(signature, for: signedBytes, signatureAlgorithm: algorithm)
        }
        guard valid else {
            return LocalizedMessage(es: "la firma no corresponde a la clave del certificado del firmante",
                                    en: "the signature does not match the signer certificate's key")
        }
        return nil
    }

    /// The digest of `content` with the algorithm `oid` (SHA-2 only: SHA-1 is not accepted).
    static func digest(_ content: [UInt8], algorithm oid: String) -> [UInt8]? {
        switch oid {
        case "2.16.840.1.101.3.4.2.1": Array(SHA256.hash(data: content))
        case "2.16.840.1.101.3.4.2.2": Array(SHA384.hash(data: content))
        case "2.16.840.1.101.3.4.2.3": Array(SHA512.hash(data: content))
        default: nil
        }
    }

    /// The X.509 signature algorithm for a SignerInfo's signature and digest OIDs; signers often
    /// name only the key type (`ecPublicKey`, `rsaEncryption`) and leave the hash to the digest OID.
    static func signatureAlgorithm(_ oid: String, digest: String) -> Certificate.SignatureAlgorithm? {
        let hash = ["2.16.840.1.101.3.4.2.1": 256, "2.16.840.1.101.3.4.2.2": 384, "2.16.840.1.101.3.4.2.3": 512][digest]
        switch (oid, hash) {
        case ("1.2.840.10045.4.3.2", _), ("1.2.840.10045.2.1", 256): return .ecdsaWithSHA256
        case ("1.2.840.10045.4.3.3", _), ("1.2.840.10045.2.1", 384): return .ecdsaWithSHA384
        case ("1.2.840.10045.4.3.4", _), ("1.2.840.10045.2.1", 512): return .ecdsaWithSHA512
        case ("1.2.840.113549.1.1.11", _), ("1.2.840.113549.1.1.1", 256): return .sha256WithRSAEncryption
        case ("1.2.840.113549.1.1.12", _), ("1.2.840.113549.1.1.1", 384): return .sha384WithRSAEncryption
        case ("1.2.840.113549.1.1.13", _), ("1.2.840.113549.1.1.1", 512): return .sha512WithRSAEncryption
        case ("1.3.101.112", _): return .ed25519
        default: return nil
        }
    }
}
