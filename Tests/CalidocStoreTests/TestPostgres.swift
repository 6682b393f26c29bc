import CalidocKit
import CalidocPostgres
import Foundation
import Logging
import PostgresNIO
import Testing

/// The PostgreSQL server of the tests: `CALIDOC_TEST_POSTGRES`, else the URL `.ci/postgres` wrote
/// to `.build/calidoc-test-postgres.url`.
enum TestPostgres {
    /// Errors only: postgres-nio warns when a lease comes before the pool's `run()` task has started,
    /// which is harmless (the lease waits) and would fill the test output.
    static let logger: Logger = {
        var logger = Logger(label: "calidoc.tests.postgres")
        logger.logLevel = .error
        return logger
    }()

    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The connection URL, if one is configured.
    static var url: String? {
        if let url = ProcessInfo.processInfo.environment["CALIDOC_TEST_POSTGRES"], !url.isEmpty { return url }
        let file = repository.appending(path: ".build/calidoc-test-postgres.url")
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The configuration of the test server, or `nil` after recording a failure under CI (where
    /// `.ci/test` must have started it) or printing a note elsewhere.
    static func configuration() throws -> PostgresAddress? {
        guard let url else {
            if ProcessInfo.processInfo.environment["CI"] != nil {
                Issue.record("PostgreSQL is missing: .ci/test should have started it with .ci/postgres (CALIDOC_TEST_POSTGRES)")
            } else {
                print("note: no PostgreSQL for the store tests; skipping the PostgreSQL store (run: bash .ci/postgres)")
            }
            return nil
        }
        var address = try PostgresAddress(url: url)
        address.encryption = .disable
        return address
    }

    /// Creates an empty database for `body` and drops it afterwards (also when `body` throws).
    static func withDatabase(
        _ base: PostgresAddress, _ body: (PostgresAddress) async throws -> Void
    ) async throws {
        // A server that is down fails here at once, not after the pool's minute of retries.
        try await base.probe(logger: logger)
        let name = "calidoc_t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try await execute(["CREATE DATABASE \(name)"], on: base)
        var configuration = base
        configuration.database = name
        do {
            try await body(configuration)
        } catch {
            try? await execute(["DROP DATABASE IF EXISTS \(name) WITH (FORCE)"], on: base)
            throw error
        }
        try await execute(["DROP DATABASE IF EXISTS \(name) WITH (FORCE)"], on: base)
    }

    /// Runs `statements` in order on one connection to `configuration`'s database.
    static func execute(_ statements: [String], on address: PostgresAddress) async throws {
        let client = PostgresClient(configuration: address.clientConfiguration, backgroundLogger: logger)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            try await client.withConnection { connection in
                for statement in statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
            }
        }
    }

    /// The rows of one query, each column as text.
    static func strings(_ sql: String, on address: PostgresAddress) async throws -> [String] {
        let client = PostgresClient(configuration: address.clientConfiguration, backgroundLogger: logger)
        return try await withThrowingTaskGroup(of: Void.self, returning: [String].self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            var result: [String] = []
            let rows = try await client.query(PostgresQuery(unsafeSQL: sql), logger: logger)
            for try await value in rows.decode(String.self) { result.append(value) }
            return result
        }
    }
}
