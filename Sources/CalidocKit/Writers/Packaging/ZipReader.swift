import CLibZip
import Foundation

/// Reads the entries of a zip package (reference documents, tests).
///
/// Reference documents come from outside, so the archive is judged before anything is inflated:
/// at most ``maximumEntries`` entries, none over ``maximumEntryBytes`` once uncompressed, all of them
/// together under ``maximumTotalBytes`` (a "zip bomb" of a few kilobytes that inflates to gigabytes is
/// refused from its directory), and no entry name that is absolute or has a `..` component (a copied
/// part must never name a path outside the package).
public struct ZipReader: Sendable {
    /// Most entries accepted (a DOCX has about 20, an institutional PPTX a few hundred).
    public static let maximumEntries = 10_000
    /// Largest uncompressed entry accepted (32 MB: far above any style part or header image).
    public static let maximumEntryBytes = 32 * 1024 * 1024
    /// Largest total of uncompressed entries accepted (128 MB).
    public static let maximumTotalBytes = 128 * 1024 * 1024

    /// Entry paths in archive order.
    public let entryNames: [String]
    private let entries: [String: [UInt8]]

    /// Opens an archive from its bytes and reads every entry.
    ///
    /// - Throws: ``PackageError/unreadableArchive(_:)`` when the bytes are not a zip,
    ///   ``PackageError/unsafeArchive(name:entry:problem:)`` when an entry is too large or badly named.
    public init(bytes: [UInt8], name: String = "zip") throws {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let buffer = malloc(max(bytes.count, 1)) else { throw PackageError.unreadableArchive(name) }
        bytes.withUnsafeBytes { raw in
            if let base = raw.baseAddress, !bytes.isEmpty { memcpy(buffer, base, bytes.count) }
        }
        guard let source = zip_source_buffer_create(buffer, zip_uint64_t(bytes.count), 1, &error) else {
            free(buffer)
            throw PackageError.unreadableArchive(name)
        }
        guard let archive = zip_open_from_source(source, ZIP_RDONLY, &error) else {
            zip_source_free(source)
            throw PackageError.unreadableArchive(name)
        }
        defer { zip_discard(archive) }
        try Self.judge(archive, name: name)
        var names: [String] = []
        var contents: [String: [UInt8]] = [:]
        let count = zip_get_num_entries(archive, 0)
        for index in 0..<max(count, 0) {
            var stat = zip_stat_t()
            zip_stat_init(&stat)
            guard zip_stat_index(archive, zip_uint64_t(index), 0, &stat) == 0, let cName = stat.name else { continue }
            let entryName = String(cString: cName)
            guard let file = zip_fopen_index(archive, zip_uint64_t(index), 0) else {
                throw PackageError.unreadableArchive("\(name): \(entryName)")
            }
            // `judge` checked the declared size; reading stops there even if the data inflates further.
            let size = Int(min(stat.size, zip_uint64_t(Self.maximumEntryBytes)))
            var data = [UInt8](repeating: 0, count: size)
            var offset = 0
            while offset < size {
                let read = data.withUnsafeMutableBytes { raw -> zip_int64_t in
                    guard let base = raw.baseAddress else { return -1 }
                    return zip_fread(file, base + offset, zip_uint64_t(size - offset))
                }
                if read <= 0 { break }
                offset += Int(read)
            }
            zip_fclose(file)
            guard offset == size else { throw PackageError.unreadableArchive("\(name): \(entryName)") }
            names.append(entryName)
            contents[entryName] = data
        }
        self.entryNames = names
        self.entries = contents
    }

    /// Refuses archives whose directory announces too many or too large entries, or unsafe names.
    private static func judge(_ archive: OpaquePointer, name: String) throws {
        let count = zip_get_num_entries(archive, 0)
        guard count <= maximumEntries else {
            throw PackageError.unsafeArchive(name: name, entry: nil, problem: .tooManyEntries(Int(count), limit: maximumEntries))
        }
        var total = 0
        for index in 0..<max(count, 0) {
            var stat = zip_stat_t()
            zip_stat_init(&stat)
            guard zip_stat_index(archive, zip_uint64_t(index), 0, &stat) == 0, let cName = stat.name else { continue }
            let entry = String(cString: cName)
            if isOutside(entry) { throw PackageError.unsafeArchive(name: name, entry: entry, problem: .pathOutside) }
            let size = stat.valid & zip_uint64_t(ZIP_STAT_SIZE) != 0 ? stat.size : 0
            guard size <= zip_uint64_t(maximumEntryBytes) else {
                throw PackageError.unsafeArchive(
                    name: name, entry: entry, problem: .entryTooLarge(Int(clamping: size), limit: maximumEntryBytes))
            }
            total += Int(size)
            guard total <= maximumTotalBytes else {
                throw PackageError.unsafeArchive(name: name, entry: entry, problem: .totalTooLarge(limit: maximumTotalBytes))
            }
        }
    }

    /// Whether an entry name is absolute (`/x`, `\\x`, `C:x`) or has a `..` component.
    static func isOutside(_ entry: String) -> Bool {
        if entry.hasPrefix("/") || entry.hasPrefix("\\") { return true }
        let characters = Array(entry.prefix(2))
        if characters.count == 2, characters[0].isLetter, characters[1] == ":" { return true }
        return entry.split(whereSeparator: { $0 == "/" || $0 == "\\" }).contains("..")
    }

    /// Opens an archive file.
    public init(contentsOf url: URL) throws {
        guard case .success(let bytes) = BoundedFile.read(url, limit: Self.maximumTotalBytes) else {
            throw PackageError.unreadableArchive(url.path)
        }
        try self.init(bytes: bytes, name: url.path)
    }

    /// The bytes of an entry.
    public func data(_ path: String) -> [UInt8]? { entries[path] }

    /// The text of an entry, decoded as UTF-8.
    public func text(_ path: String) -> String? {
        entries[path].map { String(decoding: $0, as: UTF8.self) }
    }
}
