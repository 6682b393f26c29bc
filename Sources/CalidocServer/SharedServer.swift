import CalidocKit
import Foundation

/// What `calidoc serve --config servidor.yaml` adds to the single-person application: accounts and
/// roles, one folder per institution, login sessions and an audit log of every write.
///
/// Each institution's workspaces live in `root/INSTITUTION/`; a person only ever sees the folder of
/// the institution of their account (``WorkspaceCatalog`` is scoped per request by
/// ``CurrentAccess``), so no route can reach another institution's files.
public struct SharedServer: Sendable {
    /// Institutions, accounts and the audit log.
    public let store: any Store
    /// The folder holding one folder per institution.
    public let root: URL
    /// How long a login lasts without being renewed.
    public let sessionLifetime: TimeInterval
    /// The address people type (`https://calidoc.servicio.gob.cl`) when a reverse proxy serves
    /// calidoc: its host is accepted in `Host` and `Origin`, and cookies are `Secure` under https.
    public let publicOrigin: PublicOrigin?
    /// The logins in progress.
    public let sessions: LoginSessions
    /// The notification hook run after each review step (`avisos.comando`), if any.
    public let notifier: ReviewNotifier?

    /// Creates the shared part of a configuration.
    public init(store: any Store, root: URL, sessionLifetime: TimeInterval = 8 * 3600, publicOrigin: PublicOrigin? = nil,
                notifier: ReviewNotifier? = nil) {
        self.store = store
        self.root = root.standardizedFileURL
        self.sessionLifetime = sessionLifetime
        self.publicOrigin = publicOrigin
        self.sessions = LoginSessions()
        self.notifier = notifier
    }

    /// The folder of `institution`.
    public func folder(of institution: String) -> URL {
        root.appending(path: institution, directoryHint: .isDirectory)
    }
}

/// The public address of a shared server behind a reverse proxy.
public struct PublicOrigin: Sendable, Hashable {
    /// `https` or `http`.
    public let scheme: String
    /// `host` or `host:port`, lower case.
    public let authority: String

    /// Reads `https://host[:port]` (no path); `nil` for anything else.
    public init?(_ text: String) {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "https" || scheme == "http",
              let host = url.host, !host.isEmpty, url.path.isEmpty || url.path == "/", url.query == nil, url.user == nil
        else { return nil }
        self.scheme = scheme
        self.authority = host.lowercased() + (url.port.map { ":\($0)" } ?? "")
    }

    /// The origin as browsers send it.
    public var text: String { "\(scheme)://\(authority)" }
}
