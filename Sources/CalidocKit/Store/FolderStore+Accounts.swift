import Foundation
import GRDB

extension FolderStore {
    public func createAccount(_ account: Account, password: String, by actor: String) async throws {
        try StoreNames.checkId(account.username, .username)
        try StoreNames.checkDisplayName(account.displayName)
        let hash = try hasher.hash(password)
        let now = clock()
        try writing { db in
            try requireInstitution(account.institution, db)
            let exists = try Bool.fetchOne(
                db, sql: "SELECT 1 FROM accounts WHERE institution = ? AND username = ?", arguments: [account.institution, account.username])
            if exists == true { throw StoreError.accountExists(username: account.username, institution: account.institution) }
            try db.execute(
                sql: "INSERT INTO accounts (institution, username, display_name, role, password_hash) VALUES (?, ?, ?, ?, ?)",
                arguments: [account.institution, account.username, account.displayName, account.role.rawValue, hash])
            try appendAudit(
                db, institution: account.institution, time: now, actor: actor, action: .accountCreated,
                target: account.auditTarget, before: AuditChain.none, after: account.auditDigest)
        }
    }

    public func account(_ username: String, institution: String) async throws -> Account? {
        guard StoreNames.isValidId(username) else { return nil }
        return try reading { db in
            try requireInstitution(institution, db)
            return try Self.accountRow(db, username: username, institution: institution)?.account
        }
    }

    public func login(_ username: String, password: String, institution: String) async throws -> LoginOutcome {
        guard StoreNames.isValidId(username) else { return .rejected }
        let now = clock()
        // The hash is checked outside the write transaction (bcrypt is slow by design); the counters
        // are then read again and moved inside it, so concurrent attempts all count.
        let found = try reading { db in
            try requireInstitution(institution, db)
            return try Self.accountRow(db, username: username, institution: institution)
        }
        guard let found else {
            _ = hasher.verify(password, against: decoyHash)
            return .rejected
        }
        if let end = found.state.lockEnd(at: now) { return .locked(until: Self.date(end)) }
        let matches = hasher.verify(password, against: found.passwordHash)
        return try writing { db in
            guard let current = try Self.accountRow(db, username: username, institution: institution) else { return .rejected }
            if let end = current.state.lockEnd(at: now) { return .locked(until: Self.date(end)) }
            if matches {
                try Self.saveState(db, .cleared, username: username, institution: institution)
                return .accepted(current.account)
            }
            let (state, locked) = current.state.afterFailure(at: now, policy: policy)
            try Self.saveState(db, state, username: username, institution: institution)
            guard locked, let end = state.lockedUntil else { return .rejected }
            try appendAudit(
                db, institution: institution, time: now, actor: "sistema", action: .accountLocked,
                target: "cuenta/\(username)", before: AuditChain.none, after: SHA256Digest.hex(Array(String(end).utf8)))
            return .locked(until: Self.date(end))
        }
    }

    /// An account's row: the account, its password hash and its lock-out counters.
    struct AccountRow {
        let account: Account
        let passwordHash: String
        let state: LoginState
    }

    /// The row of `username` in `institution`, if any.
    static func accountRow(_ db: Database, username: String, institution: String) throws -> AccountRow? {
        guard let row = try Row.fetchOne(
            db,
            sql: "SELECT display_name, role, password_hash, failures, locked_until FROM accounts WHERE institution = ? AND username = ?",
            arguments: [institution, username])
        else { return nil }
        let roleText: String = try row.decode(forColumn: "role")
        guard let role = AccountRole(rawValue: roleText) else {
            throw StoreError.damaged(detail: "rol desconocido «\(roleText)» de la cuenta «\(username)»")
        }
        return AccountRow(
            account: Account(institution: institution, username: username, displayName: try row.decode(forColumn: "display_name"), role: role),
            passwordHash: try row.decode(forColumn: "password_hash"),
            state: LoginState(failures: try row.decode(forColumn: "failures"), lockedUntil: try row.decode(forColumn: "locked_until")))
    }

    /// Writes an account's lock-out counters.
    static func saveState(_ db: Database, _ state: LoginState, username: String, institution: String) throws {
        try db.execute(
            sql: "UPDATE accounts SET failures = ?, locked_until = ? WHERE institution = ? AND username = ?",
            arguments: [state.failures, state.lockedUntil, institution, username])
    }

    static func date(_ milliseconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }
}
