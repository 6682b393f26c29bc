import CalidocKit
import Foundation
import PostgresNIO

/// The administrator's changes to accounts: each one transaction that first locks the institution's
/// row (so two administrators acting at once are serialised and the last-administrator check holds),
/// with its audit entry.
extension PostgresStore {
    public func accounts(of institution: String) async throws -> [AccountListing] {
        try StoreNames.checkId(institution, .institution)
        let now = clock()
        return try await reading { connection in
            try await requireInstitution(institution, connection)
            let rows = try await connection.query(
                """
                SELECT username, display_name, role, failures, locked_until FROM accounts WHERE institution = \(institution)
                """, logger: logger)
            var result: [AccountListing] = []
            for try await (username, displayName, roleText, failures, lockedUntil) in rows.decode((String, String, String, Int32, Int64?).self) {
                guard let role = AccountRole(rawValue: roleText) else {
                    throw StoreError.damaged(detail: "rol desconocido «\(roleText)» de la cuenta «\(username)»")
                }
                let state = LoginState(failures: Int(failures), lockedUntil: lockedUntil)
                result.append(AccountListing(
                    account: Account(institution: institution, username: username, displayName: displayName, role: role),
                    lockedUntil: state.lockEnd(at: now).map(Self.date)))
            }
            // Sorted here, not by the database's collation, so both stores list alike.
            return result.sorted { $0.account.username < $1.account.username }
        }
    }

    public func updateAccount(_ username: String, institution: String, displayName: String, role: AccountRole, by actor: String) async throws {
        try StoreNames.checkDisplayName(displayName)
        let now = clock()
        try await transaction { connection in
            let current = try await existingRow(connection, username: username, institution: institution)
            try await refuseLosingLastAdministrator(connection, current.account, newRole: role)
            try await connection.query(
                """
                UPDATE accounts SET display_name = \(displayName), role = \(role.rawValue)
                WHERE institution = \(institution) AND username = \(username)
                """, logger: logger)
            let changed = Account(institution: institution, username: username, displayName: displayName, role: role)
            try await appendAudit(
                connection, institution: institution, time: now, actor: actor, action: .accountUpdated, target: changed.auditTarget,
                before: current.account.auditDigest, after: changed.auditDigest)
        }
    }

    public func setPassword(_ username: String, institution: String, password: String, by actor: String) async throws {
        let hash = try hasher.hash(password)
        let now = clock()
        try await transaction { connection in
            let current = try await existingRow(connection, username: username, institution: institution)
            try await connection.query(
                """
                UPDATE accounts SET password_hash = \(hash), failures = 0, locked_until = NULL
                WHERE institution = \(institution) AND username = \(username)
                """, logger: logger)
            try await appendAudit(
                connection, institution: institution, time: now, actor: actor, action: .passwordSet, target: current.account.auditTarget,
                before: SHA256Digest.hex(Array(current.passwordHash.utf8)), after: SHA256Digest.hex(Array(hash.utf8)))
        }
    }

    public func unlockAccount(_ username: String, institution: String, by actor: String) async throws {
        let now = clock()
        try await transaction { connection in
            let current = try await existingRow(connection, username: username, institution: institution)
            try await saveState(connection, .cleared, username: username, institution: institution)
            try await appendAudit(
                connection, institution: institution, time: now, actor: actor, action: .accountUnlocked, target: current.account.auditTarget,
                before: current.state.auditDigest, after: LoginState.cleared.auditDigest)
        }
    }

    public func removeAccount(_ username: String, institution: String, by actor: String) async throws {
        let now = clock()
        try await transaction { connection in
            let current = try await existingRow(connection, username: username, institution: institution)
            try await refuseLosingLastAdministrator(connection, current.account, newRole: nil)
            try await connection.query(
                "DELETE FROM accounts WHERE institution = \(institution) AND username = \(username)", logger: logger)
            try await appendAudit(
                connection, institution: institution, time: now, actor: actor, action: .accountRemoved, target: current.account.auditTarget,
                before: current.account.auditDigest, after: AuditChain.none)
        }
    }

    /// The row of an account that must exist, locked; the institution's row is locked first.
    private func existingRow(_ connection: PostgresConnection, username: String, institution: String) async throws -> AccountRow {
        try StoreNames.checkId(institution, .institution)
        _ = try await lockedHead(connection, institution: institution)
        guard StoreNames.isValidId(username),
              let row = try await accountRow(connection, username: username, institution: institution, lock: true)
        else { throw StoreError.unknownAccount(username: username, institution: institution) }
        return row
    }

    /// Throws ``StoreError/lastAdministrator(username:institution:)`` when `account` is its
    /// institution's only administrator and would stop being one (`newRole` `nil`: removed).
    private func refuseLosingLastAdministrator(_ connection: PostgresConnection, _ account: Account, newRole: AccountRole?) async throws {
        guard account.role == .administrador, newRole != .administrador else { return }
        let administrator = AccountRole.administrador.rawValue
        let rows = try await connection.query(
            "SELECT count(*) FROM accounts WHERE institution = \(account.institution) AND role = \(administrator)", logger: logger)
        var count: Int64 = 0
        for try await value in rows.decode(Int64.self) { count = value }
        if count <= 1 { throw StoreError.lastAdministrator(username: account.username, institution: account.institution) }
    }
}
