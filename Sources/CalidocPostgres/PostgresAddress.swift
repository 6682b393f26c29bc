import CalidocKit
import Foundation
import NIOSSL
import PostgresNIO

/// Where the shared server's database is: read from a connection URL,
/// `postgres://USER:PASSWORD@HOST:PORT/DATABASE?sslmode=…`, as a configuration file and the tests
/// (`CALIDOC_TEST_POSTGRES`) give it.
public struct PostgresAddress: Sendable, Hashable {
    /// Whether the connection is encrypted.
    public enum Encryption: String, Sendable, Hashable {
        /// Never (a server on loopback, the tests): `sslmode=disable`.
        case disable
        /// When the server offers it (the default).
        case prefer
        /// Always; the connection fails otherwise: `sslmode=require`.
        case require
    }

    /// The server's name or address.
    public var host: String
    /// Its port.
    public var port: Int
    /// The role to log in as.
    public var username: String
    /// Its password, if any.
    public var password: String?
    /// The database.
    public var database: String
    /// Encryption.
    public var encryption: Encryption

    /// Creates an address.
    public init(host: String, port: Int = 5432, username: String, password: String?, database: String, encryption: Encryption = .prefer) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.database = database
        self.encryption = encryption
    }

    /// Reads a connection URL.
    ///
    /// - Throws: ``StoreError/database(detail:)`` naming what is wrong (never the password).
    public init(url text: String) throws {
        guard let components = URLComponents(string: text),
              let scheme = components.scheme, ["postgres", "postgresql"].contains(scheme)
        else { throw StoreError.database(detail: "la dirección de la base de datos debe empezar con postgres://") }
        guard let host = components.host, !host.isEmpty else {
            throw StoreError.database(detail: "falta el servidor en la dirección de la base de datos")
        }
        guard let username = components.user, !username.isEmpty else {
            throw StoreError.database(detail: "falta el usuario en la dirección de la base de datos")
        }
        let database = String(components.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty else { throw StoreError.database(detail: "falta el nombre de la base de datos en la dirección") }
        let mode = components.queryItems?.first(where: { $0.name == "sslmode" })?.value ?? "prefer"
        let encryption: Encryption
        switch mode {
        case "disable": encryption = .disable
        case "require", "verify-ca", "verify-full": encryption = .require
        default: encryption = .prefer
        }
        self.init(host: host, port: components.port ?? 5432, username: username, password: components.password,
                  database: database, encryption: encryption)
    }

    /// The configuration of a connection pool to this database.
    public var clientConfiguration: PostgresClient.Configuration {
        let tls: PostgresClient.Configuration.TLS
        switch encryption {
        case .disable: tls = .disable
        case .prefer: tls = .prefer(.makeClientConfiguration())
        case .require: tls = .require(.makeClientConfiguration())
        }
        return PostgresClient.Configuration(host: host, port: port, username: username, password: password, database: database, tls: tls)
    }

    /// Opens and closes one connection, so that a wrong address, password or database name is an
    /// error now (a pool would wait for the database instead).
    ///
    /// - Throws: ``StoreError/database(detail:)``.
    public func probe(logger: Logger) async throws {
        let tls: PostgresConnection.Configuration.TLS
        do {
            switch encryption {
            case .disable: tls = .disable
            case .prefer: tls = .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
            case .require: tls = .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
            }
            var configuration = PostgresConnection.Configuration(
                host: host, port: port, username: username, password: password, database: database, tls: tls)
            configuration.options.connectTimeout = .seconds(10)
            let connection = try await PostgresConnection.connect(configuration: configuration, id: 0, logger: logger)
            try await connection.close()
        } catch {
            let problem = PostgresStore.storeError(error)
            throw StoreError.database(detail: "\(host):\(port)/\(database): \(Self.detail(problem))")
        }
    }

    private static func detail(_ error: StoreError) -> String {
        if case .database(let detail) = error { return detail }
        return error.message(.es)
    }
}
