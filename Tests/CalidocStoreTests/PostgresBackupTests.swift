import CalidocKit
import CalidocPostgres
import Foundation
import Testing

/// Backup and restore of the shared server's database with PostgreSQL's own tools: what is restored
/// into a new database is the same store, and its audit log still verifies.
@Suite struct PostgresBackupTests {
    /// `pg_dump`/`pg_restore` of the newest PostgreSQL installed (Debian keeps them per version), else on PATH.
    static func tool(_ name: String) -> URL? {
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? [])
            .compactMap(Int.init).sorted(by: >)
        for version in versions {
            let url = URL(fileURLWithPath: "/usr/lib/postgresql/\(version)/bin/\(name)")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let url = URL(fileURLWithPath: String(folder)).appending(path: name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        if ProcessInfo.processInfo.environment["CI"] != nil {
            Issue.record("\(name) is missing: .ci/setup should have installed postgresql")
        } else {
            print("note: \(name) not installed; skipping the backup test")
        }
        return nil
    }

    /// Runs a PostgreSQL tool against `address` (password through the environment, not the command line).
    static func run(_ tool: URL, _ arguments: [String], address: PostgresAddress) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = tool
        process.arguments = ["--host", address.host, "--port", String(address.port), "--username", address.username,
                             "--dbname", address.database] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["PGPASSWORD"] = address.password ?? ""
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func aDumpRestoredIntoANewDatabaseVerifies() async throws {
        guard let base = try TestPostgres.configuration(), let dump = Self.tool("pg_dump"), let restore = Self.tool("pg_restore")
        else { return }
        let hasher = BcryptPasswordHasher(cost: 4)
        let file = StoreFileRef(institution: "sernac", workspace: "politica-2026", name: "politica.yaml")
        let content = Array("mision: «Servir con calidad»\n".utf8)
        let ana = Account(institution: "sernac", username: "ana", displayName: "Ana", role: .editor)
        let backup = FileManager.default.temporaryDirectory.appending(path: "calidoc-respaldo-\(UUID().uuidString).dump")
        defer { try? FileManager.default.removeItem(at: backup) }
        try await TestPostgres.withDatabase(base) { source in
            try await PostgresStore.with(address: source, hasher: hasher, logger: TestPostgres.logger) { store in
                try await store.createInstitution(Tenant(id: "sernac", name: "Sernac"), by: "admin")
                _ = try await store.write(content, to: file, expected: .absent, by: "ana")
                try await store.createAccount(ana, password: "clave", by: "admin")
            }
            let (status, output) = try Self.run(dump, ["--format=custom", "--file", backup.path], address: source)
            #expect(status == 0, "\(output)")
            try await TestPostgres.withDatabase(base) { target in
                let (status, output) = try Self.run(restore, ["--no-owner", "--exit-on-error", backup.path], address: target)
                #expect(status == 0, "\(output)")
                try await PostgresStore.with(address: target, hasher: hasher, logger: TestPostgres.logger) { store in
                    #expect(try await store.appliedMigrations() == [1, 2])
                    #expect(try await store.verifyAuditLog(of: "sernac") == .intact(count: 3))
                    #expect(try await store.read(file)?.bytes == content)
                    #expect(try await store.login("ana", password: "clave", institution: "sernac") == .accepted(ana))
                    // The restored chain goes on where it stopped.
                    _ = try await store.write(Array("mision: nueva\n".utf8), to: file, expected: VersionToken.of(content), by: "ana")
                    #expect(try await store.verifyAuditLog(of: "sernac") == .intact(count: 4))
                }
            }
        }
    }
}
