import CalidocKit
import PostgresNIO

extension PostgresStore {
    /// Any 64-bit number of our own: the advisory lock two servers starting at once take, so only
    /// one applies the migrations and the other then finds them applied.
    static let migrationLock: Int64 = 0x6361_6C69_646F_6301

    /// Applies the migrations not yet applied, each once and in its own transaction, in order.
    ///
    /// - Returns: The versions applied now (empty when the database was up to date).
    /// - Throws: ``StoreError/database(detail:)`` when a migration fails (that migration is rolled
    ///   back; earlier ones stay) or when the database was made by a newer calidoc.
    @discardableResult
    public func migrate(_ migrations: [PostgresMigration] = PostgresSchema.migrations) async throws -> [Int] {
        var applied: [Int] = []
        let known = migrations.map(\.version).max() ?? 0
        for migration in migrations.sorted(by: { $0.version < $1.version }) {
            let ran = try await transaction { connection in
                try await connection.query("SELECT pg_advisory_xact_lock(\(Self.migrationLock))", logger: logger)
                try await connection.query(
                    """
                    CREATE TABLE IF NOT EXISTS calidoc_migrations (
                        version integer PRIMARY KEY,
                        name text NOT NULL,
                        applied_at timestamptz NOT NULL DEFAULT now()
                    )
                    """, logger: logger)
                let newest = try await newestVersion(connection)
                if newest > known {
                    throw StoreError.database(
                        detail: "la base de datos tiene la migración \(newest), de una versión más nueva de calidoc (esta conoce hasta la \(known))")
                }
                let version = migration.version
                let done = try await connection.query("SELECT 1 FROM calidoc_migrations WHERE version = \(version)", logger: logger).collect()
                guard done.isEmpty else { return false }
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query(
                    "INSERT INTO calidoc_migrations (version, name) VALUES (\(version), \(migration.name))", logger: logger)
                return true
            }
            if ran { applied.append(migration.version) }
        }
        return applied
    }

    /// The versions recorded in `calidoc_migrations`, in order.
    public func appliedMigrations() async throws -> [Int] {
        try await reading { connection in
            let rows = try await connection.query("SELECT version FROM calidoc_migrations ORDER BY version", logger: logger)
            var versions: [Int] = []
            for try await version in rows.decode(Int32.self) { versions.append(Int(version)) }
            return versions
        }
    }

    private func newestVersion(_ connection: PostgresConnection) async throws -> Int {
        let rows = try await connection.query("SELECT coalesce(max(version), 0) FROM calidoc_migrations", logger: logger)
        for try await version in rows.decode(Int32.self) { return Int(version) }
        return 0
    }
}
