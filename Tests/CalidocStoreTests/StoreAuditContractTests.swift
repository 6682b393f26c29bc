import CalidocKit
import Testing

/// The hash-chained audit log, in every store: what is recorded, and that changing, removing or
/// reordering entries directly in the database is found.
@Suite struct StoreAuditContractTests {
    static let file = StoreFileRef(institution: "sernac", workspace: "politica-2026", name: "politica.yaml")

    /// An institution with four entries: created, file created, file changed twice.
    static func fourEntries(_ store: any Store) async throws -> [[UInt8]] {
        try await store.createInstitution(Tenant(id: "sernac", name: "Sernac"), by: "admin")
        let contents = (1...3).map { Array("mision: versión \($0)\n".utf8) }
        var version = VersionToken.absent
        for content in contents {
            version = try await store.write(content, to: file, expected: version, by: "ana")
        }
        return contents
    }

    @Test(arguments: StoreKind.allCases)
    func recordsEveryWriteWithHashesBeforeAndAfter(_ kind: StoreKind) async throws {
        try await withStore(kind) { fixture in
            let contents = try await Self.fourEntries(fixture.store)
            let log = try await fixture.store.auditLog(of: "sernac")
            #expect(log.map(\.sequence) == [1, 2, 3, 4])
            #expect(log.map(\.action) == ["institucion.creada", "archivo.guardado", "archivo.guardado", "archivo.guardado"])
            #expect(log[1].target == "sernac/politica-2026/politica.yaml")
            #expect(log[1].actor == "ana")
            #expect(log[1].before == AuditChain.none)
            #expect(log[1].after == SHA256Digest.hex(contents[0]))
            #expect(log[3].before == SHA256Digest.hex(contents[1]))
            #expect(log[3].after == SHA256Digest.hex(contents[2]))
            #expect(log[0].previousHash == AuditChain.genesis)
            #expect(log[2].previousHash == log[1].hash)
            #expect(try await fixture.store.verifyAuditLog(of: "sernac") == .intact(count: 4))
        }
    }

    @Test(arguments: StoreKind.allCases)
    func recordsWritesMadeOutsideTheStore(_ kind: StoreKind) async throws {
        try await withStore(kind) { fixture in
            _ = try await Self.fourEntries(fixture.store)
            try await fixture.store.recordAudit(
                .workspaceChanged, institution: "sernac", target: "sernac/politica-2026 POST /espacios/politica-2026/versiones",
                before: "aaaa", after: "bbbb", by: "ana")
            let log = try await fixture.store.auditLog(of: "sernac")
            #expect(log.count == 5 && log[4].action == "espacio.modificado" && log[4].before == "aaaa" && log[4].after == "bbbb")
            #expect(log[4].previousHash == log[3].hash)
            #expect(try await fixture.store.verifyAuditLog(of: "sernac") == .intact(count: 5))
            await #expect(throws: StoreError.unknownInstitution("nadie")) {
                try await fixture.store.recordAudit(.workspaceChanged, institution: "nadie", target: "x", before: "a", after: "b", by: "ana")
            }
        }
    }

    @Test(arguments: StoreKind.allCases)
    func refusesChangesThroughTheDatabaseUnlessTriggersAreDropped(_ kind: StoreKind) async throws {
        try await withStore(kind) { fixture in
            _ = try await Self.fourEntries(fixture.store)
            // Without dropping the append-only triggers, UPDATE and DELETE on the log are refused.
            await #expect(throws: (any Error).self) {
                try await fixture.raw("UPDATE audit_log SET actor = 'intruso' WHERE institution = 'sernac' AND sequence = 2")
            }
            await #expect(throws: (any Error).self) {
                try await fixture.raw("DELETE FROM audit_log WHERE institution = 'sernac' AND sequence = 4")
            }
            #expect(try await fixture.store.verifyAuditLog(of: "sernac").isIntact)
        }
    }

    /// Each way of altering the log, with what verification must report.
    static let tamperings: [(String, String, AuditVerification)] = [
        ("cambiar el autor", "UPDATE audit_log SET actor = 'intruso' WHERE institution = 'sernac' AND sequence = 3",
         .broken(sequence: 3, problem: .content)),
        ("cambiar la huella del contenido", "UPDATE audit_log SET after_hash = 'ffff' WHERE institution = 'sernac' AND sequence = 2",
         .broken(sequence: 2, problem: .content)),
        ("eliminar una entrada intermedia", "DELETE FROM audit_log WHERE institution = 'sernac' AND sequence = 2",
         .broken(sequence: 3, problem: .gap(expected: 2))),
        ("eliminar la última entrada", "DELETE FROM audit_log WHERE institution = 'sernac' AND sequence = 4",
         .broken(sequence: 4, problem: .head(expected: AuditHead(sequence: 4, hash: "")))),
    ]

    @Test(arguments: StoreKind.allCases, 0..<4)
    func findsATamperedOrRemovedEntry(_ kind: StoreKind, _ index: Int) async throws {
        let (what, sql, expected) = Self.tamperings[index]
        try await withStore(kind) { fixture in
            _ = try await Self.fourEntries(fixture.store)
            try await fixture.tamper(sql)
            let found = try await fixture.store.verifyAuditLog(of: "sernac")
            switch (found, expected) {
            case (.broken(let sequence, .head(let head)), .broken(let wanted, .head)):
                #expect(sequence == wanted, "\(what)")
                #expect(head.sequence == 4, "\(what)")
            default:
                #expect(found == expected, "\(what)")
            }
            #expect(!found.message(.es).isEmpty)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func findsReorderedEntries(_ kind: StoreKind) async throws {
        try await withStore(kind) { fixture in
            _ = try await Self.fourEntries(fixture.store)
            // Swap entries 2 and 3 (through a free number: the key is checked row by row).
            try await fixture.tamper("UPDATE audit_log SET sequence = 1000 WHERE institution = 'sernac' AND sequence = 2")
            try await fixture.tamper("UPDATE audit_log SET sequence = 2 WHERE institution = 'sernac' AND sequence = 3")
            try await fixture.tamper("UPDATE audit_log SET sequence = 3 WHERE institution = 'sernac' AND sequence = 1000")
            // The entry now second does not point to the first.
            #expect(try await fixture.store.verifyAuditLog(of: "sernac") == .broken(sequence: 2, problem: .link))
        }
    }

    @Test(arguments: StoreKind.allCases)
    func findsAnEntryMovedFromAnotherInstitution(_ kind: StoreKind) async throws {
        try await withStore(kind) { fixture in
            _ = try await Self.fourEntries(fixture.store)
            try await fixture.store.createInstitution(Tenant(id: "ips", name: "IPS"), by: "admin")
            try await fixture.tamper("DELETE FROM audit_log WHERE institution = 'sernac' AND sequence = 1")
            try await fixture.tamper("UPDATE audit_log SET institution = 'sernac' WHERE institution = 'ips' AND sequence = 1")
            let found = try await fixture.store.verifyAuditLog(of: "sernac")
            #expect(found == .broken(sequence: 1, problem: .content))
        }
    }
}
