import CalidocKit
import HummingbirdBcrypt

/// bcrypt password hashes (hummingbird-auth's `HummingbirdBcrypt`), the ``PasswordHasher`` the shared
/// server gives either store. The hash text holds its cost, so raising ``cost`` later still checks
/// the passwords hashed before.
///
/// bcrypt reads at most 72 bytes and stops at a NUL byte; the password is therefore first reduced
/// to the hexadecimal SHA-256 of its UTF-8 bytes (64 characters), so a long passphrase counts whole
/// and two passwords differing after a NUL or after 72 bytes never match each other.
public struct BcryptPasswordHasher: PasswordHasher {
    /// log2 of the rounds: 12 on a server (about a quarter of a second); the tests use 4.
    public let cost: UInt8

    /// A hasher with `cost` (clamped to bcrypt's 4...31).
    public init(cost: UInt8 = 12) {
        self.cost = min(max(cost, 4), 31)
    }

    public func hash(_ password: String) throws -> String {
        Bcrypt.hash(Self.prepared(password), cost: cost)
    }

    public func verify(_ password: String, against hash: String) -> Bool {
        Bcrypt.verify(Self.prepared(password), hash: hash)
    }

    private static func prepared(_ password: String) -> String {
        SHA256Digest.hex(Array(password.utf8))
    }
}
