import Crypto
import Foundation

/// The anti-CSRF token: random per server process, placed in every state-changing form as a hidden
/// field and compared in constant time when the form comes back.
///
/// Another web site can make the browser post a form to 127.0.0.1, but it cannot read our pages,
/// so it cannot know the token.
public struct CSRFToken: Sendable {
    /// The token's text (URL-safe base64 of 32 random bytes).
    public let value: String

    /// A new random token.
    public init() {
        let key = SymmetricKey(size: .bits256)
        value = key.withUnsafeBytes { Data($0) }.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// A fixed token (tests).
    public init(value: String) {
        self.value = value
    }

    /// Whether `candidate` is the token, in time that does not depend on where they differ.
    public func matches(_ candidate: String?) -> Bool {
        guard let candidate else { return false }
        let expected = Array(value.utf8)
        let given = Array(candidate.utf8)
        var difference = UInt8(expected.count == given.count ? 0 : 1)
        for index in 0..<expected.count {
            difference |= expected[index] ^ (index < given.count ? given[index] : 0)
        }
        return difference == 0
    }

    /// The name of the hidden form field.
    public static let fieldName = "csrf"
}
