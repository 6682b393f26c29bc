import Foundation
import SwiftASN1
import X509

/// An RFC 3161 timestamp token (as `openssl ts -reply` or a TSA writes it): a CMS signature by a
/// timestamping authority over a `TSTInfo` that binds a hash (the message imprint) to a time.
public struct TimestampToken: Sendable {
    let envelope: CMSEnvelope
    /// The time the authority states.
    public let genTime: Date
    /// Dotted OID of the imprint's hash algorithm.
    public let imprintAlgorithm: String
    /// The hash the authority stamped.
    public let imprint: [UInt8]

    /// The authority (its certificate's subject), or `?`.
    public var authority: String { envelope.signerCertificate?.subject.description ?? "?" }

    /// Reads a `TimeStampResp` (status granted) or a bare token (`ContentInfo`).
    public init(der bytes: [UInt8]) throws(SignatureError) {
        var token = bytes
        do {
            let root = try DER.parse(bytes)
            let parts = try CMSEnvelope.children(root)
            if let first = parts.first, first.identifier == .sequence {
                let status = try CMSEnvelope.children(first).first.map { try Int(derEncoded: $0) }
                guard status == 0 || status == 1, parts.count >= 2 else {
                    throw SignatureError.malformed("respuesta de sellado de tiempo sin token (estado \(status.map(String.init) ?? "?"))")
                }
                token = Array(parts[1].encodedBytes)
            }
        } catch let error as SignatureError {
            throw error
        } catch {
            throw SignatureError.malformed("\(error)")
        }
        envelope = try CMSEnvelope(der: token)
        guard envelope.contentType == "1.2.840.113549.1.9.16.1.4", let info = envelope.encapsulatedContent else {
            throw SignatureError.malformed("el token no contiene un TSTInfo")
        }
        do {
            let fields = try CMSEnvelope.children(try DER.parse(info))
            guard fields.count >= 5 else { throw SignatureError.malformed("TSTInfo incompleto") }
            let imprintParts = try CMSEnvelope.children(fields[2])
            guard imprintParts.count == 2 else { throw SignatureError.malformed("messageImprint incompleto") }
            imprintAlgorithm = try CMSEnvelope.algorithm(imprintParts[0]).oid
            imprint = Array(try ASN1OctetString(derEncoded: imprintParts[1]).bytes)
            genTime = try CMSEnvelope.date(fields[4])
        } catch let error as SignatureError {
            throw error
        } catch {
            throw SignatureError.malformed("\(error)")
        }
    }

    /// Whether the token stamps `data` (its hash with the token's algorithm equals the imprint).
    public func covers(_ data: [UInt8]) -> Bool {
        CMSEnvelope.digest(data, algorithm: imprintAlgorithm) == imprint
    }

    /// Whether the token stamps a SHA-256 digest given as hexadecimal (an archive head).
    public func covers(digestHex: String) -> Bool {
        imprintAlgorithm == "2.16.840.1.101.3.4.2.1" && imprint.map { String(format: "%02x", $0) }.joined() == digestHex
    }

    /// `nil` when the authority's signature holds over the `TSTInfo`, its certificate is for
    /// timestamping and its chain reaches one of `trustRoots` now; otherwise why not.
    public func failure(trustRoots: [Certificate], now: Date = Date()) -> LocalizedMessage? {
        let check = envelope.check(content: nil, trustRoots: trustRoots, now: now, allowTimestamp: false, purpose: .timeStamping)
        if let failure = check.integrityFailure ?? check.chainFailure { return failure }
        guard let extendedUsage = try? check.signer?.extensions.extendedKeyUsage, extendedUsage.contains(.timeStamping) else {
            return LocalizedMessage(es: "el certificado que firma el sello de tiempo no es de una autoridad de sellado de tiempo",
                                    en: "the certificate signing the timestamp is not a timestamping authority's")
        }
        return nil
    }
}
