import Foundation
import GRDBSQLite

/// The archive index opened for reading only: `mode=ro&immutable=1`, so SQLite never writes the
/// file, its journal or a `-shm` file, and a read-only copy of the archive can be verified.
///
/// An immutable open ignores a `-wal` or hot `-journal` left by an interrupted `add`, so when one of
/// those is present the index and its side files are copied into a private temporary folder and
/// that copy is opened (SQLite then applies or rolls back the journal in the copy, never in the
/// archive).
final class ReadOnlyIndex {
    private var connection: OpaquePointer?
    private let scratch: URL?

    /// Why the index cannot be read.
    enum Failure: Error {
        case missing
        case unreadable(String)
    }

    /// Opens `url` read-only.
    init(_ url: URL) throws(Failure) {
        let manager = FileManager.default
        guard manager.fileExists(atPath: url.path) else { throw .missing }
        let sides = ["-wal", "-journal"].filter { suffix in
            ((try? manager.attributesOfItem(atPath: url.path + suffix))?[.size] as? Int ?? 0) > 0
        }
        var path = url.path
        var flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_URI
        if sides.isEmpty {
            scratch = nil
        } else {
            let folder = manager.temporaryDirectory.appending(path: "calidoc-indice-\(UUID().uuidString)")
            do {
                try manager.createDirectory(at: folder, withIntermediateDirectories: true)
                for suffix in [""] + sides {
                    try manager.copyItem(atPath: url.path + suffix, toPath: folder.appending(path: "indice.sqlite").path + suffix)
                }
            } catch {
                try? manager.removeItem(at: folder)
                throw .unreadable("\(error)")
            }
            scratch = folder
            path = folder.appending(path: "indice.sqlite").path
            flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI
        }
        var components = URLComponents()
        components.scheme = "file"
        components.path = path
        components.queryItems = sides.isEmpty ? [URLQueryItem(name: "mode", value: "ro"), URLQueryItem(name: "immutable", value: "1")] : []
        let uri = components.string ?? "file:" + path
        var handle: OpaquePointer?
        let status = sqlite3_open_v2(uri, &handle, flags, nil)
        connection = handle
        guard status == SQLITE_OK else {
            let reason = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "SQLite \(status)"
            close()
            throw .unreadable(reason)
        }
    }

    deinit { close() }

    private func close() {
        if let connection { sqlite3_close_v2(connection) }
        connection = nil
        if let scratch { try? FileManager.default.removeItem(at: scratch) }
    }

    /// A value of a row: SQLite's own type is kept, so a text where a number belongs is seen.
    enum Value: Hashable {
        case integer(Int64)
        case text(String)
        case other

        var text: String? { if case .text(let value) = self { value } else { nil } }
        var integer: Int? { if case .integer(let value) = self { Int(exactly: value) } else { nil } }
    }

    /// Every row of `sql`.
    func rows(_ sql: String) throws(Failure) -> [[Value]] {
        guard let connection else { throw .unreadable("closed") }
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(connection, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw .unreadable(String(cString: sqlite3_errmsg(connection)))
        }
        defer { sqlite3_finalize(statement) }
        var rows: [[Value]] = []
        while true {
            let status = sqlite3_step(statement)
            if status == SQLITE_DONE { break }
            guard status == SQLITE_ROW else { throw .unreadable(String(cString: sqlite3_errmsg(connection))) }
            var row: [Value] = []
            for column in 0..<sqlite3_column_count(statement) {
                switch sqlite3_column_type(statement, column) {
                case SQLITE_INTEGER:
                    row.append(.integer(sqlite3_column_int64(statement, column)))
                case SQLITE_TEXT:
                    let count = Int(sqlite3_column_bytes(statement, column))
                    if let bytes = sqlite3_column_text(statement, column) {
                        row.append(.text(String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)))
                    } else {
                        row.append(.text(""))
                    }
                default:
                    row.append(.other)
                }
            }
            rows.append(row)
        }
        return rows
    }
}
