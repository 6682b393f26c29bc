import Foundation

/// The versions kept in the signed-version archive, offered beside the folders of
/// ``VersionHistory/list(workspace:)``: each archive entry that holds a workspace's inputs
/// (`calidoc.yaml` among them) is a version `archivo:N` that can be compared like any other — the
/// Política as it was approved, even when its folder under `versiones/` was changed or deleted.
extension VersionHistory {
    /// The prefix of an archived version's path (`archivo:3`).
    public static let archivePrefix = "archivo:"

    /// The archive entries holding inputs, as versions.
    public static func archived(workspace directory: URL) -> [Entry] {
        guard let archive = try? VersionArchive(workspace: directory), archive.exists,
              let entries = try? archive.list()
        else { return [] }
        return entries.reversed().compactMap { item in
            guard item.archivos.contains(where: { $0.rol == "entrada" && $0.nombre == InputFile.manifest.rawValue }) else { return nil }
            let manifest = (try? archive.files(of: item.id))?
                .first { $0.file.rol == "entrada" && $0.file.nombre == InputFile.manifest.rawValue }
                .flatMap { WorkspaceLoader.load(files: [.manifest: $0.bytes], directory: directory).workspace?.manifest }
            return Entry(path: archivePrefix + String(item.id), folder: directory.standardizedFileURL, version: manifest?.version,
                         hasRecommendations: item.archivos.contains { $0.rol == "entrada" && $0.nombre == InputFile.recomendaciones.rawValue },
                         inChain: false, archived: item)
        }
    }

    /// The version whose path is `path`, among the folders and the archived versions.
    public static func entryWithArchive(_ path: String, workspace directory: URL) -> Entry? {
        if path.hasPrefix(archivePrefix) { return archived(workspace: directory).first { $0.path == path } }
        return entry(path, workspace: directory)
    }

    /// Runs `body` on a folder holding `entry`'s inputs: its own folder, or — for an archived
    /// version — a temporary export whose every file was checked against its hash, removed after.
    ///
    /// - Throws: ``ArchiveError`` when an archived file is missing or was modified; what `body` throws.
    public static func withFolder<T>(_ entry: Entry, workspace directory: URL, _ body: (URL) throws -> T) throws -> T {
        guard let item = entry.archived else { return try body(entry.folder) }
        let folder = FileManager.default.temporaryDirectory.appending(path: "calidoc-archivo-\(item.id)-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try VersionArchive(workspace: directory).export(item.id, to: folder)
        return try body(folder)
    }
}
