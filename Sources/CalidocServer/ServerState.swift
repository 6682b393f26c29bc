import CalidocKit
import Foundation

/// What every handler shares: the served workspaces, the process's CSRF token, the port actually
/// bound, the draft previews and the lock that serialises saves.
public final class ServerState: Sendable {
    /// The configuration the server started with.
    public let configuration: ServerConfiguration
    /// The served workspaces.
    public let catalog: WorkspaceCatalog
    /// The anti-CSRF token of this process.
    public let csrf: CSRFToken
    /// The port the server listens on (known once bound, for `--puerto 0`).
    public let port: BoundPort
    /// The anti-CSRF token of the current request's forms: the login's own on a shared server,
    /// the process's otherwise.
    var currentCSRF: CSRFToken { CurrentAccess.session?.csrf ?? csrf }
    /// Previews of unsaved text, addressed by random tokens.
    let drafts = DraftStore()
    /// Saves one file at a time, so two saves from the same version cannot both win.
    let saver = FileSaver()
    /// The last validations, by the bytes of the files validated.
    let validations = ValidationCache()

    /// Creates the state for `configuration`.
    public init(configuration: ServerConfiguration, csrf: CSRFToken = CSRFToken()) {
        self.configuration = configuration
        self.catalog = WorkspaceCatalog(folders: configuration.folders, sharedRoot: configuration.shared?.root)
        self.csrf = csrf
        self.port = BoundPort(configuration.port)
    }
}

/// The port the server is bound to, set once the socket is open.
public final class BoundPort: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Int

    init(_ value: Int) { stored = value }

    /// The port.
    public var value: Int {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
