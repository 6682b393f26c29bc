import Foundation

/// How `calidoc serve` runs: which folders it serves and on which loopback port.
public struct ServerConfiguration: Sendable {
    /// Workspace folders, or folders holding workspaces, as given on the command line.
    public var folders: [URL]
    /// The TCP port on 127.0.0.1; 0 lets the system choose a free one.
    public var port: Int
    /// The largest request body accepted, in bytes (larger ones get 413).
    public var maximumBodyBytes: Int

    /// Creates a configuration.
    public init(folders: [URL], port: Int = 8080, maximumBodyBytes: Int = 2 * 1024 * 1024) {
        self.folders = folders
        self.port = port
        self.maximumBodyBytes = maximumBodyBytes
    }

    /// The only address the server listens on: loopback, so no other computer can reach it.
    public static let host = "127.0.0.1"
}
