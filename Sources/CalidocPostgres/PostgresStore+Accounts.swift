import CalidocKit
import Foundation
import PostgresNIO

extension PostgresStore {
    public func createAccount(_ account: Account, password: String, by actor: String) async throws {
        try StoreNames.checkId(account.institution, .institution)
        try StoreNames.checkId(account.username, .username)
        try StoreNames.checkDisplayName(account.displayName)
        let hash = try hasher.hash(password)
        let now = clock()
        try await transaction { connection in
            _ = try await lockedHead(connection, institution: account.institution)
            let inserted = try await connection.query(
                """
                INSERT INTO accounts (institution, username, display_name, role, password_hash)
                VALUES (\(account.institution), \(account.username), \(account.displayName), \(account.role.rawValue), \(hash))
                ON CONFLICT (institution, username) DO NOTHING RETURNING username
                """, logger: logger
            ).collect()
            if inserted.isEmpty { throw StoreError.accountExists(username: account.username, institution: account.institution) }
            try await appendAudit(
                connection, institution: account.institution, time: now, actor: actor, action: .accountCreated,
                target: account.auditTarget, before: AuditChain.none, after: account.auditDigest)
        }
    }

    public func account(_ username: String, institution: String) async throws -> Account? {
        try StoreNames.checkId(institution, .institution)
        guard StoreNames.isValidId(username) else { return nil }
        return try await reading { connection in
            try await requireInstitution(institution, connection)
            return try await accountRow(connection, username: username, institution: institution, lock: false)?.account
        }
    }

    public func login(_ username: String, password: String, institution: String) async throws -> LoginOutcome {
        try StoreNames.checkId(institution, .institution)
        guard StoreNames.isValidId(username) else { return .rejected }
        let now = clock()
        // The hash is checked outside the transaction (bcrypt is slow by design); the counters are
        // then read again under a row lock and moved, so concurrent attempts all count.
        let found = try await reading { connection in
            try await requireInstitution(institution, connection)
            return try await accountRow(connection, username: username, institution: institution, lock: false)
        }
        guard let found else {
            _ = hasher.verify(password, against: decoyHash)
            return .rejected
        }
        if let end = found.state.lockEnd(at: now) { return .locked(until: Self.date(end)) }
        let matches = hasher.verify(password, against: found.passwordHash)
        let policy = self.policy
        return try await transaction { connection in
            guard let current = try await accountRow(connection, username: username, institution: institution, lock: true) else {
                return .rejected
            }
            if let end = current.state.lockEnd(at: now) { return .locked(until: Self.date(end)) }
            if matches {
                try await saveState(connection, .cleared, username: username, institution: institution)
                return .accepted(current.account)
            }
            let (state, locked) = current.state.afterFailure(at: now, policy: policy)
            try await saveState(connection, state, username: username, institution: institution)
            guard locked, let end = state.lockedUntil else { return .rejected }
            try await appendAudit(
                connection, institution: institution, time: now, actor: "sistema", action: .accountLocked,
                target: "cuenta/\(username)", before: AuditChain.none, after: SHA256Digest.hex(Array(String(end).utf8)))
            return .locked(until: Self.date(end))
        }
    }

    /// An account's row: the account, its password hash and its lock-out counters.
    struct AccountRow: Sendable {
        let account: Account
        let passwordHash: String
        let state: LoginState
    }

    /// The row of `username` in `institution`, if any (`lock`: `FOR UPDATE`).
    func accountRow(_ connection: PostgresConnection, username: String, institution: String, lock: Bool) async throws -> AccountRow? {
        let rows = try await connection.query(
            """
            SELECT display_name, role, password_hash, failures, locked_until FROM accounts
            WHERE institution = \(institution) AND username = \(username) \(unescaped: lock ? "FOR UPDATE" : "")
            """, logger: logger)
        for try await (displayName, roleText, hash, failures, lockedUntil) in rows.decode((String, String, String, Int32, Int64?).self) {
            guard let role = AccountRole(rawValue: roleText) else {
                throw StoreError.damaged(detail: "rol desconocido «\(roleText)» de la cuenta «\(username)»")
            }
            return AccountRow(
                account: Account(institution: institution, username: username, displayName: displayName, role: role),
                passwordHash: hash, state: LoginState(failures: Int(failures), lockedUntil: lockedUntil))
        }
        return nil
    }

    /// Writes an account's lock-out counters.
    func saveState(_ connection: PostgresConnection, _ state: LoginState, username: String, institution: String) async throws {
        let failures = Int32(clamping: state.failures)
        try await connection.query(
            """
            UPDATE accounts SET failures = \(failures), locked_until = \(state.lockedUntil)
            WHERE institution = \(institution) AND username = \(username)
            """, logger: logger)
    }

    static func date(_ milliseconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }
}
