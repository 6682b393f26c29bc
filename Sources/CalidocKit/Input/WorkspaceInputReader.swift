import Foundation

/// Reads one input file of a workspace the way the loader does: only a regular file, at most the
/// input size limit, and never through a symbolic link that leads out of the workspace folder.
///
/// For callers that hold files in memory before validating them (the web server's editor and
/// preview): a 2 GB file, a link to `/dev/zero` or to `/etc/passwd` is refused with a message,
/// never read into memory or shown.
public enum WorkspaceInputReader {
    /// What reading gave.
    public enum Outcome: Sendable, Equatable {
        /// The file's bytes.
        case bytes([UInt8])
        /// There is no such file.
        case absent
        /// The file is there but is not read; the message says why and what to do.
        case refused(LocalizedMessage)
    }

    /// Reads `file` of the workspace in `directory`.
    public static func read(_ file: InputFile, in directory: URL) -> Outcome {
        let url = directory.appending(path: file.rawValue)
        var status = stat()
        guard lstat(url.path, &status) == 0 else { return .absent }
        if let problem = WorkspacePath.symlinkProblem(url, root: directory) { return .refused(problem.message) }
        switch BoundedFile.read(url, limit: InputSource.maximumBytes) {
        case .success(let bytes): return .bytes(bytes)
        case .failure(.missing): return .absent
        case .failure(.notRegular): return .refused(InputMessages.notARegularFile(path: file.rawValue).message)
        case .failure(.tooLarge(let size)):
            return .refused(InputMessages.tooLarge(path: file.rawValue, size: size, limit: InputSource.maximumBytes).message)
        case .failure(.unreadable): return .refused(InputMessages.unreadable(path: file.rawValue).message)
        }
    }
}
