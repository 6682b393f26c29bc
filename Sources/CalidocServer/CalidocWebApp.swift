import CalidocKit
import Foundation
import Hummingbird
import Logging
import NIOCore

/// `calidoc serve`: builds the router (pages, downloads, assets, JSON API) and the application that
/// listens on 127.0.0.1.
public enum CalidocWebApp {
    /// The router with every route and the guard around them.
    public static func router(state: ServerState) -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: GuardMiddleware(state: state))
        if let shared = state.configuration.shared {
            router.add(middleware: AccessMiddleware(state: state, shared: shared))
            AccountRoutes(state: state, shared: shared).register(on: router)
            // Accounts exist only on a shared server: in the local application these addresses are not found.
            AccountAdminRoutes(state: state, shared: shared).register(on: router)
            OwnAccountRoutes(state: state, shared: shared).register(on: router)
        }
        HomeRoutes(state: state).register(on: router)
        ImportRoutes(state: state).register(on: router)
        WorkspaceRoutes(state: state).register(on: router)
        EditorRoutes(state: state).register(on: router)
        PreviewRoutes(state: state).register(on: router)
        DownloadRoutes(state: state).register(on: router)
        VersionRoutes(state: state).register(on: router)
        SessionRoutes(state: state).register(on: router)
        ReviewRoutes(state: state).register(on: router)
        ArchiveRoutes(state: state).register(on: router)
        AssetRoutes().register(on: router)
        APIRoutes(state: state).register(on: router)
        return router
    }

    /// The application: listens on 127.0.0.1 at the configured port (0: a free one) and calls
    /// `onListening` with the port once bound.
    public static func application(
        state: ServerState, onListening: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        var logger = Logger(label: "calidoc-serve")
        logger.logLevel = .warning
        return Application(
            router: router(state: state),
            configuration: .init(address: .hostname(state.configuration.listenAddress, port: state.configuration.port),
                                 serverName: "calidoc"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? state.configuration.port
                state.port.value = port
                await onListening(port)
            },
            logger: logger)
    }

    /// Runs the application until the process is interrupted (Ctrl+C).
    public static func run(state: ServerState, onListening: @escaping @Sendable (Int) async -> Void) async throws {
        try await application(state: state, onListening: onListening).runService()
    }
}
