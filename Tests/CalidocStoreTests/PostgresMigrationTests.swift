import CalidocKit
import CalidocPostgres
import PostgresNIO
import Testing

/// The PostgreSQL store's versioned migrations and its behaviour when the connection fails.
@Suite struct PostgresMigrationTests {
    @Test func appliesEachMigrationOnceInOrder() async throws {
        guard let base = try TestPostgres.configuration() else { return }
        try await TestPostgres.withDatabase(base) { configuration in
            let hasher = BcryptPasswordHasher(cost: 4)
            try await PostgresStore.with(address: configuration, hasher: hasher, logger: TestPostgres.logger) { store async throws in
                #expect(try await store.appliedMigrations() == PostgresSchema.migrations.map(\.version))
                // Opened again (a second server, a restart): nothing to apply.
                #expect(try await store.migrate() == [])
            }
            try await PostgresStore.with(address: configuration, hasher: hasher, logger: TestPostgres.logger) { store async throws in
                #expect(try await store.migrate() == [])
                #expect(try await store.appliedMigrations() == [1, 2])
            }
            let names = try await TestPostgres.strings("SELECT name FROM calidoc_migrations ORDER BY version", on: configuration)
            #expect(names == PostgresSchema.migrations.map(\.name))
        }
    }

    @Test func aFailingMigrationLeavesNothingBehind() async throws {
        guard let base = try TestPostgres.configuration() else { return }
        try await TestPostgres.withDatabase(base) { configuration in
            try await PostgresStore.with(address: configuration, hasher: BcryptPasswordHasher(cost: 4), logger: TestPostgres.logger) { store in
                let broken = PostgresMigration(
                    version: 3, name: "rota", statements: ["CREATE TABLE half_done (id integer)", "SELECT * FROM no_such_table"])
                await #expect(throws: StoreError.self) { try await store.migrate(PostgresSchema.migrations + [broken]) }
                #expect(try await store.appliedMigrations() == [1, 2])
                let tables = try await TestPostgres.strings(
                    "SELECT tablename::text FROM pg_tables WHERE tablename = 'half_done'", on: configuration)
                #expect(tables == [])
            }
        }
    }

    @Test func refusesADatabaseOfANewerCalidoc() async throws {
        guard let base = try TestPostgres.configuration() else { return }
        try await TestPostgres.withDatabase(base) { configuration in
            let hasher = BcryptPasswordHasher(cost: 4)
            try await PostgresStore.with(address: configuration, hasher: hasher, logger: TestPostgres.logger) { _ in }
            try await TestPostgres.execute(["INSERT INTO calidoc_migrations (version, name) VALUES (99, 'futura')"], on: configuration)
            await #expect(throws: StoreError.self) {
                try await PostgresStore.with(address: configuration, hasher: hasher, logger: TestPostgres.logger) { _ in }
            }
        }
    }

    @Test func aDroppedConnectionIsAnErrorOrARetryNeverACrash() async throws {
        guard let base = try TestPostgres.configuration() else { return }
        try await TestPostgres.withDatabase(base) { configuration in
            try await PostgresStore.with(address: configuration, hasher: BcryptPasswordHasher(cost: 4), logger: TestPostgres.logger) { store in
                try await store.createInstitution(Tenant(id: "sernac", name: "Sernac"), by: "admin")
                let database = configuration.database
                try await TestPostgres.execute(
                    ["SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '\(database)' AND pid <> pg_backend_pid()"],
                    on: configuration)
                let file = StoreFileRef(institution: "sernac", workspace: "ws", name: "plan.yaml")
                var version = VersionToken.absent
                for attempt in 0..<3 {
                    do {
                        version = try await store.write(Array("intento: \(attempt)\n".utf8), to: file, expected: version, by: "ana")
                    } catch let error as StoreError {
                        #expect(!error.message(.es).isEmpty)
                    }
                }
                #expect(try await store.verifyAuditLog(of: "sernac").isIntact)
            }
        }
    }

    @Test func readsConnectionURLs() throws {
        let address = try PostgresAddress(url: "postgres://calidoc:se%40creta@127.0.0.1:55432/calidoc_test?sslmode=disable")
        #expect(address == PostgresAddress(host: "127.0.0.1", port: 55432, username: "calidoc", password: "se@creta",
                                           database: "calidoc_test", encryption: .disable))
        #expect(try PostgresAddress(url: "postgresql://u@servidor/d").port == 5432)
        #expect(try PostgresAddress(url: "postgresql://u@servidor/d").encryption == .prefer)
        for bad in ["mysql://u@h/d", "postgres:///d", "postgres://h/d", "postgres://u@h/", "no es una dirección"] {
            #expect(throws: StoreError.self, "\(bad)") { try PostgresAddress(url: bad) }
        }
        do {
            _ = try PostgresAddress(url: "postgres://calidoc:secreta@127.0.0.1/")
        } catch let error as StoreError {
            #expect(!error.message(.es).contains("secreta"))
        }
    }

    @Test func aWrongPasswordOrDatabaseIsAnErrorAtOnce() async throws {
        guard var address = try TestPostgres.configuration() else { return }
        address.password = "no-es-la-clave"
        await #expect(throws: StoreError.self) {
            try await PostgresStore.with(address: address, hasher: BcryptPasswordHasher(cost: 4), logger: TestPostgres.logger) { _ in }
        }
        guard var missing = try TestPostgres.configuration() else { return }
        missing.database = "no_existe_esta_base"
        await #expect(throws: StoreError.self) {
            try await PostgresStore.with(address: missing, hasher: BcryptPasswordHasher(cost: 4), logger: TestPostgres.logger) { _ in }
        }
    }
}
