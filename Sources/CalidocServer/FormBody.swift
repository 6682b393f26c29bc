import CalidocKit
import Foundation
import Hummingbird

/// A posted `application/x-www-form-urlencoded` form, its fields kept in order (the editor needs the
/// order of repeated names).
struct FormBody {
    /// The fields, in the order the browser sent them.
    var fields: [EditorField]

    /// The last value of `name`.
    subscript(name: String) -> String? { fields.last { $0.name == name }?.value }

    /// Reads the body of `request`, at most `limit` bytes.
    ///
    /// - Throws: ``WebError/tooLarge`` over the limit, ``WebError/badForm`` when it is not a form.
    static func read(_ request: Request, limit: Int) async throws -> FormBody {
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: limit)
        } catch {
            throw WebError.tooLarge
        }
        guard let text = buffer.getString(at: buffer.readerIndex, length: buffer.readableBytes) else { throw WebError.badForm }
        guard let form = parse(text) else { throw WebError.badForm }
        return form
    }

    /// Parses `a=1&b=2` (plus signs are spaces); nil for malformed percent escapes or invalid UTF-8.
    static func parse(_ text: String) -> FormBody? {
        var fields: [EditorField] = []
        // Split on the bytes `&` and `=` (ASCII, never inside a UTF-8 sequence), not on characters.
        for pair in text.utf8.split(separator: 0x26, omittingEmptySubsequences: true) {
            let parts = pair.split(separator: 0x3D, maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = decode(Substring(parts[0])), let value = decode(parts.count > 1 ? Substring(parts[1]) : "") else { return nil }
            fields.append(EditorField(name: name, value: value))
        }
        return FormBody(fields: fields)
    }

    /// `+` is a space, `%XX` a byte; the bytes must be UTF-8. Byte by byte: the editor posts
    /// hundreds of fields while the person types, and Foundation's string search cost more than
    /// the rest of reading the form.
    static func decode(_ text: Substring) -> String? {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == 0x2b || $0 == 0x25 }) else { return String(text) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            index = utf8.index(after: index)
            switch byte {
            case 0x2b:
                bytes.append(0x20)
            case 0x25:
                guard index < utf8.endIndex, let high = hexValue(utf8[index]) else { return nil }
                let next = utf8.index(after: index)
                guard next < utf8.endIndex, let low = hexValue(utf8[next]) else { return nil }
                bytes.append(high << 4 | low)
                index = utf8.index(after: next)
            default:
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }
}
