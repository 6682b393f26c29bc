import CalidocKit
import Foundation

/// One person's login: their account, the anti-CSRF token of their forms, and when it ends.
public struct LoginSession: Sendable {
    /// Who is logged in.
    public let account: Account
    /// The token every form of this login carries (another person's pages carry another).
    public let csrf: CSRFToken
    /// When the login ends unless renewed.
    public var expires: Date
}

/// The logins in progress, by the random token of their cookie. Kept in memory: restarting the
/// server asks everyone to log in again, and nothing of a login is ever written to disk.
public final class LoginSessions: @unchecked Sendable {
    private let lock = NSLock()
    private var sessions: [String: LoginSession] = [:]

    /// An empty table.
    public init() {}

    /// Starts a login for `account` lasting `lifetime`; the cookie's token.
    public func start(_ account: Account, lifetime: TimeInterval, now: Date = Date()) -> String {
        let token = CSRFToken().value
        let session = LoginSession(account: account, csrf: CSRFToken(), expires: now.addingTimeInterval(lifetime))
        lock.withLock {
            sessions = sessions.filter { $0.value.expires > now }
            sessions[token] = session
        }
        return token
    }

    /// The login of `token`, renewed for `lifetime`; `nil` when unknown or ended.
    public func session(_ token: String, lifetime: TimeInterval, now: Date = Date()) -> LoginSession? {
        lock.withLock {
            guard var session = sessions[token] else { return nil }
            guard session.expires > now else {
                sessions[token] = nil
                return nil
            }
            session.expires = now.addingTimeInterval(lifetime)
            sessions[token] = session
            return session
        }
    }

    /// Ends the login of `token`.
    public func end(_ token: String) {
        _ = lock.withLock { sessions.removeValue(forKey: token) }
    }

    /// Ends every login of the account `username` of `institution` but the one of `kept` (the
    /// person's own, when they change their own password): after a removal, a new role or a new
    /// password the change holds at once, not when the login would have ended.
    ///
    /// - Returns: How many logins ended.
    @discardableResult
    public func end(username: String, institution: String, keeping kept: String? = nil) -> Int {
        lock.withLock {
            let ended = sessions.filter { token, session in
                token != kept && session.account.username == username && session.account.institution == institution
            }
            for token in ended.keys { sessions[token] = nil }
            return ended.count
        }
    }

    /// Shows `account`'s new display name in its open logins (the role is unchanged: a new role
    /// ends them instead).
    public func rename(_ account: Account) {
        lock.withLock {
            for (token, session) in sessions
            where session.account.username == account.username && session.account.institution == account.institution {
                sessions[token] = LoginSession(account: account, csrf: session.csrf, expires: session.expires)
            }
        }
    }

    /// How many logins of the account are open (tests and the account pages).
    public func count(username: String, institution: String, now: Date = Date()) -> Int {
        lock.withLock {
            sessions.values.filter { $0.account.username == username && $0.account.institution == institution && $0.expires > now }.count
        }
    }
}

/// The login the current request runs under (set by ``AccessMiddleware`` for the whole handling of
/// a request), read by the workspace catalog and the forms.
enum CurrentAccess {
    @TaskLocal static var session: LoginSession?
}
