import CalidocKit
import Foundation
import Logging
import PostgresNIO

/// The store of a shared server: institutions, workspace files, accounts and the audit log in
/// PostgreSQL (issue 19), answering the same contract as CalidocKit's ``FolderStore``.
///
/// Every write is one transaction that first locks its institution's row: the version check, the
/// change and its audit entry commit together, and the writes of one institution form one chain in
/// order. The schema is made by versioned migrations (``PostgresSchema``), applied by ``migrate()``.
///
/// The client's `run()` must be running while the store is used: ``with(address:hasher:policy:clock:logger:_:)``
/// does that for a block of work (tests, commands); the server runs it beside Hummingbird.
///
/// A database that stops answering while the store runs: postgres-nio's pool reconnects when it
/// can; while it cannot, a call waits until the pool gives up (about a minute, its circuit
/// breaker), so the server should bound requests with its own shorter timeout. A dropped
/// connection never crashes: calls fail with ``StoreError/database(detail:)`` and their
/// transaction is rolled back.
public final class PostgresStore: Store {
    let client: PostgresClient
    let hasher: any PasswordHasher
    let policy: LoginPolicy
    let clock: StoreClock
    let logger: Logger
    /// A hash of no one's password, checked when a login names an unknown user so that the answer
    /// takes as long as for a known one (the time does not tell which user names exist).
    let decoyHash: String

    /// A store over a client whose `run()` the caller runs.
    public init(
        client: PostgresClient, hasher: any PasswordHasher, policy: LoginPolicy = LoginPolicy(),
        clock: @escaping StoreClock = systemStoreClock, logger: Logger = Logger(label: "calidoc.postgres")
    ) {
        self.client = client
        self.hasher = hasher
        self.policy = policy
        self.clock = clock
        self.logger = logger
        decoyHash = (try? hasher.hash(UUID().uuidString)) ?? ""
    }

    /// Connects to `address` (refusing at once a wrong address, password or database), applies the
    /// migrations, runs `body` with the store, then closes every connection.
    ///
    /// - Throws: ``StoreError/database(detail:)`` when the database cannot be reached or migrated.
    public static func with<T: Sendable>(
        address: PostgresAddress, hasher: any PasswordHasher, policy: LoginPolicy = LoginPolicy(),
        clock: @escaping StoreClock = systemStoreClock, logger: Logger = Logger(label: "calidoc.postgres"),
        _ body: (PostgresStore) async throws -> T
    ) async throws -> T {
        try await address.probe(logger: logger)
        let client = PostgresClient(configuration: address.clientConfiguration, backgroundLogger: logger)
        return try await withThrowingTaskGroup(of: Void.self, returning: T.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            let store = PostgresStore(client: client, hasher: hasher, policy: policy, clock: clock, logger: logger)
            try await store.migrate()
            return try await body(store)
        }
    }

    /// Runs `work` in a transaction; whatever fails becomes a ``StoreError`` (the transaction is
    /// rolled back, nothing is half written).
    func transaction<T: Sendable>(_ work: (PostgresConnection) async throws -> T) async throws -> T {
        try await guarded {
            try await client.withTransaction(logger: logger) { connection in try await work(connection) }
        }
    }

    /// Runs `work`, turning database and decoding failures into ``StoreError``s.
    func guarded<T>(_ work: () async throws -> T) async throws -> T {
        do {
            return try await work()
        } catch {
            throw Self.storeError(error)
        }
    }

    /// A ``StoreError`` for whatever postgres-nio threw.
    static func storeError(_ error: any Error) -> StoreError {
        switch error {
        case let error as StoreError:
            return error
        case let error as PostgresTransactionError:
            if let inner = error.closureError { return storeError(inner) }
            if let inner = error.commitError { return storeError(inner) }
            if let inner = error.beginError { return storeError(inner) }
            return .database(detail: "transacción fallida")
        case let error as PSQLError:
            if let message = error.serverInfo?[.message] {
                let state = error.serverInfo?[.sqlState].map { " [\($0)]" } ?? ""
                return .database(detail: message + state)
            }
            return .database(detail: "conexión con PostgreSQL: \(error.code)")
        case let error as PostgresDecodingError:
            return .damaged(detail: "columna «\(error.columnName)»: \(error.code)")
        default:
            // postgres-nio's pool (no connection could be made for a while) and anything else.
            return .database(detail: "sin conexión utilizable con PostgreSQL: \(error)")
        }
    }

    /// The bytes of a `bytea` column.
    static func bytes(_ buffer: ByteBuffer) -> [UInt8] {
        Array(buffer.readableBytesView)
    }

    /// Throws ``StoreError/unknownInstitution(_:)`` unless `institution` exists.
    func requireInstitution(_ institution: String, _ connection: PostgresConnection) async throws {
        try StoreNames.checkId(institution, .institution)
        let rows = try await connection.query("SELECT 1 FROM institutions WHERE id = \(institution)", logger: logger).collect()
        if rows.isEmpty { throw StoreError.unknownInstitution(institution) }
    }

    /// Runs `work` on one connection (reads), failures as ``StoreError``s.
    func reading<T: Sendable>(_ work: (PostgresConnection) async throws -> T) async throws -> T {
        try await guarded {
            try await client.withConnection { connection in try await work(connection) }
        }
    }

    public func createInstitution(_ institution: Tenant, by actor: String) async throws {
        try StoreNames.checkId(institution.id, .institution)
        let now = clock()
        let id = institution.id
        let name = institution.name
        let genesis = AuditChain.genesis
        try await transaction { connection in
            // ON CONFLICT: two servers creating the same institution at once get one row and one "exists".
            let inserted = try await connection.query(
                """
                INSERT INTO institutions (id, name, audit_sequence, audit_head) VALUES (\(id), \(name), 0, \(genesis))
                ON CONFLICT (id) DO NOTHING RETURNING id
                """, logger: logger
            ).collect()
            if inserted.isEmpty { throw StoreError.institutionExists(id) }
            try await appendAudit(
                connection, institution: id, time: now, actor: actor, action: .institutionCreated, target: id,
                before: AuditChain.none, after: SHA256Digest.hex(Array(name.utf8)))
        }
    }

    public func institutions() async throws -> [Tenant] {
        try await reading { connection in
            var result: [Tenant] = []
            let rows = try await connection.query("SELECT id, name FROM institutions", logger: logger)
            for try await (id, name) in rows.decode((String, String).self) {
                result.append(Tenant(id: id, name: name))
            }
            // Sorted here, not by the database's collation, so both stores list alike.
            return result.sorted { $0.id < $1.id }
        }
    }
}
