import Foundation

/// Resolves `archive:N` arguments (`calidoc diff archive:2 archive:3`) to folders: the entry's
/// inputs are exported to a temporary workspace, each file checked against its hash first.
public enum ArchivedVersion {
    /// The folder for `argument`: itself, or the export of archive entry N of `workspace`'s archive.
    public static func folder(for argument: String, workspace: URL) throws -> URL {
        guard argument.hasPrefix("archive:") || argument.hasPrefix("archivo:") else { return URL(fileURLWithPath: argument) }
        guard let number = Int(argument.dropFirst(8)), number >= 1 else {
            throw ArchiveError.badArgument(argument, expected: LocalizedMessage(
                es: "«archive:N», con N el número de una entrada", en: "«archive:N», with N the number of an entry"))
        }
        let folder = FileManager.default.temporaryDirectory.appending(path: "calidoc-archivo-\(number)-\(UUID().uuidString)")
        _ = try VersionArchive(workspace: workspace).export(number, to: folder)
        return folder
    }
}
