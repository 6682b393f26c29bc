import Foundation

/// One signature dictionary found in a PDF: its `/ByteRange`, the CMS bytes of its `/Contents`
/// and the descriptive entries a signer writes (`/Name`, `/M`, `/Reason`, `/Location`, `/SubFilter`).
struct PDFSignatureField: Sendable {
    /// The four numbers of `/ByteRange`: start and length of the two signed spans.
    var byteRange: [Int]
    /// Offset of the dictionary in the file (for messages).
    var offset: Int
    /// The DER bytes of `/Contents` (hex-decoded, zero padding kept).
    var contents: [UInt8]
    /// `/SubFilter` without the slash (`adbe.pkcs7.detached`, `ETSI.CAdES.detached`, …).
    var subFilter: String?
    /// `/Name`, `/M`, `/Reason`, `/Location` as written.
    var name: String?, date: String?, reason: String?, location: String?
    /// Why the `/ByteRange` is not acceptable; `nil` when it covers the file but the signature.
    var rangeProblem: LocalizedMessage?

    /// End of the second signed span: everything after it was added after this signature.
    var signedEnd: Int { byteRange.count == 4 ? byteRange[2] + byteRange[3] : 0 }

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
            let dictionaryStart = PDFBytes.findBackward(Array("obj".utf8), in: pdf, before: found) ?? max(0, found - 4096)
            let dictionaryEnd = PDFBytes.find(Array("endobj".utf8), in: pdf, from: found) ?? pdf.count
            guard let numbers = PDFBytes.integers(in: pdf, after: position, count: 4) else { continue }
            var field = PDFSignatureField(byteRange: numbers, offset: found, contents: [])
            let text = PDFBytes.latin1(pdf[dictionaryStart..<dictionaryEnd])
            field.subFilter = PDFBytes.nameValue("/SubFilter", in: text)
            field.name = PDFBytes.stringValue("/Name", in: text)
            field.date = PDFBytes.stringValue("/M", in: text)
            field.reason = PDFBytes.stringValue("/Reason", in: text)
            field.location = PDFBytes.stringValue("/Location", in: text)
            field.rangeProblem = field.checkRange(in: pdf, dictionary: dictionaryStart..<dictionaryEnd)
            if field.rangeProblem == nil {
                field.contents = PDFBytes.hexDecode(pdf[(numbers[1] + 1)..<(numbers[2] - 1)]) ?? []
                if field.contents.isEmpty {
                    field.rangeProblem = LocalizedMessage(es: "/Contents no es una cadena hexadecimal válida", en: "/Contents is not a valid hex string")
                }
            }
            fields.append(field)
        }
        return fields
    }

    private func checkRange(in pdf: [UInt8], dictionary: Range<Int>) -> LocalizedMessage? {
        let (start, first, second, secondLength) = (byteRange[0], byteRange[1], byteRange[2], byteRange[3])
        guard start == 0 else { return LocalizedMessage(es: "/ByteRange no empieza en el byte 0",
                                    en: "/ByteRange does not start at byte 0") }
        guard first > 0, second > first + 1, secondLength >= 0, second + secondLength <= pdf.count else {
            return LocalizedMessage(es: "/ByteRange [\(byteRange.map(String.init).joined(separator: " "))] no cabe en el archivo de \(pdf.count) bytes",
                                    en: "/ByteRange [\(byteRange.map(String.init).joined(separator: " "))] does not fit the \(pdf.count)-byte file")
        }
        guard pdf[first] == UInt8(ascii: "<"), pdf[second - 1] == UInt8(ascii: ">") else {
            return LocalizedMessage(es: "el hueco de /ByteRange no es la cadena /Contents",
                                    en: "the /ByteRange gap is not the /Contents string")
        }
        guard dictionary.contains(first), dictionary.contains(second - 1) else {
            return LocalizedMessage(es: "el hueco de /ByteRange está fuera del diccionario de la firma",
                                    en: "the /ByteRange gap is outside the signature dictionary")
        }
        // The gap must be this dictionary's /Contents value, not some other string.
        let before = PDFBytes.latin1(pdf[max(dictionary.lowerBound, first - 16)..<first])
        guard before.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("/Contents") else {
            return LocalizedMessage(es: "el hueco de /ByteRange no es el valor de /Contents",
                                    en: "the /ByteRange gap is not the value of /Contents")
        }
        return nil
    }
}
