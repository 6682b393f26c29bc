import Foundation

/// Writes files so that readers see either the old or the new content, never half of one:
/// a temporary file in the same folder, flushed to disk, then renamed over the target.
///
/// The temporary file is hidden and recognisable, `.NAME.tmp-PID-RANDOM`; a process killed
/// between creating and renaming it leaves it behind, and the next build into the same folder
/// removes it (``removeStaleTemporaries(in:)``).
public enum AtomicFile {
    /// Removes the temporary files of processes that no longer run from `folder` (not those of
    /// this process or of another calidoc still writing there).
    ///
    /// - Returns: The names removed.
    @discardableResult
    public static func removeStaleTemporaries(in folder: URL) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        var removed: [String] = []
        for name in names.sorted() {
            guard let owner = temporaryOwner(name), owner != getpid() else { continue }
            guard kill(owner, 0) != 0, errno == ESRCH else { continue }
            if unlink(folder.appending(path: name).path) == 0 { removed.append(name) }
        }
        return removed
    }

    /// The process id in a temporary file's name (`.politica.odt.tmp-4242-17`), or `nil` when the
    /// name is not one of ours.
    static func temporaryOwner(_ name: String) -> pid_t? {
        guard name.hasPrefix("."), let marker = name.range(of: ".tmp-", options: .backwards) else { return nil }
        let numbers = name[marker.upperBound...].split(separator: "-", omittingEmptySubsequences: false)
        guard numbers.count == 2, let pid = pid_t(numbers[0]), pid > 0, UInt32(numbers[1]) != nil else { return nil }
        return pid
    }

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
