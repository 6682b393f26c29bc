import Foundation

/// What `archive verify` found.
public struct ArchiveReport: Sendable {
    /// Every problem, naming the entry, row, table, file or seal; empty when the archive is intact.
    public var problems: [LocalizedMessage]
    /// Facts that are not damage (a seal one entry behind after an interrupted add; what a
    /// timestamp token proves).
    public var notes: [LocalizedMessage]
    /// The head of the chain that was checked.
    public var head: ArchiveSeal
    /// Number of distinct files whose content was hashed.
    public var filesChecked: Int

    /// Nothing is wrong.
    public var isIntact: Bool { problems.isEmpty }
}

extension VersionArchive {
    /// Checks everything without writing anything: the seal, the chain of entry objects, every row
    /// and table of the index against them, every file object's hash and size, and that the chain
    /// still holds each of `anchors` (heads written down earlier, ``ArchiveSeal/anchorText``).
    ///
    /// - Throws: ``ArchiveError/noArchive(path:)`` when the folder holds no archive.
    public func verify(anchors: [ArchiveSeal] = []) throws -> ArchiveReport {
        var inspection = try inspect()
        var hashed: [String: Bool] = [:]
        for entry in inspection.entries {
            for file in entry.archivos where ArchiveSeal.isDigest(file.sha256) {
                let intact = hashed[file.sha256 + ":\(file.bytes)"] ?? (checkedObject(file.sha256, size: file.bytes) != nil)
                hashed[file.sha256 + ":\(file.bytes)"] = intact
                guard !intact else { continue }
                if FileManager.default.fileExists(atPath: objectURL(file.sha256).path) {
                    inspection.problem("entrada \(entry.id): el archivo «\(file.nombre)» fue modificado (\(file.sha256.prefix(12))…)",
                                       "entry \(entry.id): the file «\(file.nombre)» was modified (\(file.sha256.prefix(12))…)")
                } else {
                    inspection.problem("entrada \(entry.id): falta el archivo «\(file.nombre)» (\(file.sha256.prefix(12))…)",
                                       "entry \(entry.id): the file «\(file.nombre)» is missing (\(file.sha256.prefix(12))…)")
                }
            }
        }
        for anchor in anchors {
            let entries = inspection.entries
            guard anchor.entradas <= entries.count, entries[anchor.entradas - 1].hash == anchor.cabeza else {
                inspection.problem("el archivo no conserva la cabeza anotada \(anchor.entradas):\(anchor.cabeza.prefix(12))…: la cadena fue reescrita o recortada",
                                   "the archive does not keep the recorded head \(anchor.entradas):\(anchor.cabeza.prefix(12))…: the chain was rewritten or cut")
                continue
            }
        }
        return ArchiveReport(problems: inspection.problems, notes: inspection.notes, head: inspection.head, filesChecked: hashed.count)
    }
}
