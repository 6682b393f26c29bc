import CalidocKit
import Foundation
import Testing

/// The administrator's changes to accounts, in every store: listing with locks, name and role, a new
/// password, unlocking, removing, the last-administrator rule, and an audit entry for each.
@Suite struct StoreAccountAdminContractTests {
    static let admin = Account(institution: "sernac", username: "admin", displayName: "Marta Rojas", role: .administrador)
    static let ana = Account(institution: "sernac", username: "ana", displayName: "Ana Pérez", role: .editor)
    static let otherAna = Account(institution: "gore", username: "ana", displayName: "Ana de GORE", role: .administrador)

    /// Two institutions: sernac with an administrator and an editor, gore with its own «ana».
    static func prepare(_ store: any Store) async throws {
        try await store.createInstitution(Tenant(id: "sernac", name: "Sernac"), by: "consola")
        try await store.createInstitution(Tenant(id: "gore", name: "GORE"), by: "consola")
        try await store.createAccount(admin, password: "clave-admin-sernac", by: "consola")
        try await store.createAccount(ana, password: "clave-ana-sernac", by: "consola")
        try await store.createAccount(otherAna, password: "clave-ana-gore", by: "consola")
    }

    @Test(arguments: StoreKind.allCases)
    func listsChangesAndRemovesWithAnAuditEntryEach(_ kind: StoreKind) async throws {
        let clock = TestClock()
        try await withStore(kind, policy: LoginPolicy(maximumFailures: 3, lockDuration: 600), clock: clock) { fixture in
            let store = fixture.store
            try await Self.prepare(store)
            #expect(try await store.accounts(of: "sernac") == [
                AccountListing(account: Self.admin, lockedUntil: nil), AccountListing(account: Self.ana, lockedUntil: nil),
            ])

            // Locked by wrong passwords: the list says until when; unlocking clears it.
            for _ in 1...3 { _ = try await store.login("ana", password: "mala", institution: "sernac") }
            let lockEnd = Date(timeIntervalSince1970: Double(clock.now + 600_000) / 1000)
            #expect(try await store.accounts(of: "sernac").last == AccountListing(account: Self.ana, lockedUntil: lockEnd))
            try await store.unlockAccount("ana", institution: "sernac", by: "admin")
            #expect(try await store.accounts(of: "sernac").last?.isLocked == false)
            #expect(try await store.login("ana", password: "clave-ana-sernac", institution: "sernac") == .accepted(Self.ana))

            // A new password replaces the old one and ends a lock.
            for _ in 1...3 { _ = try await store.login("ana", password: "mala", institution: "sernac") }
            try await store.setPassword("ana", institution: "sernac", password: "una-clave-nueva-larga", by: "admin")
            #expect(try await store.accounts(of: "sernac").last?.isLocked == false)
            #expect(try await store.login("ana", password: "clave-ana-sernac", institution: "sernac") == .rejected)
            #expect(try await store.login("ana", password: "una-clave-nueva-larga", institution: "sernac") == .accepted(Self.ana))

            // Name and role.
            try await store.updateAccount("ana", institution: "sernac", displayName: "Ana María Pérez", role: .comite, by: "admin")
            let changed = Account(institution: "sernac", username: "ana", displayName: "Ana María Pérez", role: .comite)
            #expect(try await store.account("ana", institution: "sernac") == changed)
            await #expect(throws: StoreError.invalidName(kind: .displayName, text: "dos\nlíneas")) {
                try await store.updateAccount("ana", institution: "sernac", displayName: "dos\nlíneas", role: .comite, by: "admin")
            }

            // Removed: gone from the list, cannot log in; the other institution's «ana» is untouched.
            try await store.removeAccount("ana", institution: "sernac", by: "admin")
            #expect(try await store.account("ana", institution: "sernac") == nil)
            #expect(try await store.accounts(of: "sernac").map(\.account) == [Self.admin])
            #expect(try await store.login("ana", password: "una-clave-nueva-larga", institution: "sernac") == .rejected)
            #expect(try await store.account("ana", institution: "gore") == Self.otherAna)
            #expect(try await store.login("ana", password: "clave-ana-gore", institution: "gore") == .accepted(Self.otherAna))

            let log = try await store.auditLog(of: "sernac")
            #expect(log.map(\.action) == [
                "institucion.creada", "cuenta.creada", "cuenta.creada", "cuenta.bloqueada", "cuenta.desbloqueada",
                "cuenta.bloqueada", "cuenta.contrasena", "cuenta.modificada", "cuenta.eliminada",
            ])
            let last = try #require(log.last)
            #expect(last.actor == "admin" && last.target == "cuenta/ana")
            #expect(last.before == changed.auditDigest && last.after == AuditChain.none)
            let update = log[log.count - 2]
            #expect(update.before == Self.ana.auditDigest && update.after == changed.auditDigest)
            #expect(try await store.verifyAuditLog(of: "sernac") == .intact(count: 9))
            #expect(try await store.auditLog(of: "gore").map(\.action) == ["institucion.creada", "cuenta.creada"])
        }
    }

    @Test(arguments: StoreKind.allCases)
    func neverLeavesAnInstitutionWithoutItsLastAdministrator(_ kind: StoreKind) async throws {
        try await withStore(kind) { fixture in
            let store = fixture.store
            try await Self.prepare(store)
            let refusal = StoreError.lastAdministrator(username: "admin", institution: "sernac")
            await #expect(throws: refusal) { try await store.removeAccount("admin", institution: "sernac", by: "admin") }
            await #expect(throws: refusal) {
                try await store.updateAccount("admin", institution: "sernac", displayName: "Marta", role: .editor, by: "admin")
            }
            // Renaming the last administrator keeps the role: allowed.
            try await store.updateAccount("admin", institution: "sernac", displayName: "Marta Rojas Soto", role: .administrador, by: "admin")
            // With a second administrator, the first may go.
            try await store.updateAccount("ana", institution: "sernac", displayName: "Ana Pérez", role: .administrador, by: "admin")
            try await store.removeAccount("admin", institution: "sernac", by: "ana")
            await #expect(throws: StoreError.lastAdministrator(username: "ana", institution: "sernac")) {
                try await store.updateAccount("ana", institution: "sernac", displayName: "Ana Pérez", role: .revisor, by: "ana")
            }
            #expect(try await store.accounts(of: "sernac").map(\.account.role) == [.administrador])
            #expect(try await store.verifyAuditLog(of: "sernac").isIntact)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func unknownAccountsAndInstitutionsAreRefused(_ kind: StoreKind) async throws {
        try await withStore(kind) { fixture in
            let store = fixture.store
            try await Self.prepare(store)
            let before = try await store.auditLog(of: "sernac").count
            let missing = StoreError.unknownAccount(username: "nadie", institution: "sernac")
            await #expect(throws: missing) { try await store.removeAccount("nadie", institution: "sernac", by: "admin") }
            await #expect(throws: missing) { try await store.unlockAccount("nadie", institution: "sernac", by: "admin") }
            await #expect(throws: missing) { try await store.setPassword("nadie", institution: "sernac", password: "x-123456789012", by: "admin") }
            await #expect(throws: missing) {
                try await store.updateAccount("nadie", institution: "sernac", displayName: "Nadie", role: .editor, by: "admin")
            }
            await #expect(throws: StoreError.unknownAccount(username: "../ana", institution: "sernac")) {
                try await store.removeAccount("../ana", institution: "sernac", by: "admin")
            }
            await #expect(throws: StoreError.unknownInstitution("otra")) { try await store.accounts(of: "otra") }
            await #expect(throws: StoreError.unknownInstitution("otra")) { try await store.removeAccount("ana", institution: "otra", by: "admin") }
            #expect(try await store.auditLog(of: "sernac").count == before, "a refused change writes nothing")
        }
    }
}
