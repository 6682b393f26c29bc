import Foundation

/// When repeated wrong passwords lock an account, and for how long.
public struct LoginPolicy: Hashable, Sendable {
    /// Wrong passwords in a row that lock the account.
    public let maximumFailures: Int
    /// How long a locked account refuses every password, even the right one.
    public let lockDuration: TimeInterval

    /// Creates a policy.
    public init(maximumFailures: Int = 5, lockDuration: TimeInterval = 15 * 60) {
        self.maximumFailures = max(1, maximumFailures)
        self.lockDuration = max(0, lockDuration)
    }
}

/// What a login attempt gave.
public enum LoginOutcome: Hashable, Sendable {
    /// The password is right: the account.
    case accepted(Account)
    /// Unknown user or wrong password (the two are not told apart, so names cannot be guessed).
    case rejected
    /// Too many wrong passwords: no password is checked until `until`.
    case locked(until: Date)
}

/// The store's notion of now: milliseconds since 1970, injected so tests move time instead of waiting.
public typealias StoreClock = @Sendable () -> Int64

/// The system clock in milliseconds since 1970.
public let systemStoreClock: StoreClock = { Int64((Date().timeIntervalSince1970 * 1000).rounded()) }
