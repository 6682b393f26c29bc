import CalidocKit
import Foundation

/// One served workspace: its id in URLs and its folder.
public struct WorkspaceEntry: Sendable, Hashable {
    /// The id used in URLs: a slug of the folder name, made unique.
    public let id: String
    /// The workspace folder.
    public let folder: URL
}

/// The workspaces `calidoc serve` shows: each folder given that holds a `calidoc.yaml`, and each
/// direct subfolder that does, in the other folders given. Folders are read again on every request,
/// so a workspace created by hand or by `calidoc init` appears without restarting.
///
/// URL ids are only ever looked up in this list: a path parameter never becomes a path on disk.
///
/// On a shared server (`sharedRoot`), the catalog of a request is the folder of the institution of
/// the person logged in (``CurrentAccess``), and nothing at all without a login: isolation between
/// institutions holds for every route because no route can name a folder outside it.
public final class WorkspaceCatalog: @unchecked Sendable {
    private let lock = NSLock()
    private var roots: [URL]
    private let sharedRoot: URL?

    /// Creates a catalog over `folders`, or over the institutions' folders in `sharedRoot`.
    public init(folders: [URL], sharedRoot: URL? = nil) {
        roots = folders.map { $0.standardizedFileURL }
        self.sharedRoot = sharedRoot?.standardizedFileURL
    }

    /// The folders looked in for this request.
    private func currentRoots() -> [URL] {
        guard let sharedRoot else { return lock.withLock { roots } }
        guard let institution = CurrentAccess.session?.account.institution else { return [] }
        return [sharedRoot.appending(path: institution, directoryHint: .isDirectory)]
    }

    /// The served workspaces, sorted by folder, with unique ids.
    public func entries() -> [WorkspaceEntry] {
        var folders: [URL] = []
        for root in currentRoots() {
            if Self.isWorkspace(root) {
                folders.append(root)
            } else if let children = try? FileManager.default.contentsOfDirectory(
                at: root, includingPropertiesForKeys: [.isDirectoryKey], options: [.skipsHiddenFiles])
            {
                folders += children.filter(Self.isWorkspace)
            }
        }
        var seen = Set<String>()
        var unique: [URL] = []
        for folder in folders.map(\.standardizedFileURL).sorted(by: { $0.path < $1.path }) where seen.insert(Self.normalized(folder)).inserted {
            unique.append(folder)
        }
        var used = Set<String>()
        return unique.map { folder in
            let base = Slug.make(folder.lastPathComponent)
            var id = base
            var counter = 2
            while used.contains(id) {
                id = "\(base)-\(counter)"
                counter += 1
            }
            used.insert(id)
            return WorkspaceEntry(id: id, folder: folder)
        }
    }

    /// The workspace whose id is `id`, if served.
    public func entry(id: String) -> WorkspaceEntry? {
        entries().first { $0.id == id }
    }

    /// The served workspace in `folder`, if any.
    public func entry(folder: URL) -> WorkspaceEntry? {
        let wanted = Self.normalized(folder)
        return entries().first { Self.normalized($0.folder) == wanted }
    }

    /// A folder's path without a trailing slash, `.` and `..` resolved.
    static func normalized(_ folder: URL) -> String {
        var path = folder.standardizedFileURL.path
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        return path
    }

    /// Where "Nuevo espacio de trabajo" creates folders: the first folder given that is not a
    /// workspace itself, else the folder above the first workspace (then served too).
    public func creationFolder() -> URL? {
        let current = currentRoots()
        if sharedRoot != nil {
            // The institution's folder, made when its first workspace is.
            guard let folder = current.first, (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil
            else { return nil }
            return folder
        }
        if let holder = current.first(where: { !Self.isWorkspace($0) }) { return holder }
        return current.first.map { $0.deletingLastPathComponent() }
    }

    /// Serves `folder` too (a new workspace created outside the folders given).
    func add(_ folder: URL) {
        guard sharedRoot == nil else { return }
        lock.withLock {
            if !roots.contains(where: { Self.normalized($0) == Self.normalized(folder) }) { roots.append(folder.standardizedFileURL) }
        }
    }

    /// Whether `folder` holds a `calidoc.yaml`.
    static func isWorkspace(_ folder: URL) -> Bool {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return false
        }
        return FileManager.default.fileExists(atPath: folder.appending(path: InputFile.manifest.rawValue).path)
    }
}
