import Foundation

/// The SHA-256 of a folder's whole content: every file below it (hidden ones and links skipped), by
/// relative path in byte order, with its size and its own SHA-256. Two folders have the same digest
/// exactly when they hold the same files with the same bytes, so the audit log can record what a
/// web page changed in a workspace without listing each file.
public enum FolderDigest {
    /// The digest of `folder` (``AuditChain/none`` when the folder does not exist).
    public static func of(_ folder: URL) -> String {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else { return AuditChain.none }
        var lines: [String] = []
        let base = folder.standardizedFileURL.resolvingSymlinksInPath().path
        let keys: [URLResourceKey] = [.isRegularFileKey, .isSymbolicLinkKey]
        let walker = manager.enumerator(at: folder, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles])
        while let url = walker?.nextObject() as? URL {
            guard let values = try? url.resourceValues(forKeys: Set(keys)), values.isSymbolicLink != true,
                  values.isRegularFile == true, let data = try? Data(contentsOf: url, options: .mappedIfSafe)
            else { continue }
            var relative = url.standardizedFileURL.resolvingSymlinksInPath().path
            if relative.hasPrefix(base) { relative.removeFirst(base.count) }
            lines.append("\(relative)\u{0}\(data.count)\u{0}\(SHA256Digest.hex([UInt8](data)))")
        }
        lines.sort { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        return SHA256Digest.hex(Array(lines.joined(separator: "\n").utf8))
    }
}
