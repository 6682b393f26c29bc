import Foundation

/// Writes files so that readers see either the old or the new content, never half of one:
/// a temporary file in the same folder, flushed to disk, then renamed over the target.
public enum AtomicFile {
    /// Writes `bytes` to `url` atomically, creating the folder if needed.
    ///
    /// - Throws: ``BuildError/cannotWrite(path:reason:)``.
    public static func write(_ bytes: [UInt8], to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw BuildError.cannotWrite(path: folder.path, reason: error.localizedDescription)
        }
        let temporary = folder.appending(path: ".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            throw BuildError.cannotWrite(path: url.path, reason: String(cString: strerror(errno)))
        }
        var written = 0
        var failure: String?
        bytes.withUnsafeBytes { raw in
            while written < raw.count {
                let result = Foundation.write(descriptor, raw.baseAddress! + written, raw.count - written)
                if result < 0 {
                    failure = String(cString: strerror(errno))
                    return
                }
                written += result
            }
        }
        if failure == nil && fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        close(descriptor)
        if failure == nil && rename(temporary.path, url.path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary.path)
            throw BuildError.cannotWrite(path: url.path, reason: failure)
        }
    }
}
