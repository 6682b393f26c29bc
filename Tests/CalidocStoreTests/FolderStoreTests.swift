import CalidocKit
import CalidocPostgres
import Foundation
import Testing

/// What only the folders store has: files on disk that someone may have replaced by hand.
@Suite struct FolderStoreTests {
    @Test func refusesALinkOutOfTheInstitutionFolder() async throws {
        let root = FileManager.default.temporaryDirectory.appending(path: "calidoc-store-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let store = try FolderStore(root: root, hasher: BcryptPasswordHasher(cost: 4))
        try await store.createInstitution(Tenant(id: "sernac", name: "Sernac"), by: "admin")
        let workspace = root.appending(path: "sernac/ws")
        try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: workspace.appending(path: "plan.yaml").path, withDestinationPath: "/etc/passwd")
        let file = StoreFileRef(institution: "sernac", workspace: "ws", name: "plan.yaml")
        await #expect(throws: StoreError.self) { try await store.read(file) }
        await #expect(throws: StoreError.self) { try await store.write(Array("x: 1\n".utf8), to: file, expected: .absent, by: "ana") }
        // The workspace folders stay what calidoc serve shows today: files on disk.
        let plan = StoreFileRef(institution: "sernac", workspace: "ws", name: "politica.yaml")
        _ = try await store.write(Array("mision: m\n".utf8), to: plan, expected: .absent, by: "ana")
        #expect(FileManager.default.contents(atPath: workspace.appending(path: "politica.yaml").path) == Data("mision: m\n".utf8))
    }

    @Test func reopensWithItsAccountsAndLog() async throws {
        let root = FileManager.default.temporaryDirectory.appending(path: "calidoc-store-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let hasher = BcryptPasswordHasher(cost: 4)
        do {
            let store = try FolderStore(root: root, hasher: hasher)
            try await store.createInstitution(Tenant(id: "sernac", name: "Sernac"), by: "admin")
            try await store.createAccount(Account(institution: "sernac", username: "ana", displayName: "Ana", role: .editor), password: "clave", by: "admin")
        }
        let again = try FolderStore(root: root, hasher: hasher)
        #expect(try await again.login("ana", password: "clave", institution: "sernac")
                == .accepted(Account(institution: "sernac", username: "ana", displayName: "Ana", role: .editor)))
        #expect(try await again.verifyAuditLog(of: "sernac") == .intact(count: 2))
    }
}
