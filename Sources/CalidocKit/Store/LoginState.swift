/// The lock-out counters of an account, as both stores keep them, and the one rule that moves them:
/// a wrong password counts; reaching ``LoginPolicy/maximumFailures`` locks the account for
/// ``LoginPolicy/lockDuration``; a right password (when not locked) clears the count.
public struct LoginState: Hashable, Sendable {
    /// Wrong passwords in a row since the last right one or the last lock.
    public var failures: Int
    /// Until when the account is locked (milliseconds since 1970), if it was locked.
    public var lockedUntil: Int64?

    /// Creates counters.
    public init(failures: Int = 0, lockedUntil: Int64? = nil) {
        self.failures = failures
        self.lockedUntil = lockedUntil
    }

    /// The end of the lock when the account is locked at `now`.
    public func lockEnd(at now: Int64) -> Int64? {
        guard let lockedUntil, lockedUntil > now else { return nil }
        return lockedUntil
    }

    /// The counters after a wrong password at `now`; `locked` says whether this one locked the account.
    public func afterFailure(at now: Int64, policy: LoginPolicy) -> (state: LoginState, locked: Bool) {
        let failures = self.failures + 1
        guard failures >= policy.maximumFailures else { return (LoginState(failures: failures, lockedUntil: nil), false) }
        let until = now + Int64((policy.lockDuration * 1000).rounded())
        return (LoginState(failures: 0, lockedUntil: until), true)
    }

    /// The counters after a right password.
    public static let cleared = LoginState()
}
