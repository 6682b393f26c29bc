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
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = decode(parts[0]), let value = decode(parts.count > 1 ? parts[1] : "") else { return nil }
            fields.append(EditorField(name: name, value: value))
        }
        return FormBody(fields: fields)
    }

    private static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
