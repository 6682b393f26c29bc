import CalidocKit
import CalidocPostgres
import CalidocServer
import Foundation

/// `calidoc serve --config servidor.yaml` and `calidoc cuentas`: opens the store the configuration
/// names (folders with SQLite, or PostgreSQL) and runs the shared server or an account command on it.
enum SharedServe {
    /// The settings of `config`, or the error printed in the person's language.
    static func settings(_ config: String, language: MessageLanguage) throws -> SharedServerSettings {
        do {
            return try SharedServerSettings.read(URL(fileURLWithPath: config))
        } catch {
            throw ErrorReporter.report(error, language: language)
        }
    }

    /// Runs `body` with the store of `settings`, closing it after.
    static func withStore<T: Sendable>(_ settings: SharedServerSettings, _ body: (any Store) async throws -> T) async throws -> T {
        let hasher = BcryptPasswordHasher()
        switch settings.store {
        case .folders:
            return try await body(try FolderStore(root: settings.folder, hasher: hasher))
        case .postgresql(let url):
            var address = try PostgresAddress(url: url)
            if address.password == nil { address.password = ProcessInfo.processInfo.environment["PGPASSWORD"] }
            try FileManager.default.createDirectory(at: settings.folder, withIntermediateDirectories: true)
            return try await PostgresStore.with(address: address, hasher: hasher) { store in try await body(store) }
        }
    }

    /// Serves until interrupted.
    static func run(config: String, language: MessageLanguage) async throws {
        let settings = try settings(config, language: language)
        do {
            try await withStore(settings) { store in
                var configuration = ServerConfiguration(folders: [], port: settings.port)
                configuration.listenAddress = settings.address
                configuration.shared = SharedServer(
                    store: store, root: settings.folder, sessionLifetime: TimeInterval(settings.sessionMinutes * 60),
                    publicOrigin: settings.publicOrigin.flatMap(PublicOrigin.init),
                    notifier: settings.notificationCommand.map { ReviewNotifier(command: $0) })
                if let roots = settings.trustRoots {
                    let pem = String(decoding: try SignatureFiles.read(roots.path), as: UTF8.self)
                    configuration.trustRootCount = try TrustRoots.count(pem, name: roots.path)
                    configuration.trustRootsPEM = pem
                }
                let state = ServerState(configuration: configuration)
                let kind = settings.store == .folders ? "carpetas" : "postgresql"
                try await CalidocWebApp.run(state: state) { port in
                    let text = language.pick(
                        "calidoc serve: servidor compartido en http://\(settings.address):\(port)/ (almacén: \(kind), carpeta \(settings.folder.path)). Ctrl+C para detener.\n",
                        "calidoc serve: shared server on http://\(settings.address):\(port)/ (store: \(kind), folder \(settings.folder.path)). Ctrl+C to stop.\n")
                    FileHandle.standardOutput.write(Data(text.utf8))
                }
            }
        } catch let error as any CalidocError {
            throw ErrorReporter.report(error, language: language)
        } catch {
            throw ErrorReporter.report(ServeError.cannotListen(port: settings.port, reason: "\(error)"), language: language)
        }
    }
}
