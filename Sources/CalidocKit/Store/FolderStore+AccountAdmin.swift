import Foundation
import GRDB

/// The administrator's changes to accounts: each one write transaction with its audit entry.
extension FolderStore {
    public func accounts(of institution: String) async throws -> [AccountListing] {
        let now = clock()
        return try reading { db in
            try requireInstitution(institution, db)
            let names = try String.fetchAll(
                db, sql: "SELECT username FROM accounts WHERE institution = ?", arguments: [institution])
            // Sorted here, not by SQLite's collation, so both stores list alike.
            return try names.sorted().compactMap { username in
                guard let row = try Self.accountRow(db, username: username, institution: institution) else { return nil }
                return AccountListing(account: row.account, lockedUntil: row.state.lockEnd(at: now).map(Self.date))
            }
        }
    }

    public func updateAccount(_ username: String, institution: String, displayName: String, role: AccountRole, by actor: String) async throws {
        try StoreNames.checkDisplayName(displayName)
        let now = clock()
        try writing { db in
            let current = try existingRow(db, username: username, institution: institution)
            try refuseLosingLastAdministrator(db, current.account, newRole: role)
            try db.execute(
                sql: "UPDATE accounts SET display_name = ?, role = ? WHERE institution = ? AND username = ?",
                arguments: [displayName, role.rawValue, institution, username])
            let changed = Account(institution: institution, username: username, displayName: displayName, role: role)
            try appendAudit(
                db, institution: institution, time: now, actor: actor, action: .accountUpdated, target: changed.auditTarget,
                before: current.account.auditDigest, after: changed.auditDigest)
        }
    }

    public func setPassword(_ username: String, institution: String, password: String, by actor: String) async throws {
        let hash = try hasher.hash(password)
        let now = clock()
        try writing { db in
            let current = try existingRow(db, username: username, institution: institution)
            try db.execute(
                sql: "UPDATE accounts SET password_hash = ?, failures = 0, locked_until = NULL WHERE institution = ? AND username = ?",
                arguments: [hash, institution, username])
            try appendAudit(
                db, institution: institution, time: now, actor: actor, action: .passwordSet, target: current.account.auditTarget,
                before: SHA256Digest.hex(Array(current.passwordHash.utf8)), after: SHA256Digest.hex(Array(hash.utf8)))
        }
    }

    public func unlockAccount(_ username: String, institution: String, by actor: String) async throws {
        let now = clock()
        try writing { db in
            let current = try existingRow(db, username: username, institution: institution)
            try Self.saveState(db, .cleared, username: username, institution: institution)
            try appendAudit(
                db, institution: institution, time: now, actor: actor, action: .accountUnlocked, target: current.account.auditTarget,
                before: current.state.auditDigest, after: LoginState.cleared.auditDigest)
        }
    }

    public func removeAccount(_ username: String, institution: String, by actor: String) async throws {
        let now = clock()
        try writing { db in
            let current = try existingRow(db, username: username, institution: institution)
            try refuseLosingLastAdministrator(db, current.account, newRole: nil)
            try db.execute(sql: "DELETE FROM accounts WHERE institution = ? AND username = ?", arguments: [institution, username])
            try appendAudit(
                db, institution: institution, time: now, actor: actor, action: .accountRemoved, target: current.account.auditTarget,
                before: current.account.auditDigest, after: AuditChain.none)
        }
    }

    /// The row of an account that must exist.
    private func existingRow(_ db: Database, username: String, institution: String) throws -> AccountRow {
        try requireInstitution(institution, db)
        guard StoreNames.isValidId(username), let row = try Self.accountRow(db, username: username, institution: institution) else {
            throw StoreError.unknownAccount(username: username, institution: institution)
        }
        return row
    }

    /// Throws ``StoreError/lastAdministrator(username:institution:)`` when `account` is its
    /// institution's only administrator and would stop being one (`newRole` `nil`: removed).
    private func refuseLosingLastAdministrator(_ db: Database, _ account: Account, newRole: AccountRole?) throws {
        guard account.role == .administrador, newRole != .administrador else { return }
        let administrators = try Int.fetchOne(
            db, sql: "SELECT count(*) FROM accounts WHERE institution = ? AND role = ?",
            arguments: [account.institution, AccountRole.administrador.rawValue]) ?? 0
        if administrators <= 1 { throw StoreError.lastAdministrator(username: account.username, institution: account.institution) }
    }
}
