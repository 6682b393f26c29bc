import Foundation
import CalidocKit

/// A file's version tag (ETag): the SHA-256 of its bytes, so any change, by the browser or by hand,
/// gives a new tag.
enum FileVersion {
    /// The tag of `bytes`; `ausente` when the file does not exist.
    static func of(_ bytes: [UInt8]?) -> String {
        guard let bytes else { return "ausente" }
        return SHA256Digest.hex(bytes)
    }

    /// The ETag header value (a quoted strong tag).
    static func etag(_ bytes: [UInt8]?) -> String { "\"\(of(bytes))\"" }

    /// The version inside an `If-Match` header (quotes and a weak prefix removed).
    static func fromIfMatch(_ header: String) -> String {
        var text = header.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("W/") { text.removeFirst(2) }
        if text.hasPrefix("\""), text.hasSuffix("\""), text.count >= 2 { text = String(text.dropFirst().dropLast()) }
        return text
    }
}
