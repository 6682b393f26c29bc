import Foundation
#if canImport(CLibZip)
import CLibZip
#endif

/// Writes files so that readers see either the old or the new content, never half of one:
/// a temporary file in the same folder, flushed to disk, then renamed over the target.
///
/// A set of files (one build) is written in three steps so that it is replaced all together or
/// not at all: every temporary file is written first and the set is flushed to disk once (for a
/// batch one `syncfs` per file system, not one `fsync` per file: a thousand files otherwise spend
/// most of their time waiting for the disk; a few files get an `fsync` each, see ``syncfsThreshold``); then every target is checked (none may be a folder);
/// only then are the temporaries renamed over their targets and the renames flushed the same way.
/// Should a rename still fail, the targets already replaced get their old content back.
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
    /// - Throws: ``BuildError``.
    public static func write(_ bytes: [UInt8], to url: URL) throws {
        try write([(url, bytes)])
    }

    /// Writes every file, replacing them all together or none of them.
    ///
    /// - Throws: ``BuildError/outputIsNotFolder(path:)`` when a folder to write into is a file,
    ///   ``BuildError/outputIsFolder(path:)`` when a file to replace is a folder,
    ///   ``BuildError/cannotWrite(path:reason:outcome:)`` otherwise; the error says what was replaced.
    public static func write(_ files: [(URL, [UInt8])]) throws {
        let folders = uniqueFolders(files.map { $0.0.deletingLastPathComponent() })
        for folder in folders { try createFolder(folder) }
        // A target that is a folder would fail its rename after others succeeded: refuse first.
        for (url, _) in files where isFolder(url) { throw BuildError.outputIsFolder(path: shown(url)) }
        var temporaries: [URL] = []
        func discardTemporaries() { for temporary in temporaries { unlink(temporary.path) } }
        for (url, bytes) in files {
            do {
                temporaries.append(try writeTemporary(bytes, for: url))
            } catch let problem as FileProblem {
                discardTemporaries()
                throw BuildError.cannotWrite(path: shown(url), reason: problem.message, outcome: .nothingReplaced)
            }
        }
        if let problem = flush(temporaries) {
            discardTemporaries()
            throw BuildError.cannotWrite(path: shown(files[0].0), reason: problem.message, outcome: .nothingReplaced)
        }
        try replace(files.map(\.0), with: temporaries)
        _ = flush(folders)
    }

    /// Above this many entries on one file system, one `syncfs` is cheaper than an `fsync` each.
    ///
    /// `syncfs` writes out every dirty page of the whole file system — other programs' too — so
    /// for a few files (one save of the web editor, while a compiler or fifty other editors write)
    /// it waits for everybody: the server benchmark measured saves of 23 s at the median that way.
    static let syncfsThreshold = 16

    /// Makes `entries` (files or folders) durable: for many entries one `syncfs` per file system
    /// they live on, for a few (or where `syncfs` is not available or fails) an `fsync` of each.
    ///
    /// - Returns: Why flushing failed (a full disk shows here on some file systems), or `nil`.
    private static func flush(_ entries: [URL]) -> FileProblem? {
        var devices: Set<UInt64> = []
        for entry in entries {
            var status = stat()
            guard stat(entry.path, &status) == 0 else { return FileProblem(errno: errno) }
            guard devices.insert(UInt64(status.st_dev)).inserted else { continue }
            #if os(Linux)
            if entries.count > syncfsThreshold {
                let descriptor = open(entry.path, O_RDONLY)
                guard descriptor >= 0 else { return FileProblem(errno: errno) }
                defer { close(descriptor) }
                if syncfs(descriptor) == 0 { continue }
            }
            #endif
            // A few entries, or no syncfs: flush every entry on this file system one by one.
            for other in entries where sameDevice(other, UInt64(status.st_dev)) {
                let each = open(other.path, O_RDONLY)
                guard each >= 0 else { return FileProblem(errno: errno) }
                let result = fsync(each)
                let code = errno
                close(each)
                if result != 0 && code != EINVAL { return FileProblem(errno: code) }
            }
        }
        return nil
    }

    private static func sameDevice(_ url: URL, _ device: UInt64) -> Bool {
        var status = stat()
        return stat(url.path, &status) == 0 && UInt64(status.st_dev) == device
    }

    /// Renames each temporary over its target; on a failure, puts the old contents back.
    private static func replace(_ targets: [URL], with temporaries: [URL]) throws {
        // Hard links keep the old contents reachable until every rename has succeeded.
        var backups: [URL?] = []
        defer { for case let backup? in backups { unlink(backup.path) } }
        for target in targets {
            let backup = temporaryName(for: target)
            backups.append(link(target.path, backup.path) == 0 ? backup : nil)
        }
        for (index, target) in targets.enumerated() where rename(temporaries[index].path, target.path) != 0 {
            let problem = FileProblem(errno: errno)
            for later in temporaries[index...] { unlink(later.path) }
            var notRestored: [String] = []
            for (earlier, replaced) in targets[..<index].enumerated() {
                let restored = backups[earlier].map { rename($0.path, replaced.path) == 0 } ?? (unlink(replaced.path) == 0)
                if restored { backups[earlier] = nil } else { notRestored.append(shown(replaced)) }
            }
            throw BuildError.cannotWrite(
                path: shown(target), reason: problem.message,
                outcome: notRestored.isEmpty ? (index == 0 ? .nothingReplaced : .restored) : .partlyReplaced(notRestored))
        }
    }

    /// Writes and flushes a hidden temporary file next to `url`.
    private static func writeTemporary(_ bytes: [UInt8], for url: URL) throws -> URL {
        let temporary = temporaryName(for: url)
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { throw FileProblem(errno: errno) }
        var failure: FileProblem?
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var written = 0
            while written < raw.count {
                let result = Foundation.write(descriptor, base + written, raw.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    failure = FileProblem(errno: errno)
                    return
                }
                written += result
            }
        }
        // Flushed (with the rest of the set, ``flush(_:)``) before any rename, so a renamed file is
        // never empty after a power cut.
        if close(descriptor) != 0 && failure == nil { failure = FileProblem(errno: errno) }
        if let failure {
            unlink(temporary.path)
            throw failure
        }
        return temporary
    }

    private static func temporaryName(for url: URL) -> URL {
        url.deletingLastPathComponent()
            .appending(path: ".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    }

    /// Refuses, before any work, a folder to write into that is a file (or lies below one).
    ///
    /// - Throws: ``BuildError/outputIsNotFolder(path:)`` naming the file.
    public static func checkFolder(_ folder: URL) throws {
        _ = try missingFolders(folder)
    }

    /// The folders to create, innermost first, up to the first existing one.
    private static func missingFolders(_ folder: URL) throws -> [URL] {
        var missing: [URL] = []
        var current = folder.standardizedFileURL
        while !isFolder(current) {
            if entryExists(current) { throw BuildError.outputIsNotFolder(path: shown(current)) }
            missing.append(current)
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { break }
            current = parent
        }
        return missing
    }

    /// Creates `folder` and its parents; a component that is a file is named in the error.
    static func createFolder(_ folder: URL) throws {
        let missing = try missingFolders(folder)
        for path in missing.reversed() where mkdir(path.path, 0o755) != 0 && errno != EEXIST {
            throw BuildError.cannotWrite(path: shown(path), reason: FileProblem(errno: errno).message, outcome: .nothingReplaced)
        }
    }

    /// The path as the user would type it: relative to the current folder when below it.
    public static func shown(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        let current = FileManager.default.currentDirectoryPath
        return path.hasPrefix(current + "/") ? String(path.dropFirst(current.count + 1)) : path
    }

    static func isFolder(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Whether anything (even a dangling link) is at `url`.
    private static func entryExists(_ url: URL) -> Bool {
        var status = stat()
        return lstat(url.path, &status) == 0
    }

    private static func uniqueFolders(_ folders: [URL]) -> [URL] {
        var seen: Set<String> = []
        return folders.filter { seen.insert($0.standardizedFileURL.path).inserted }
    }
}

/// Why a file-system call failed, in words a user can act on.
struct FileProblem: Error {
    let code: Int32

    init(errno code: Int32) {
        self.code = code
    }

    var message: LocalizedMessage {
        switch code {
        case EACCES, EPERM: LocalizedMessage(es: "no tiene permiso para escribir ahí", en: "permission denied")
        case ENOSPC, EDQUOT: LocalizedMessage(es: "el disco está lleno", en: "the disk is full")
        case EROFS: LocalizedMessage(es: "el disco es de solo lectura", en: "the disk is read-only")
        case ENOTDIR: LocalizedMessage(es: "una parte de la ruta es un archivo, no una carpeta", en: "part of the path is a file, not a folder")
        case EISDIR: LocalizedMessage(es: "es una carpeta", en: "it is a folder")
        case ENAMETOOLONG: LocalizedMessage(es: "el nombre es demasiado largo", en: "the name is too long")
        case ENOENT: LocalizedMessage(es: "la carpeta no existe", en: "the folder does not exist")
        case EIO: LocalizedMessage(es: "error de lectura o escritura del disco", en: "disk input/output error")
        default:
            LocalizedMessage(es: "error del sistema de archivos n.º \(code)", en: "file-system error \(code)")
        }
    }
}
