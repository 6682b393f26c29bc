import Foundation
import Hummingbird

/// A posted `multipart/form-data` body (the signed-PDF upload): its parts, each with its field name,
/// the file name the browser sent (for file fields) and its bytes. Read whole, up to a limit.
struct MultipartForm {
    /// One part.
    struct Part {
        var name: String
        var fileName: String?
        var bytes: [UInt8]
    }

    /// The parts, in the order sent.
    var parts: [Part]

    /// The text of the last part named `name` (UTF-8).
    subscript(name: String) -> String? {
        parts.last { $0.name == name }.map { String(decoding: $0.bytes, as: UTF8.self) }
    }

    /// The last part named `name` that carries a file.
    func file(_ name: String) -> Part? { parts.last { $0.name == name && $0.fileName != nil } }

    /// Reads the body of `request`, at most `limit` bytes.
    ///
    /// - Throws: `tooLarge` over the limit, ``WebError/badForm`` when it is not a multipart form.
    static func read(_ request: Request, limit: Int, tooLarge: WebError) async throws -> MultipartForm {
        guard let boundary = boundary(request.headers[.contentType] ?? "") else { throw WebError.badForm }
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: limit)
        } catch {
            throw tooLarge
        }
        guard let form = parse(Array(buffer.readableBytesView), boundary: boundary) else { throw WebError.badForm }
        return form
    }

    /// The boundary of a `multipart/form-data; boundary=…` content type.
    static func boundary(_ contentType: String) -> String? {
        let items = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard items.first?.lowercased() == "multipart/form-data" else { return nil }
        for item in items.dropFirst() where item.lowercased().hasPrefix("boundary=") {
            var value = String(item.dropFirst("boundary=".count))
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            // RFC 2046: 1 to 70 characters.
            return (1...70).contains(value.utf8.count) ? value : nil
        }
        return nil
    }

    /// Splits `body` at `--boundary` lines; `nil` when the framing is broken.
    static func parse(_ body: [UInt8], boundary: String) -> MultipartForm? {
        let delimiter = Array("--\(boundary)".utf8)
        let separator = Array("\r\n--\(boundary)".utf8)
        let headerEnd = Array("\r\n\r\n".utf8)
        guard let first = body.firstRange(of: delimiter) else { return nil }
        var position = first.upperBound
        var parts: [Part] = []
        while true {
            let rest = body[position...]
            if rest.starts(with: Array("--".utf8)) { return MultipartForm(parts: parts) }
            guard rest.starts(with: Array("\r\n".utf8)) else { return nil }
            let start = position + 2
            guard let headersRange = body[start...].firstRange(of: headerEnd) else { return nil }
            let headers = String(decoding: body[start..<headersRange.lowerBound], as: UTF8.self)
            guard let end = body[headersRange.upperBound...].firstRange(of: separator),
                  let (name, fileName) = disposition(headers)
            else { return nil }
            parts.append(Part(name: name, fileName: fileName, bytes: Array(body[headersRange.upperBound..<end.lowerBound])))
            position = end.upperBound
        }
    }

    /// The field name and file name of a part's `Content-Disposition: form-data; name="…"; filename="…"`.
    static func disposition(_ headers: String) -> (String, String?)? {
        for line in headers.components(separatedBy: "\r\n") {
            let pieces = line.split(separator: ":", maxSplits: 1)
            guard pieces.count == 2, pieces[0].trimmingCharacters(in: .whitespaces).lowercased() == "content-disposition" else { continue }
            var name: String?
            var fileName: String?
            for parameter in pieces[1].split(separator: ";").dropFirst() {
                let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard pair.count == 2 else { continue }
                var value = pair[1]
                if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
                switch pair[0].lowercased() {
                case "name": name = value
                case "filename": fileName = value
                default: break
                }
            }
            return name.map { ($0, fileName) }
        }
        return nil
    }
}
