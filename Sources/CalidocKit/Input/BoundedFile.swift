import Foundation

/// Reads a whole file, but never more than a limit, and only if it is a regular file.
///
/// `FileManager.contents(atPath:)` reads until the end: a 2 GB file fills the memory, a symlink to
/// `/dev/zero` never ends, and a named pipe blocks forever. Inputs, templates, logos and reference
/// documents are read through here instead.
enum BoundedFile {
    /// Why the bytes could not be had.
    enum Failure: Error, Equatable {
        /// There is no file at the path.
        case missing
        /// It is a folder, a device, a pipe or a socket.
        case notRegular
        /// It holds more than the limit (`size` is at least `limit + 1`).
        case tooLarge(size: Int)
        /// The system refused to read it.
        case unreadable(String)
    }

    /// The file's bytes, or why not.
    static func read(_ url: URL, limit: Int) -> Result<[UInt8], Failure> {
        // O_NONBLOCK: opening a named pipe with no writer must not wait.
        let descriptor = open(url.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            return .failure(code == ENOENT || code == ENOTDIR ? .missing : .unreadable(String(cString: strerror(code))))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        guard status.st_mode & S_IFMT == S_IFREG else { return .failure(.notRegular) }
        let declared = Int(status.st_size)
        if declared > limit { return .failure(.tooLarge(size: declared)) }
        // The file may grow while it is read: never read past limit + 1 bytes.
        var bytes = [UInt8](repeating: 0, count: min(declared, limit) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                guard bytes.count <= limit else { return .failure(.tooLarge(size: max(declared, count))) }
                bytes.append(contentsOf: repeatElement(0, count: min(64 * 1024, limit + 1 - bytes.count)))
            }
            let got = bytes.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return Foundation.read(descriptor, base + count, raw.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(String(cString: strerror(errno))))
            }
            if got == 0 { break }
            count += got
        }
        guard count <= limit else { return .failure(.tooLarge(size: max(declared, count))) }
        bytes.removeSubrange(count...)
        return .success(bytes)
    }
}
