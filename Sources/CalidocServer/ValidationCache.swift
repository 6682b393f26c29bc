import CalidocKit
import Crypto
import Foundation

/// The last validations the server ran, keyed by the exact bytes of the input files: while a
/// person types, the editor reads the files on disk again and again (unchanged since the last
/// save), and a save shows the page of text the check already validated. Loading and running the
/// rules on the GORE Política costs tens of milliseconds; a hash of its bytes, a tenth of one.
///
/// Validation reads nothing but the files given (``WorkspaceLoader/load(files:directory:)``), so an
/// entry is right for as long as those bytes are the input: no expiry is needed, only a bound.
final class ValidationCache: @unchecked Sendable {
    /// How many validations are kept (most recently used first out the other end).
    let capacity: Int
    private let lock = NSLock()
    private var entries: [String: WorkspaceValidation] = [:]
    private var order: [String] = []

    /// A cache of at most `capacity` validations.
    init(capacity: Int = 32) {
        self.capacity = capacity
    }

    /// The validation of `files` as the workspace in `directory`: kept, or run now and kept.
    func validation(files: [InputFile: [UInt8]], directory: URL) -> WorkspaceValidation {
        let key = Self.key(files: files, directory: directory)
        if let found = lock.withLock({ hit(key) }) { return found }
        let validation = WorkspaceValidation.run(files: files, directory: directory)
        lock.withLock { store(validation, for: key) }
        return validation
    }

    private func hit(_ key: String) -> WorkspaceValidation? {
        guard let found = entries[key] else { return nil }
        if let index = order.firstIndex(of: key) { order.remove(at: index) }
        order.append(key)
        return found
    }

    private func store(_ validation: WorkspaceValidation, for key: String) {
        if entries[key] == nil { order.append(key) }
        entries[key] = validation
        while order.count > capacity {
            entries[order.removeFirst()] = nil
        }
    }

    /// SHA-256 over the folder and each file's name, length and bytes, in a fixed order.
    static func key(files: [InputFile: [UInt8]], directory: URL) -> String {
        var hasher = SHA256()
        hasher.update(data: Array(directory.standardizedFileURL.path.utf8) + [0])
        for file in files.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
            let bytes = files[file] ?? []
            hasher.update(data: Array(file.rawValue.utf8) + [0] + Array(String(bytes.count).utf8) + [0])
            hasher.update(data: bytes)
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
