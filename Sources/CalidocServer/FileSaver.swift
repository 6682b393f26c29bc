import CalidocKit
import Foundation

/// Saves input files one at a time, each only if the file on disk is still the version the person
/// started from: of two saves from the same version, the second finds a new version and is refused.
actor FileSaver {
    /// What a save did.
    enum Outcome {
        /// Written; the new version.
        case saved(version: String)
        /// The file changed since `expected`: nothing was written; its current text.
        case conflict(current: [UInt8]?)
    }

    /// Writes `bytes` to `url` atomically when its current version is `expected`.
    func save(_ bytes: [UInt8], to url: URL, expected: String) throws -> Outcome {
        let current = FileManager.default.contents(atPath: url.path).map { [UInt8]($0) }
        guard FileVersion.of(current) == expected else { return .conflict(current: current) }
        try AtomicFile.write(bytes, to: url)
        return .saved(version: FileVersion.of(bytes))
    }

    /// Creates `url` with `bytes` only if it does not exist yet.
    func create(_ bytes: [UInt8], at url: URL) throws -> Bool {
        guard !FileManager.default.fileExists(atPath: url.path) else { return false }
        try AtomicFile.write(bytes, to: url)
        return true
    }

    /// Runs `work` (which writes files of a workspace) between saves, never during one.
    func serialized<T: Sendable>(_ work: @Sendable () throws -> T) throws -> T {
        try work()
    }
}
