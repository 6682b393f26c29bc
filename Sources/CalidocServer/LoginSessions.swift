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
}

/// The login the current request runs under (set by ``AccessMiddleware`` for the whole handling of
/// a request), read by the workspace catalog and the forms.
enum CurrentAccess {
    @TaskLocal static var session: LoginSession?
}
