import Foundation
import SwiftASN1
import X509

/// The parts of a CMS `SignedData` (RFC 5652) that a signature check needs, read with SwiftASN1.
///
/// swift-certificates keeps its CMS types internal and insists that the digest algorithm
/// identifier matches the one it would write itself byte for byte, which rejects valid signatures
/// of common PDF signers (pyHanko, FirmaGob), so PDF signatures are read here and checked by
/// ``CMSEnvelope/check(content:trustRoots:)``.
struct CMSEnvelope: Sendable {
    /// Dotted OID of the digest algorithm of the (single) signer.
    var digestAlgorithm: String
    /// Dotted OID of the signature algorithm of the signer.
    var signatureAlgorithm: String
    /// DER of the signature algorithm's parameters (RSA-PSS), when present and not NULL.
    var signatureParameters: [UInt8]?
    /// Dotted OID of the encapsulated content type (`id-data`, or `id-ct-TSTInfo` in a timestamp token).
    var contentType = "1.2.840.113549.1.7.1"
    /// The encapsulated content, when the signature is not detached.
    var encapsulatedContent: [UInt8]?
    /// DER of the first RFC 3161 signature timestamp token among the unsigned attributes.
    var timestampToken: [UInt8]?
    /// The signature value.
    var signature: [UInt8]
    /// DER of the signed attributes as signed (`SET OF`), `nil` when the signer signed the content itself.
    var signedAttributes: [UInt8]?
    /// The `messageDigest` signed attribute.
    var messageDigest: [UInt8]?
    /// The `contentType` signed attribute (must name the encapsulated content type).
    var signedContentType: String?
    /// The `signingTime` signed attribute.
    var signingTime: Date?
    /// Every certificate the envelope carries.
    var certificates: [Certificate]
    /// How the signer names its certificate.
    var signerIdentifier: SignerIdentifier

    /// RFC 5652 `SignerIdentifier`.
    enum SignerIdentifier: Sendable {
        case issuerAndSerial(issuer: DistinguishedName, serial: [UInt8])
        case subjectKeyIdentifier([UInt8])
    }

    /// Reads a DER `ContentInfo` holding `SignedData`; trailing padding (PDF `/Contents` is
    /// zero-filled) is ignored.
    init(der bytes: [UInt8]) throws(SignatureError) {
        do {
            let root = try DER.parse(Array(bytes.prefix(try Self.encodedLength(bytes))))
            let contentInfo = try Self.children(root)
            guard contentInfo.count == 2,
                  try ASN1ObjectIdentifier(derEncoded: contentInfo[0]).description == "1.2.840.113549.1.7.2",
                  let signedDataNode = try Self.children(contentInfo[1]).first
            else { throw SignatureError.malformed("no es un SignedData de CMS") }
            let signedData = try Self.children(signedDataNode)
            if signedData.count >= 3, signedData[2].identifier == .sequence {
                let encapsulated = try Self.children(signedData[2])
                if let type = encapsulated.first { contentType = try ASN1ObjectIdentifier(derEncoded: type).description }
                if encapsulated.count >= 2, encapsulated[1].identifier == Self.tag(0), let octets = try Self.children(encapsulated[1]).first {
                    encapsulatedContent = Array(try ASN1OctetString(derEncoded: octets).bytes)
                }
            }
            guard let signerSet = signedData.last, let signerNode = try Self.children(signerSet).first else {
                throw SignatureError.malformed("el SignedData no tiene firmantes")
            }
            certificates = try signedData.filter { $0.identifier == Self.tag(0) }.flatMap { node in
                try Self.children(node).filter { $0.identifier == .sequence }.map { try Certificate(derEncoded: Array($0.encodedBytes)) }
            }
            let signer = try Self.children(signerNode)
            guard signer.count >= 5 else { throw SignatureError.malformed("SignerInfo incompleto") }
            if signer[1].identifier == .sequence {
                let parts = try Self.children(signer[1])
                guard parts.count == 2, case .primitive(let serial) = parts[1].content else {
                    throw SignatureError.malformed("IssuerAndSerialNumber incompleto")
                }
                signerIdentifier = .issuerAndSerial(issuer: try DistinguishedName(derEncoded: parts[0]), serial: Array(serial))
            } else if case .primitive(let identifier) = signer[1].content {
                signerIdentifier = .subjectKeyIdentifier(Array(identifier))
            } else {
                throw SignatureError.malformed("SignerIdentifier desconocido")
            }
            digestAlgorithm = try Self.algorithm(signer[2]).oid
            var index = 3
            if signer[index].identifier == Self.tag(0) {
                // The signature covers the attributes re-tagged as a universal SET OF (RFC 5652 §5.4).
                var der = Array(signer[index].encodedBytes)
                der[0] = 0x31
                signedAttributes = der
                for attribute in try Self.children(signer[index]) {
                    let parts = try Self.children(attribute)
                    guard parts.count == 2, let value = try Self.children(parts[1]).first else { continue }
                    switch try ASN1ObjectIdentifier(derEncoded: parts[0]).description {
                    case "1.2.840.113549.1.9.4":
                        messageDigest = try ASN1OctetString(derEncoded: value).bytes.map { $0 }
                    case "1.2.840.113549.1.9.5":
                        signingTime = try? Self.date(value)
                    case "1.2.840.113549.1.9.3":
                        signedContentType = try ASN1ObjectIdentifier(derEncoded: value).description
                    default:
                        break
                    }
                }
                index += 1
            }
            guard signer.count > index + 1 else { throw SignatureError.malformed("SignerInfo incompleto") }
            (signatureAlgorithm, signatureParameters) = try Self.algorithm(signer[index])
            signature = Array(try ASN1OctetString(derEncoded: signer[index + 1]).bytes)
            if signer.count > index + 2, signer[index + 2].identifier == Self.tag(1) {
                for attribute in try Self.children(signer[index + 2]) {
                    let parts = try Self.children(attribute)
                    guard parts.count == 2, try ASN1ObjectIdentifier(derEncoded: parts[0]).description == "1.2.840.113549.1.9.16.2.14",
                          let token = try Self.children(parts[1]).first
                    else { continue }
                    timestampToken = Array(token.encodedBytes)
                    break
                }
            }
        } catch let error as SignatureError {
            throw error
        } catch {
            throw SignatureError.malformed("\(error)")
        }
    }

    /// The certificate the signer identifies.
    var signerCertificate: Certificate? {
        certificates.first { certificate in
            switch signerIdentifier {
            case .issuerAndSerial(let issuer, let serial):
                // DER integers may carry a leading zero byte that the parsed serial does not.
                certificate.issuer == issuer && certificate.serialNumber.bytes.drop { $0 == 0 }.elementsEqual(serial.drop { $0 == 0 })
            case .subjectKeyIdentifier(let identifier):
                (try? certificate.extensions.subjectKeyIdentifier).flatMap { $0.map { Array($0.keyIdentifier) } } == identifier
            }
        }
    }

    static func tag(_ number: UInt) -> ASN1Identifier {
        ASN1Identifier(tagWithNumber: number, tagClass: .contextSpecific)
    }

    static func children(_ node: ASN1Node) throws -> [ASN1Node] {
        guard case .constructed(let nodes) = node.content else {
            throw SignatureError.malformed("se esperaba una estructura ASN.1 compuesta")
        }
        return Array(nodes)
    }

    static func algorithm(_ node: ASN1Node) throws -> (oid: String, parameters: [UInt8]?) {
        let parts = try children(node)
        guard let first = parts.first else { throw SignatureError.malformed("AlgorithmIdentifier vacío") }
        let parameters = parts.count > 1 && parts[1].identifier != .null ? Array(parts[1].encodedBytes) : nil
        return (try ASN1ObjectIdentifier(derEncoded: first).description, parameters)
    }

    static func date(_ node: ASN1Node) throws -> Date {
        var components = DateComponents()
        if node.identifier == .utcTime {
            let time = try UTCTime(derEncoded: node)
            components = DateComponents(year: time.year, month: time.month, day: time.day,
                                        hour: time.hours, minute: time.minutes, second: time.seconds)
        } else {
            let time = try GeneralizedTime(derEncoded: node)
            components = DateComponents(year: time.year, month: time.month, day: time.day,
                                        hour: time.hours, minute: time.minutes, second: time.seconds)
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        guard let date = calendar.date(from: components) else { throw SignatureError.malformed("fecha de firma inválida") }
        return date
    }

    /// Length of the outer DER element (header included), so zero padding after it is ignored.
    private static func encodedLength(_ bytes: [UInt8]) throws -> Int {
        guard bytes.count >= 2, bytes[0] == 0x30 else { throw SignatureError.malformed("la firma no empieza con una secuencia DER") }
        let first = Int(bytes[1])
        if first < 0x80 { return 2 + first }
        let count = first & 0x7f
        guard count > 0, count <= 4, bytes.count >= 2 + count else { throw SignatureError.malformed("longitud DER inválida") }
        let length = bytes[2..<(2 + count)].reduce(0) { $0 << 8 | Int($1) }
        guard length <= bytes.count - 2 - count else { throw SignatureError.malformed("la firma está truncada") }
        return 2 + count + length
    }
}
