import Foundation

/// One signature dictionary found in a PDF: its `/ByteRange`, the CMS bytes of its `/Contents`
/// and the descriptive entries a signer writes (`/Name`, `/M`, `/Reason`, `/Location`, `/SubFilter`).
///
/// Everything here reads hostile bytes: offsets are checked with overflow-reporting arithmetic,
/// every scan is bounded, and a dictionary that cannot be used becomes a ``rangeProblem`` naming
/// its byte offset, never a crash.
struct PDFSignatureField: Sendable {
    /// The four numbers of `/ByteRange`: start and length of the two signed spans (empty when unreadable).
    var byteRange: [Int]
    /// Offset of the `/ByteRange` key in the file (for messages).
    var offset: Int
    /// The DER bytes of `/Contents` (hex-decoded, zero padding kept).
    var contents: [UInt8]
    /// `/SubFilter` without the slash (`adbe.pkcs7.detached`, `ETSI.CAdES.detached`, …).
    var subFilter: String?
    /// `/Name`, `/M`, `/Reason`, `/Location` as written.
    var name: String?, date: String?, reason: String?, location: String?
    /// Why the `/ByteRange` is not acceptable; `nil` when it covers the file but the signature.
    var rangeProblem: LocalizedMessage?

    /// Most signature dictionaries read from one file (real documents carry a handful).
    static let maximumFields = 100
    /// Largest `/Contents` accepted, in bytes of hex text (a signature with its chain, CRLs and
    /// OCSP answers stays far below).
    static let maximumContents = 16 << 20
    /// How far around `/ByteRange` the rest of its dictionary is looked for.
    static let window = 64 << 10

    /// End of the second signed span (`Int.max` when the sum overflows): everything after it was
    /// added after this signature.
    var signedEnd: Int {
        guard byteRange.count == 4 else { return 0 }
        let (sum, overflow) = byteRange[2].addingReportingOverflow(byteRange[3])
        return overflow ? Int.max : sum
    }

    /// Finds every dictionary with a `/ByteRange` in `pdf`.
    ///
    /// Signature dictionaries are never compressed (their offsets must be patched in place), so a
    /// byte scan finds them all; each range is then checked against the file (starts at 0, the gap
    /// is exactly the `/Contents` hex string of the same dictionary, ends inside the file).
    static func scan(_ pdf: [UInt8]) -> [PDFSignatureField] {
        let key = Array("/ByteRange".utf8)
        var fields: [PDFSignatureField] = []
        var position = 0
        while let found = PDFBytes.find(key, in: pdf, from: position) {
            position = found + key.count
            guard fields.count < maximumFields else {
                fields.append(PDFSignatureField(byteRange: [], offset: found, contents: [], rangeProblem: LocalizedMessage(
                    es: "el archivo tiene más de \(maximumFields) diccionarios /ByteRange (byte \(found)); no se leen más",
                    en: "the file has more than \(maximumFields) /ByteRange dictionaries (byte \(found)); no more are read")))
                break
            }
            let dictionaryStart = PDFBytes.findBackward(Array("obj".utf8), in: pdf, before: found, limit: window) ?? max(0, found - window)
            let dictionaryEnd = PDFBytes.find(Array("endobj".utf8), in: pdf, from: found, limit: maximumContents + window)
                ?? min(pdf.count, found + maximumContents + window)
            guard let numbers = PDFBytes.integers(in: pdf, after: position, count: 4) else {
                fields.append(PDFSignatureField(byteRange: [], offset: found, contents: [], rangeProblem: LocalizedMessage(
                    es: "/ByteRange en el byte \(found) no son cuatro enteros no negativos que quepan en un número de 64 bits",
                    en: "/ByteRange at byte \(found) is not four non-negative integers that fit a 64-bit number")))
                continue
            }
            var field = PDFSignatureField(byteRange: numbers, offset: found, contents: [])
            field.rangeProblem = field.checkRange(in: pdf, dictionary: dictionaryStart..<dictionaryEnd)
            // The descriptive entries, read around the signature's hex string (not through it).
            let gap = field.rangeProblem == nil ? numbers[1]..<numbers[2] : found..<found
            let before = pdf[max(dictionaryStart, gap.lowerBound - window)..<gap.lowerBound]
            let after = pdf[gap.upperBound..<min(dictionaryEnd, gap.upperBound + window)]
            let text = PDFBytes.latin1(before) + " " + PDFBytes.latin1(after)
            field.subFilter = PDFBytes.nameValue("/SubFilter", in: text)
            field.name = PDFBytes.stringValue("/Name", in: text)
            field.date = PDFBytes.stringValue("/M", in: text)
            field.reason = PDFBytes.stringValue("/Reason", in: text)
            field.location = PDFBytes.stringValue("/Location", in: text)
            if field.rangeProblem == nil {
                field.contents = PDFBytes.hexDecode(pdf[(numbers[1] + 1)..<(numbers[2] - 1)]) ?? []
                if field.contents.isEmpty {
                    field.rangeProblem = LocalizedMessage(es: "/Contents de la firma en el byte \(found) no es una cadena hexadecimal válida",
                                                          en: "/Contents of the signature at byte \(found) is not a valid hex string")
                }
            }
            fields.append(field)
        }
        return fields
    }

    private func checkRange(in pdf: [UInt8], dictionary: Range<Int>) -> LocalizedMessage? {
        let (start, first, second, secondLength) = (byteRange[0], byteRange[1], byteRange[2], byteRange[3])
        let listed = byteRange.map(String.init).joined(separator: " ")
        guard start == 0 else {
            return LocalizedMessage(es: "/ByteRange [\(listed)] en el byte \(offset) no empieza en el byte 0",
                                    en: "/ByteRange [\(listed)] at byte \(offset) does not start at byte 0")
        }
        let (end, overflow) = second.addingReportingOverflow(secondLength)
        guard first > 0, first < second, second - first >= 2, !overflow, end <= pdf.count else {
            return LocalizedMessage(es: "/ByteRange [\(listed)] en el byte \(offset) se superpone, es negativo o no cabe en el archivo de \(pdf.count) bytes",
                                    en: "/ByteRange [\(listed)] at byte \(offset) overlaps, is negative or does not fit the \(pdf.count)-byte file")
        }
        guard second - first <= Self.maximumContents else {
            return LocalizedMessage(es: "la firma en el byte \(offset) ocupa \(second - first) bytes, más que cualquier firma real",
                                    en: "the signature at byte \(offset) takes \(second - first) bytes, more than any real signature")
        }
        guard pdf[first] == UInt8(ascii: "<"), pdf[second - 1] == UInt8(ascii: ">") else {
            return LocalizedMessage(es: "el hueco de /ByteRange [\(listed)] en el byte \(offset) no es la cadena /Contents",
                                    en: "the gap of /ByteRange [\(listed)] at byte \(offset) is not the /Contents string")
        }
        guard dictionary.contains(first), dictionary.contains(second - 1) else {
            return LocalizedMessage(es: "el hueco de /ByteRange [\(listed)] en el byte \(offset) está fuera del diccionario de la firma",
                                    en: "the gap of /ByteRange [\(listed)] at byte \(offset) is outside the signature dictionary")
        }
        // The gap must be this dictionary's /Contents value, not some other string.
        let before = PDFBytes.latin1(pdf[max(dictionary.lowerBound, first - 16)..<first])
        guard before.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("/Contents") else {
            return LocalizedMessage(es: "el hueco de /ByteRange [\(listed)] en el byte \(offset) no es el valor de /Contents",
                                    en: "the gap of /ByteRange [\(listed)] at byte \(offset) is not the value of /Contents")
        }
        return nil
    }
}
