import CalidocKit
import Foundation
import Testing

/// Accounts and lock-out after repeated wrong passwords, in every store.
@Suite struct StoreAccountsContractTests {
    static let ana = Account(institution: "sernac", username: "ana", displayName: "Ana Pérez", role: .editor)

    @Test(arguments: StoreKind.allCases)
    func locksAfterRepeatedFailuresForAPeriod(_ kind: StoreKind) async throws {
        let clock = TestClock()
        try await withStore(kind, policy: LoginPolicy(maximumFailures: 3, lockDuration: 600), clock: clock) { fixture in
            let store = fixture.store
            try await store.createInstitution(Tenant(id: "sernac", name: "Sernac"), by: "admin")
            try await store.createAccount(Self.ana, password: "correcta", by: "admin")
            #expect(try await store.account("ana", institution: "sernac") == Self.ana)
            await #expect(throws: StoreError.accountExists(username: "ana", institution: "sernac")) {
                try await store.createAccount(Self.ana, password: "otra", by: "admin")
            }

            #expect(try await store.login("ana", password: "correcta", institution: "sernac") == .accepted(Self.ana))
            #expect(try await store.login("nadie", password: "correcta", institution: "sernac") == .rejected)
            // A right password clears the count: two wrong, one right, two wrong do not lock.
            #expect(try await store.login("ana", password: "mala", institution: "sernac") == .rejected)
            #expect(try await store.login("ana", password: "mala", institution: "sernac") == .rejected)
            #expect(try await store.login("ana", password: "correcta", institution: "sernac") == .accepted(Self.ana))
            #expect(try await store.login("ana", password: "mala", institution: "sernac") == .rejected)
            #expect(try await store.login("ana", password: "mala", institution: "sernac") == .rejected)
            // The third in a row locks for ten minutes; then even the right password is refused.
            let lockEnd = Date(timeIntervalSince1970: Double(clock.now + 600_000) / 1000)
            #expect(try await store.login("ana", password: "mala", institution: "sernac") == .locked(until: lockEnd))
            #expect(try await store.login("ana", password: "correcta", institution: "sernac") == .locked(until: lockEnd))
            clock.advance(seconds: 599)
            #expect(try await store.login("ana", password: "correcta", institution: "sernac") == .locked(until: lockEnd))
            clock.advance(seconds: 1)
            #expect(try await store.login("ana", password: "correcta", institution: "sernac") == .accepted(Self.ana))

            let log = try await store.auditLog(of: "sernac")
            #expect(log.map(\.action) == ["institucion.creada", "cuenta.creada", "cuenta.bloqueada"])
            #expect(log.last?.actor == "sistema")
            #expect(try await store.verifyAuditLog(of: "sernac") == .intact(count: 3))
        }
    }

    @Test(arguments: StoreKind.allCases)
    func storesOnlyAHashOfThePassword(_ kind: StoreKind) async throws {
        try await withStore(kind) { fixture in
            let store = fixture.store
            try await store.createInstitution(Tenant(id: "sernac", name: "Sernac"), by: "admin")
            let long = String(repeating: "frase larga ", count: 10)
            try await store.createAccount(Self.ana, password: long, by: "admin")
            // Beyond bcrypt's 72 bytes the password still counts whole.
            #expect(try await store.login("ana", password: String(long.dropLast()), institution: "sernac") == .rejected)
            #expect(try await store.login("ana", password: long, institution: "sernac") == .accepted(Self.ana))
            #expect(try await store.login("../ana", password: long, institution: "sernac") == .rejected)
        }
    }
}
