import Foundation

/// Resolves `archive:N` arguments (`calidoc diff archive:2 archive:3`) to folders: the entry's
/// inputs are exported to a temporary workspace.
public enum ArchivedVersion {
    /// The folder for `argument`: itself, or the export of archive entry N of `workspace`'s archive.
    public static func folder(for argument: String, workspace: URL) throws -> URL {
        guard argument.hasPrefix("archive:") || argument.hasPrefix("archivo:") else { return URL(fileURLWithPath: argument) }
        let number = argument.split(separator: ":").last.flatMap { Int($0) }
        guard let number else { throw ArchiveError.storage("«\(argument)» no es «archive:N»") }
        let folder = FileManager.default.temporaryDirectory.appending(path: "calidoc-archivo-\(number)-\(UUID().uuidString)")
        _ = try VersionArchive(workspace: workspace).export(number, to: folder)
        return folder
    }
}
