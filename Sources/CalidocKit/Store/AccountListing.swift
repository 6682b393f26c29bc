import Foundation

/// One account as the administrator's list shows it: the account and, when it is locked now by
/// repeated wrong passwords, until when.
public struct AccountListing: Hashable, Sendable {
    /// The account.
    public let account: Account
    /// The end of the lock when the account is locked at the time of listing, else `nil`.
    public let lockedUntil: Date?

    /// Creates a listing row.
    public init(account: Account, lockedUntil: Date?) {
        self.account = account
        self.lockedUntil = lockedUntil
    }

    /// Whether the account refuses every password now.
    public var isLocked: Bool { lockedUntil != nil }
}

extension Account {
    /// The SHA-256 the audit log records for the account's visible content (user name, name, role):
    /// the "before" and "after" of a change to it.
    public var auditDigest: String {
        SHA256Digest.hex(Array("\(username)\n\(displayName)\n\(role.rawValue)".utf8))
    }

    /// The audit log's target for this account.
    public var auditTarget: String { "cuenta/\(username)" }
}

extension LoginState {
    /// The SHA-256 the audit log records for the lock-out counters (before and after an unlock).
    public var auditDigest: String {
        SHA256Digest.hex(Array("\(failures)\n\(lockedUntil.map { String($0) } ?? "-")".utf8))
    }
}
