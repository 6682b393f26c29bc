import CalidocKit
import Testing

/// Workspace files, the same assertions against every store.
@Suite struct StoreFilesContractTests {
    static let politica = StoreFileRef(institution: "sernac", workspace: "politica-2026", name: "politica.yaml")

    @Test(arguments: StoreKind.allCases)
    func writesReadsAndRefusesStaleVersions(_ kind: StoreKind) async throws {
        try await withStore(kind) { fixture in
            let store = fixture.store
            try await store.createInstitution(Tenant(id: "sernac", name: "Servicio Nacional del Consumidor"), by: "admin")
            #expect(try await store.read(Self.politica) == nil)

            let first = Array("mision: primera\n".utf8)
            let v1 = try await store.write(first, to: Self.politica, expected: .absent, by: "ana")
            #expect(v1 == VersionToken.of(first))
            #expect(try await store.read(Self.politica) == StoredFile(name: "politica.yaml", bytes: first))

            // A second "create" from the absent version finds the file: refused, nothing written.
            await #expect(throws: StoreError.conflict(file: "politica.yaml", current: v1)) {
                try await store.write(Array("otra\n".utf8), to: Self.politica, expected: .absent, by: "bruno")
            }
            let second = Array("mision: segunda\n".utf8)
            let v2 = try await store.write(second, to: Self.politica, expected: v1, by: "ana")
            // Of two saves started from v1, the second is refused and the first stays.
            await #expect(throws: StoreError.conflict(file: "politica.yaml", current: v2)) {
                try await store.write(Array("mision: de bruno\n".utf8), to: Self.politica, expected: v1, by: "bruno")
            }
            #expect(try await store.read(Self.politica)?.bytes == second)
            #expect(try await store.read(Self.politica)?.version == v2)

            let session = StoreFileRef(institution: "sernac", workspace: "politica-2026", name: "sesiones/2026-03.yaml")
            _ = try await store.write(Array("fecha: 2026-03-02\n".utf8), to: session, expected: .absent, by: "ana")
            _ = try await store.write(Array("x: 1\n".utf8), to: StoreFileRef(institution: "sernac", workspace: "plan-2026", name: "plan.yaml"),
                                      expected: .absent, by: "ana")
            #expect(try await store.fileNames(institution: "sernac", workspace: "politica-2026") == ["politica.yaml", "sesiones/2026-03.yaml"])
            #expect(try await store.workspaces(of: "sernac") == ["plan-2026", "politica-2026"])
            #expect(try await store.fileNames(institution: "sernac", workspace: "sin-archivos") == [])
        }
    }

    @Test(arguments: StoreKind.allCases)
    func concurrentSavesFromOneVersionKeepExactlyOne(_ kind: StoreKind) async throws {
        try await withStore(kind) { fixture in
            let store = fixture.store
            try await store.createInstitution(Tenant(id: "sernac", name: "Sernac"), by: "admin")
            let start = try await store.write(Array("v: 0\n".utf8), to: Self.politica, expected: .absent, by: "ana")
            let outcomes = await withTaskGroup(of: Result<VersionToken, StoreError>.self, returning: [Result<VersionToken, StoreError>].self) { group in
                for writer in 0..<8 {
                    group.addTask {
                        do {
                            return .success(try await store.write(Array("v: \(writer + 1)\n".utf8), to: Self.politica, expected: start, by: "w\(writer)"))
                        } catch let error as StoreError {
                            return .failure(error)
                        } catch {
                            return .failure(.database(detail: "\(error)"))
                        }
                    }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            let saved = outcomes.compactMap { try? $0.get() }
            #expect(saved.count == 1)
            for case .failure(let error) in outcomes {
                guard case .conflict = error else {
                    Issue.record("unexpected error: \(error.message(.en))")
                    continue
                }
            }
            #expect(try await store.read(Self.politica)?.version == saved.first)
            #expect(try await store.verifyAuditLog(of: "sernac") == .intact(count: 3))
        }
    }

    @Test(arguments: StoreKind.allCases)
    func refusesNamesThatAreNotIdsOrWorkspaceFiles(_ kind: StoreKind) async throws {
        try await withStore(kind) { fixture in
            let store = fixture.store
            try await store.createInstitution(Tenant(id: "sernac", name: "Sernac"), by: "admin")
            for name in ["../politica.yaml", "/etc/passwd", "sesiones/../../x.yaml", "notas.txt", ".oculto.yaml", "a/b.yaml", ""] {
                await #expect(throws: StoreError.invalidName(kind: .file, text: name)) {
                    try await store.write([], to: StoreFileRef(institution: "sernac", workspace: "ws", name: name), expected: .absent, by: "ana")
                }
            }
            for workspace in ["..", ".", "Mayusculas", "con espacio", "-guion"] {
                await #expect(throws: StoreError.invalidName(kind: .workspace, text: workspace)) {
                    try await store.read(StoreFileRef(institution: "sernac", workspace: workspace, name: "plan.yaml"))
                }
            }
            await #expect(throws: StoreError.invalidName(kind: .institution, text: "../sernac")) {
                try await store.createInstitution(Tenant(id: "../sernac", name: "x"), by: "admin")
            }
            await #expect(throws: StoreError.institutionExists("sernac")) {
                try await store.createInstitution(Tenant(id: "sernac", name: "otra vez"), by: "admin")
            }
            await #expect(throws: StoreError.tooLarge(file: "plan.yaml", size: StoredFile.maximumBytes + 1, limit: StoredFile.maximumBytes)) {
                try await store.write([UInt8](repeating: 0x61, count: StoredFile.maximumBytes + 1),
                                      to: StoreFileRef(institution: "sernac", workspace: "ws", name: "plan.yaml"), expected: .absent, by: "ana")
            }
            #expect(try await store.workspaces(of: "sernac") == [])
        }
    }
}
