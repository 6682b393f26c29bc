import CalidocKit
import CalidocPostgres
import Foundation
import GRDB
import PostgresNIO
import Testing

/// The stores the contract suite runs against.
enum StoreKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case folders
    case postgres

    var testDescription: String { rawValue }
}

/// A store made for one test, with a way to alter its audit log behind its back (as an
/// administrator with direct access to the database could).
struct StoreUnderTest {
    let store: any Store
    /// Runs one SQL statement on the store's database with the append-only triggers out of the way.
    let tamper: @Sendable (String) async throws -> Void
    /// Runs one SQL statement as it is (the append-only triggers in place).
    let raw: @Sendable (String) async throws -> Void
}

/// The clock the stores read in tests: time moves only when the test says so.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var milliseconds: Int64 = 1_767_225_600_000  // 2026-01-01

    var now: Int64 { lock.withLock { milliseconds } }

    func advance(seconds: Double) {
        lock.withLock { milliseconds += Int64(seconds * 1000) }
    }

    var storeClock: StoreClock { { [self] in now } }
}

/// Makes a fresh store of `kind` for `body`, and removes it afterwards.
///
/// PostgreSQL: a new database per test on the server `.ci/postgres` started. Without one the test
/// fails under CI (`CI` set) and is skipped, with a note, elsewhere.
func withStore(
    _ kind: StoreKind, policy: LoginPolicy = LoginPolicy(maximumFailures: 3, lockDuration: 600), clock: TestClock = TestClock(),
    _ body: (StoreUnderTest) async throws -> Void
) async throws {
    let hasher = BcryptPasswordHasher(cost: 4)
    switch kind {
    case .folders:
        let root = FileManager.default.temporaryDirectory.appending(path: "calidoc-store-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let store = try FolderStore(root: root, hasher: hasher, policy: policy, clock: clock.storeClock)
        let file = root.appending(path: FolderStore.metadataFolder).appending(path: "almacen.sqlite").path
        let tamper: @Sendable (String) async throws -> Void = { sql in
            let queue = try DatabaseQueue(path: file)
            try await queue.write { db in
                try db.execute(sql: "DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete")
                try db.execute(sql: sql)
            }
        }
        let raw: @Sendable (String) async throws -> Void = { sql in
            let queue = try DatabaseQueue(path: file)
            try await queue.write { db in try db.execute(sql: sql) }
        }
        try await body(StoreUnderTest(store: store, tamper: tamper, raw: raw))
    case .postgres:
        guard let base = try TestPostgres.configuration() else { return }
        try await TestPostgres.withDatabase(base) { configuration in
            try await PostgresStore.with(address: configuration, hasher: hasher, policy: policy, clock: clock.storeClock, logger: TestPostgres.logger) { store in
                let tamper: @Sendable (String) async throws -> Void = { sql in
                    try await TestPostgres.execute([
                        "ALTER TABLE audit_log DISABLE TRIGGER USER", sql, "ALTER TABLE audit_log ENABLE TRIGGER USER",
                    ], on: configuration)
                }
                let raw: @Sendable (String) async throws -> Void = { sql in
                    try await TestPostgres.execute([sql], on: configuration)
                }
                try await body(StoreUnderTest(store: store, tamper: tamper, raw: raw))
            }
        }
    }
}
