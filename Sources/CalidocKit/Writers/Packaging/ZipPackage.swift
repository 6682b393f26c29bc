import CLibZip
import Foundation

/// The one zip writer every package format uses (libzip), deterministic by construction.
///
/// Entries are written in the order given (so ODF's `mimetype` can come first, stored), every entry
/// gets the same DOS timestamp (from the document date, not the clock), and no extra fields are added.
public enum ZipPackage {
    /// Zips `parts` in order into an in-memory archive.
    ///
    /// - Parameters:
    ///   - parts: The parts, in the order they must appear.
    ///   - date: ISO date (`AAAA-MM-DD`) stamped on every entry; 1980-01-01 when unreadable.
    /// - Returns: The zip file's bytes.
    /// - Throws: ``PackageError`` when libzip fails.
    public static func archive(_ parts: [PackagePart], date: String) throws -> [UInt8] {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let source = zip_source_buffer_create(nil, 0, 0, &error) else {
            throw PackageError.zip(operation: "zip_source_buffer_create", detail: errorText(&error))
        }
        guard let archive = zip_open_from_source(source, ZIP_TRUNCATE, &error) else {
            zip_source_free(source)
            throw PackageError.zip(operation: "zip_open_from_source", detail: errorText(&error))
        }
        // Keep the in-memory source alive after zip_close so its bytes can be read back.
        zip_source_keep(source)
        defer { zip_source_free(source) }
        let (dosTime, dosDate) = dosTimestamp(date)
        var seen = Set<String>()
        for part in parts {
            guard seen.insert(part.path).inserted else {
                zip_discard(archive)
                throw PackageError.duplicatePart(part.path)
            }
            let count = part.data.count
            let buffer = malloc(max(count, 1))!
            part.data.withUnsafeBytes { raw in
                if let base = raw.baseAddress, count > 0 { memcpy(buffer, base, count) }
            }
            guard let entrySource = zip_source_buffer(archive, buffer, zip_uint64_t(count), 1) else {
                free(buffer)
                let detail = String(cString: zip_strerror(archive))
                zip_discard(archive)
                throw PackageError.zip(operation: "zip_source_buffer", detail: detail)
            }
            let index = zip_file_add(archive, part.path, entrySource, zip_flags_t(ZIP_FL_ENC_UTF_8))
            guard index >= 0 else {
                zip_source_free(entrySource)
                let detail = String(cString: zip_strerror(archive))
                zip_discard(archive)
                throw PackageError.zip(operation: "zip_file_add \(part.path)", detail: detail)
            }
            let method: Int32 = part.compression == .stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE
            zip_set_file_compression(archive, zip_uint64_t(index), method, 1)
            zip_file_set_dostime(archive, zip_uint64_t(index), dosTime, dosDate, 0)
        }
        guard zip_close(archive) == 0 else {
            let detail = String(cString: zip_strerror(archive))
            zip_discard(archive)
            throw PackageError.zip(operation: "zip_close", detail: detail)
        }
        return try readAll(source)
    }

    private static func readAll(_ source: OpaquePointer) throws -> [UInt8] {
        guard zip_source_open(source) == 0 else {
            throw PackageError.zip(operation: "zip_source_open", detail: "")
        }
        defer { zip_source_close(source) }
        zip_source_seek(source, 0, SEEK_END)
        let size = Int(zip_source_tell(source))
        zip_source_seek(source, 0, SEEK_SET)
        var bytes = [UInt8](repeating: 0, count: size)
        var offset = 0
        while offset < size {
            let read = bytes.withUnsafeMutableBytes { raw in
                zip_source_read(source, raw.baseAddress! + offset, zip_uint64_t(size - offset))
            }
            guard read > 0 else { throw PackageError.zip(operation: "zip_source_read", detail: "") }
            offset += Int(read)
        }
        return bytes
    }

    /// DOS time and date for noon of an ISO date (noon avoids any time-zone day shift in readers).
    static func dosTimestamp(_ isoDate: String) -> (UInt16, UInt16) {
        let pieces = isoDate.prefix(10).split(separator: "-").compactMap { Int($0) }
        var year = 1980, month = 1, day = 1
        if pieces.count == 3, (1980...2107).contains(pieces[0]), (1...12).contains(pieces[1]),
            (1...31).contains(pieces[2])
        {
            (year, month, day) = (pieces[0], pieces[1], pieces[2])
        }
        let time = UInt16(12 << 11)
        let date = UInt16(((year - 1980) << 9) | (month << 5) | day)
        return (time, date)
    }

    private static func errorText(_ error: inout zip_error_t) -> String {
        String(cString: zip_error_strerror(&error))
    }
}
