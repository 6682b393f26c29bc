import CLibZip
import Foundation

/// Reads the entries of a zip package (reference documents, tests).
public struct ZipReader: Sendable {
    /// Entry paths in archive order.
    public let entryNames: [String]
    private let entries: [String: [UInt8]]

    /// Opens an archive from its bytes and reads every entry.
    ///
    /// - Throws: ``PackageError/unreadableArchive(_:)`` when the bytes are not a zip.
    public init(bytes: [UInt8], name: String = "zip") throws {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        let buffer = malloc(max(bytes.count, 1))!
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
            let size = Int(stat.size)
            var data = [UInt8](repeating: 0, count: size)
            var offset = 0
            while offset < size {
                let read = data.withUnsafeMutableBytes { raw in
                    zip_fread(file, raw.baseAddress! + offset, zip_uint64_t(size - offset))
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

    /// Opens an archive file.
    public init(contentsOf url: URL) throws {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw PackageError.unreadableArchive(url.path)
        }
        try self.init(bytes: [UInt8](data), name: url.path)
    }

    /// The bytes of an entry.
    public func data(_ path: String) -> [UInt8]? { entries[path] }

    /// The text of an entry, decoded as UTF-8.
    public func text(_ path: String) -> String? {
        entries[path].map { String(decoding: $0, as: UTF8.self) }
    }
}
