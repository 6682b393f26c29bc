import Foundation

/// The versions a session compares, each loaded and validated once per deck (a session that names
/// the same folder in both pairs reads it once).
struct DeckVersions {
    /// The session's workspace folder; pair paths are relative to it.
    let base: URL
    private var loaded: [String: ValidatedWorkspace] = [:]

    /// Starts with the session's own workspace, already validated.
    init(base: ValidatedWorkspace) {
        self.base = base.directory
        loaded[base.directory.standardizedFileURL.path] = base
    }

    /// The version at `relative` (e.g. `../v2`), validated; errors block the deck.
    mutating func load(_ relative: String) throws -> ValidatedWorkspace {
        let url = base.appending(path: relative).standardizedFileURL
        if let known = loaded[url.path] { return known }
        let version = try VersionDiff.load(url)
        loaded[url.path] = version
        return version
    }
}
