import Foundation

/// How `calidoc serve` runs: which folders it serves and on which loopback port.
public struct ServerConfiguration: Sendable {
    /// Workspace folders, or folders holding workspaces, as given on the command line.
    public var folders: [URL]
    /// The TCP port on 127.0.0.1; 0 lets the system choose a free one.
    public var port: Int
    /// The largest request body accepted, in bytes (larger ones get 413).
    public var maximumBodyBytes: Int

    /// The root certificates (PEM) the institution trusts, with which the chain of every signed PDF
    /// uploaded to the Archivo is checked; `nil` records chains as not checked.
    public var trustRootsPEM: String?
    /// How many certificates ``trustRootsPEM`` holds (shown on the Archivo page).
    public var trustRootCount: Int
    /// Accounts, institutions and the audit log of a shared server (`--config`); `nil` for one
    /// person on this computer.
    public var shared: SharedServer?
    /// The address listened on: 127.0.0.1, unless a shared server's configuration says otherwise.
    public var listenAddress: String = Self.host

    /// Creates a configuration.
    public init(folders: [URL], port: Int = 8080, maximumBodyBytes: Int = 2 * 1024 * 1024,
                trustRootsPEM: String? = nil, trustRootCount: Int = 0) {
        self.folders = folders
        self.port = port
        self.maximumBodyBytes = maximumBodyBytes
        self.trustRootsPEM = trustRootsPEM
        self.trustRootCount = trustRootCount
    }

    /// The only address the server listens on: loopback, so no other computer can reach it.
    public static let host = "127.0.0.1"
}
