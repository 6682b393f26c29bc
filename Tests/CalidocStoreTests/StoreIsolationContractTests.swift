import CalidocKit
import Testing

/// Nothing of one institution is visible or writable through another, in every store.
@Suite struct StoreIsolationContractTests {
    @Test(arguments: StoreKind.allCases)
    func institutionsSeeOnlyTheirOwnFilesAccountsAndAudit(_ kind: StoreKind) async throws {
        try await withStore(kind) { fixture in
            let store = fixture.store
            try await store.createInstitution(Tenant(id: "sernac", name: "Sernac"), by: "admin")
            try await store.createInstitution(Tenant(id: "ips", name: "Instituto de Previsión Social"), by: "admin")
            #expect(try await store.institutions() == [Tenant(id: "ips", name: "Instituto de Previsión Social"),
                                                         Tenant(id: "sernac", name: "Sernac")])

            let ofA = StoreFileRef(institution: "sernac", workspace: "politica-2026", name: "politica.yaml")
            let sameInB = StoreFileRef(institution: "ips", workspace: "politica-2026", name: "politica.yaml")
            let version = try await store.write(Array("secreto: A\n".utf8), to: ofA, expected: .absent, by: "ana")
            try await store.createAccount(Account(institution: "sernac", username: "ana", displayName: "Ana", role: .editor),
                                          password: "clave de ana", by: "admin")

            #expect(try await store.read(sameInB) == nil)
            #expect(try await store.workspaces(of: "ips") == [])
            #expect(try await store.fileNames(institution: "ips", workspace: "politica-2026") == [])
            #expect(try await store.account("ana", institution: "ips") == nil)
            #expect(try await store.login("ana", password: "clave de ana", institution: "ips") == .rejected)
            // A's version does not open B's (absent) file.
            await #expect(throws: StoreError.conflict(file: "politica.yaml", current: .absent)) {
                try await store.write(Array("pisado\n".utf8), to: sameInB, expected: version, by: "intruso")
            }
            let logB = try await store.auditLog(of: "ips")
            #expect(logB.map(\.action) == [AuditAction.institutionCreated.rawValue])
            #expect(logB.allSatisfy { $0.institution == "ips" && !$0.target.contains("sernac") })
            #expect(try await store.auditLog(of: "sernac").count == 3)
            // B's own account of the same name is a different account.
            try await store.createAccount(Account(institution: "ips", username: "ana", displayName: "Ana de IPS", role: .comite),
                                          password: "otra clave", by: "admin")
            #expect(try await store.login("ana", password: "clave de ana", institution: "ips") == .rejected)
            #expect(try await store.login("ana", password: "clave de ana", institution: "sernac")
                    == .accepted(Account(institution: "sernac", username: "ana", displayName: "Ana", role: .editor)))
            #expect(try await store.read(ofA)?.bytes == Array("secreto: A\n".utf8))
        }
    }

    @Test(arguments: StoreKind.allCases)
    func unknownInstitutionIsAnError(_ kind: StoreKind) async throws {
        try await withStore(kind) { fixture in
            let store = fixture.store
            let file = StoreFileRef(institution: "nadie", workspace: "ws", name: "plan.yaml")
            await #expect(throws: StoreError.unknownInstitution("nadie")) { try await store.read(file) }
            await #expect(throws: StoreError.unknownInstitution("nadie")) {
                try await store.write([], to: file, expected: .absent, by: "ana")
            }
            await #expect(throws: StoreError.unknownInstitution("nadie")) {
                try await store.createAccount(Account(institution: "nadie", username: "ana", displayName: "Ana", role: .editor),
                                              password: "x", by: "admin")
            }
            await #expect(throws: StoreError.unknownInstitution("nadie")) { try await store.auditLog(of: "nadie") }
            await #expect(throws: StoreError.unknownInstitution("nadie")) { try await store.workspaces(of: "nadie") }
        }
    }
}
