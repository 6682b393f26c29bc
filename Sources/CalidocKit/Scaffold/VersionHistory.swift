import Foundation

/// The versions of a workspace, as calidoc keeps them: the current version in the workspace folder,
/// the earlier ones in folders the manifests chain through `version.anterior` (each path relative to
/// its own version's folder, `versiones/2-resultados` → `../1-inicial`), usually under `versiones/`.
///
/// Only manifests are read (never the other inputs), so the history shows even while a file is
/// mid-edit. A folder under `versiones/` that no manifest chains to is listed too, marked as such,
/// so nothing kept there is hidden.
public enum VersionHistory {
    /// One version of the workspace.
    public struct Entry: Hashable, Sendable {
        /// The version's folder relative to the workspace (`.` for the current one), or `archivo:N`
        /// for the inputs archived with entry N of the signed-version archive.
        public var path: String
        /// The version's folder; for an archived version, the workspace whose archive holds it (read
        /// it through ``VersionHistory/withFolder(_:workspace:_:)``, which exports and checks it).
        public var folder: URL
        /// The manifest's `version`, when it could be read.
        public var version: VersionInfo?
        /// Whether the folder holds `recomendaciones.yaml` (the version the Red de Expertos reviewed).
        public var hasRecommendations: Bool
        /// Whether some manifest of the chain reaches it (`false` for a loose folder of `versiones/`).
        public var inChain: Bool
        /// The archive entry whose inputs this version is (`nil` for a folder).
        public var archived: ArchiveEntry?

        /// Whether this is the workspace's current version.
        public var isCurrent: Bool { path == "." }
    }

    /// The folder under the workspace where earlier versions are kept.
    public static let folderName = "versiones"

    /// Most versions followed along the chain (a longer chain is cut there, never looped).
    static let chainLimit = 50

    /// The versions of the workspace in `directory`: the current one first, then the chain of
    /// `anterior` (newest to oldest), then loose folders of `versiones/` sorted by name.
    public static func list(workspace directory: URL) -> [Entry] {
        let base = directory.standardizedFileURL
        var entries = [entry(folder: base, base: base, inChain: true)]
        var seen: Set<String> = [base.path]
        var current = base
        var next = entries[0].version?.anterior
        while let relative = next, entries.count < chainLimit {
            let folder = current.appending(path: relative).standardizedFileURL
            guard !seen.contains(folder.path), isWorkspace(folder) else { break }
            seen.insert(folder.path)
            let found = entry(folder: folder, base: base, inChain: true)
            entries.append(found)
            current = folder
            next = found.version?.anterior
        }
        let kept = base.appending(path: folderName)
        let loose = ((try? FileManager.default.contentsOfDirectory(
            at: kept, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])) ?? [])
            .map(\.standardizedFileURL)
            .filter { !seen.contains($0.path) && isWorkspace($0) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        return entries + loose.map { entry(folder: $0, base: base, inChain: false) }
    }

    /// The version whose relative path is `path`, among those ``list(workspace:)`` gives (a path
    /// typed by a person or taken from an address is only ever looked up, never joined).
    public static func entry(_ path: String, workspace directory: URL) -> Entry? {
        list(workspace: directory).first { $0.path == path }
    }

    static func entry(folder: URL, base: URL, inChain: Bool) -> Entry {
        Entry(path: SessionScaffold.relativePath(of: folder, from: base), folder: folder, version: manifest(in: folder)?.version,
              hasRecommendations: FileManager.default.fileExists(atPath: folder.appending(path: InputFile.recomendaciones.rawValue).path),
              inChain: inChain, archived: nil)
    }

    /// The manifest of `folder`, read alone.
    static func manifest(in folder: URL) -> Manifest? {
        guard let bytes = FileManager.default.contents(atPath: folder.appending(path: InputFile.manifest.rawValue).path) else { return nil }
        return WorkspaceLoader.load(files: [.manifest: Array(bytes)], directory: folder).workspace?.manifest
    }

    /// Whether `folder` is a directory holding `calidoc.yaml`.
    static func isWorkspace(_ folder: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) && isDirectory.boolValue
            && FileManager.default.fileExists(atPath: folder.appending(path: InputFile.manifest.rawValue).path)
    }
}
