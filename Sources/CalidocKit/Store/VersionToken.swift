/// The version of a stored file a person started from: the SHA-256 of its bytes, or `ausente` when the
/// file did not exist. Both stores compute it the same way, so a token is the same whichever store
/// answers (and the same as the web editor's ETag, `FileVersion` in CalidocServer).
///
/// A write carries the token it started from; a store refuses it with ``StoreError/conflict(file:current:)``
/// when the file's current token differs, so of two saves from the same version the second never
/// silently replaces the first.
public struct VersionToken: Hashable, Sendable, CustomStringConvertible {
    /// The token's text (hexadecimal SHA-256 or `ausente`).
    public let value: String

    /// A token from its text (an `If-Match` header, a hidden form field).
    public init(_ value: String) {
        self.value = value
    }

    /// The token of a file that does not exist yet: writing with it creates the file.
    public static let absent = VersionToken("ausente")

    /// The token of `bytes` (``absent`` for `nil`).
    public static func of(_ bytes: [UInt8]?) -> VersionToken {
        guard let bytes else { return .absent }
        return VersionToken(SHA256Digest.hex(bytes))
    }

    /// The token's text.
    public var description: String { value }
}
