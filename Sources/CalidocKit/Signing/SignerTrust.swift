import Foundation
import SwiftASN1
@_spi(FixedExpiryValidationTime) import X509

/// The one trust policy of `verify`, `archive add` and timestamp checks: the signer's chain must
/// reach a trusted root and be valid now, or at a time proven by a trusted RFC 3161 timestamp
/// token over the signature, never at the `signingTime` the signer wrote (anyone can write any
/// date; that date is reported as information only).
enum SignerTrust {
    /// `nil` when `leaf` chains to one of `roots` at `time` (and, when `purpose` is given, its
    /// extended key usage names it); otherwise why not.
    static func validate(_ leaf: Certificate, intermediates: [Certificate], roots: [Certificate], at time: Date,
                         purpose: ExtendedKeyUsage.Usage? = nil) -> LocalizedMessage? {
        let store = CertificateStore(intermediates)
        let outcome = BlockingResult.wait {
            var verifier = Verifier(rootCertificates: CertificateStore(roots)) {
                RFC5280Policy(fixedExpiryValidationTime: time)
                PurposePolicy(required: purpose)
            }
            return await verifier.validate(leaf: leaf, intermediates: store)
        }
        switch outcome {
        case .validCertificate:
            return nil
        case .couldNotValidate(let failures):
            if leaf.notValidAfter < time || leaf.notValidBefore > time {
                let format = ISO8601DateFormatter()
                return LocalizedMessage(
                    es: "el certificado del firmante no está vigente (vale del \(format.string(from: leaf.notValidBefore)) al \(format.string(from: leaf.notValidAfter))) y ningún sello de tiempo confiable prueba que se firmó mientras lo estaba",
                    en: "the signer's certificate is not valid (valid from \(format.string(from: leaf.notValidBefore)) to \(format.string(from: leaf.notValidAfter))) and no trusted timestamp proves it was signed while it was")
            }
            _ = failures
            return LocalizedMessage(es: "el certificado del firmante no lleva a una raíz de confianza vigente",
                                    en: "the signer's certificate does not lead to a valid trusted root")
        }
    }
}

/// The extended key usage of the leaf: a timestamping authority's certificate must name
/// `timeStamping`; a signer's may name any purpose (signers' certificates carry many, often
/// marked critical, and the signature's meaning does not depend on them).
struct PurposePolicy: VerifierPolicy {
    /// The purpose the leaf must name, or `nil` for any.
    let required: ExtendedKeyUsage.Usage?

    var verifyingCriticalExtensions: [ASN1ObjectIdentifier] { [.X509ExtensionID.extendedKeyUsage] }

    mutating func chainMeetsPolicyRequirements(chain: UnverifiedCertificateChain) async -> PolicyEvaluationResult {
        guard let required else { return .meetsPolicy }
        guard let usage = try? chain.leaf.extensions.extendedKeyUsage, usage.contains(required) else {
            return .failsToMeetPolicy(reason: "extended key usage lacks \(required)")
        }
        return .meetsPolicy
    }
}
