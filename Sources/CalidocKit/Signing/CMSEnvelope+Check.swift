import Crypto
import Foundation
@_spi(FixedExpiryValidationTime) import X509

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
    }

    /// Checks that the signature covers `content` (digest, then the signature over the signed
    /// attributes or the content) and, when `trustRoots` is given, that the signer's chain reaches
    /// one of them at the signing time (or now, when the signature states no time).
    func check(content: [UInt8], trustRoots: [Certificate]?) -> Check {
        var result = Check(signer: signerCertificate)
        guard let signer = result.signer else {
            result.integrityFailure = LocalizedMessage(es: "la firma no incluye el certificado del firmante",
                                                      en: "the signature does not include the signer's certificate")
            return result
        }
        result.integrityFailure = integrityFailure(content: content, signer: signer)
        if let trustRoots {
            let (trusted, reason) = validateChain(signer, roots: trustRoots)
            result.chainTrusted = trusted
            result.chainFailure = reason
        }
        return result
    }

    private func integrityFailure(content: [UInt8], signer: Certificate) -> LocalizedMessage? {
        guard let digest = Self.digest(content, algorithm: digestAlgorithm) else {
            return LocalizedMessage(es: "algoritmo de resumen no admitido (\(digestAlgorithm))", en: "unsupported digest algorithm (\(digestAlgorithm))")
        }
        guard let algorithm = Self.signatureAlgorithm(signatureAlgorithm, digest: digestAlgorithm) else {
            return LocalizedMessage(es: "algoritmo de firma no admitido (\(signatureAlgorithm))", en: "unsupported signature algorithm (\(signatureAlgorithm))")
        }
        let signedBytes: [UInt8]
        if let signedAttributes {
            guard let messageDigest else { return LocalizedMessage(es: "falta el atributo firmado messageDigest", en: "the messageDigest signed attribute is missing") }
            guard messageDigest == digest else {
                return LocalizedMessage(es: "el contenido no coincide con el resumen firmado: el archivo fue modificado",
                                        en: "the content does not match the signed digest: the file was modified")
            }
            signedBytes = signedAttributes
        } else {
            signedBytes = content
        }
        guard signer.publicKey.isValidSignature(signature, for: signedBytes, signatureAlgorithm: algorithm) else {
            return LocalizedMessage(es: "la firma no corresponde a la clave del certificado del firmante",
                                    en: "the signature does not match the signer certificate's key")
        }
        return nil
    }

    private func validateChain(_ signer: Certificate, roots: [Certificate]) -> (Bool, LocalizedMessage?) {
        let time = signingTime ?? Date()
        let intermediates = CertificateStore(certificates)
        let outcome = BlockingResult.wait {
            var verifier = Verifier(rootCertificates: CertificateStore(roots)) { RFC5280Policy(fixedExpiryValidationTime: time) }
            return await verifier.validate(leaf: signer, intermediates: intermediates)
        }
        switch outcome {
        case .validCertificate:
            return (true, nil)
        case .couldNotValidate(let failures):
            let reasons = failures.map { $0.policyFailureReason.description }
            guard reasons.isEmpty else { return (false, LocalizedMessage(es: reasons.joined(separator: "; "), en: reasons.joined(separator: "; "))) }
            return (false, LocalizedMessage(es: "no hay cadena hasta una raíz de confianza", en: "no chain to a trusted root"))
        }
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
