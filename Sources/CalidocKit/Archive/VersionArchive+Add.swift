import Foundation
import GRDB

extension VersionArchive {
    /// What `add` records besides the files.
    public struct Details: Sendable {
        /// Document kind (`politica`, `plan`).
        public var document: String
        /// Version label.
        public var version: String
        /// Resolution reference.
        public var resolution: String?
        /// Signer.
        public var signedBy: String?
        /// Signature date.
        public var date: String?
        /// Checks of the signatures of the signed files (``SignatureInspection``).
        public var signatureChecks: [ArchiveEntry.SignatureCheck]

        /// Creates details.
        public init(document: String, version: String, resolution: String? = nil, signedBy: String? = nil, date: String? = nil,
                    signatureChecks: [ArchiveEntry.SignatureCheck] = []) {
            self.document = document
            self.version = version
            self.resolution = resolution
            self.signedBy = signedBy
            self.date = date
            self.signatureChecks = signatureChecks
        }
    }

    /// Adds signed files with the inputs (`*.yaml` of `inputs`) and outputs (files of `outputs`),
    /// creating the archive when the folder holds none.
    ///
    /// Order, so that a kill at any moment leaves a verifiable archive: the file objects, then
    /// (inside the index transaction) the entry's own object, the index commit, and last the seal.
    /// Adds are serialized by a lock file, so the seal is written by the add that committed.
    ///
    /// - Returns: The entry, and whether it is new (`false` when the same signed bytes were archived before).
    public func add(signed: [URL], inputs: URL? = nil, outputs: URL? = nil, details: Details) throws -> (ArchiveEntry, isNew: Bool) {
        var files: [(rol: String, url: URL)] = signed.map { ("firmado", $0) }
        if let inputs {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: inputs.path)) ?? []
            files += names.filter { $0.hasSuffix(".yaml") }.sorted().map { ("entrada", inputs.appending(path: $0)) }
        }
        if let outputs {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: outputs.path)) ?? []
            files += names.filter { !$0.hasPrefix(".") }.sorted().map { ("salida", outputs.appending(path: $0)) }
        }
        var contents: [(ArchiveEntry.File, [UInt8])] = []
        var paths = Set<String>()
        for (rol, url) in files {
            guard let data = FileManager.default.contents(atPath: url.path) else { throw ArchiveError.unreadable(url.path) }
            let bytes = [UInt8](data)
            let record = ArchiveEntry.File(rol: rol, nombre: url.lastPathComponent, sha256: SHA256Digest.hex(bytes), bytes: bytes.count)
            guard let path = record.exportPath, paths.insert(path).inserted else {
                throw ArchiveError.badArgument(url.path, expected: LocalizedMessage(
                    es: "archivos con nombres distintos (dos archivos firmados se llaman igual)",
                    en: "files with different names (two signed files have the same name)"))
            }
            contents.append((record, bytes))
        }
        return try withLock {
            let database = try openForWriting()
            for (record, bytes) in contents { try storeObject(bytes, digest: record.sha256) }
            let records = contents.map(\.0)
            let signedDigests = Set(records.filter { $0.rol == "firmado" }.map(\.sha256))
            do {
                let (entry, isNew) = try database.write { db -> (ArchiveEntry, Bool) in
                    let entries = try Self.indexEntries(db)
                    try self.checkSeal(against: entries)
                    if !signedDigests.isEmpty,
                       let existing = entries.first(where: { Set($0.archivos.filter { $0.rol == "firmado" }.map(\.sha256)) == signedDigests }) {
                        return (existing, false)
                    }
                    var entry = ArchiveEntry(
                        id: entries.count + 1, agregado: ISO8601DateFormatter().string(from: Date()),
                        documento: details.document, version: details.version, resolucion: details.resolution,
                        firmadoPor: details.signedBy, fecha: details.date, archivos: records,
                        firmas: details.signatureChecks.isEmpty ? nil : details.signatureChecks,
                        hashAnterior: entries.last?.hash ?? ArchiveEntry.genesis, hash: "")
                    let canonical = try entry.canonicalBytes()
                    entry.hash = SHA256Digest.hex(canonical)
                    // The entry's own object first: a kill before the commit leaves only an orphan.
                    try self.storeObject(canonical, digest: entry.hash)
                    try db.execute(sql: "INSERT INTO entradas (id, json, hash, anterior) VALUES (?, ?, ?, ?)",
                                   arguments: [entry.id, String(decoding: canonical, as: UTF8.self), entry.hash, entry.hashAnterior])
                    for file in records {
                        try db.execute(sql: "INSERT INTO archivos (entrada, rol, nombre, sha256) VALUES (?, ?, ?, ?)",
                                       arguments: [entry.id, file.rol, file.nombre, file.sha256])
                    }
                    return (entry, true)
                }
                try database.close()
                if isNew { try writeSeal(ArchiveSeal(entradas: entry.id, cabeza: entry.hash)) }
                return (entry, isNew)
            } catch let error as ArchiveError {
                throw error
            } catch {
                throw ArchiveError.storage(path: folder.path, detail: "\(error)")
            }
        }
    }

    /// The index's entries, checked against their own hash (a write never builds on a damaged row).
    static func indexEntries(_ db: Database) throws -> [ArchiveEntry] {
        try Row.fetchAll(db, sql: "SELECT id, json, hash FROM entradas ORDER BY id").enumerated().map { position, row in
            let json: String = row["json"]
            guard var entry = try? JSONDecoder().decode(ArchiveEntry.self, from: Data(json.utf8)) else {
                throw ArchiveError.damaged(LocalizedMessage(es: "La fila de la entrada \(position + 1) del índice no se puede leer",
                                                            en: "The index row of entry \(position + 1) cannot be read"), detail: nil)
            }
            entry.hash = row["hash"]
            guard entry.id == position + 1, (try? entry.computedHash()) == entry.hash else {
                throw ArchiveError.damaged(LocalizedMessage(es: "La entrada \(position + 1) del índice fue modificada",
                                                            en: "Entry \(position + 1) of the index was modified"), detail: nil)
            }
            return entry
        }
    }

    /// Refuses to write on an archive whose seal contradicts its index; brings a seal left one entry
    /// behind by an interrupted add up to date.
    func checkSeal(against entries: [ArchiveEntry]) throws {
        let head = entries.last.map { ArchiveSeal(entradas: $0.id, cabeza: $0.hash) } ?? .empty
        let seal = readSeal()
        if seal == .some(head) { return }
        let previous = entries.dropLast().last.map { ArchiveSeal(entradas: $0.id, cabeza: $0.hash) } ?? .empty
        let behind = seal == .some(previous) || (seal == nil && entries.count <= 1)
        guard behind, entries.last.map({ entryObject($0.hash) == $0 }) ?? true else {
            throw ArchiveError.damaged(LocalizedMessage(es: "El sello del archivo no coincide con su índice, así que no se agrega nada",
                                                        en: "The archive's seal does not match its index, so nothing is added"),
                                       detail: "sello \(String(describing: seal)), índice \(head.anchorText)")
        }
        try writeSeal(head)
    }

    /// Opens the index for writing, creating the archive when there is none: the new index is
    /// made complete (tables, WAL) under a temporary name and renamed into place, then the seal of
    /// an empty archive is written, so a kill during creation never leaves an index without tables.
    func openForWriting() throws -> DatabaseQueue {
        do {
            try FileManager.default.createDirectory(at: objectsURL, withIntermediateDirectories: true)
            if !FileManager.default.fileExists(atPath: indexURL.path) {
                let fresh = folder.appending(path: ".indice-nuevo-\(getpid()).sqlite")
                try? FileManager.default.removeItem(at: fresh)
                let database = try DatabaseQueue(path: fresh.path)
                try database.writeWithoutTransaction { db in
                    try db.execute(sql: Self.schema)
                    try db.execute(sql: "PRAGMA journal_mode = WAL")
                }
                try database.close()
                for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: fresh.path + suffix) }
                guard rename(fresh.path, indexURL.path) == 0 else { throw ArchiveError.storage(path: indexURL.path, detail: String(cString: strerror(errno))) }
            }
            var configuration = Configuration()
            configuration.busyMode = .timeout(30)
            let database = try DatabaseQueue(path: indexURL.path, configuration: configuration)
            try database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
            if !FileManager.default.fileExists(atPath: sealURL.path), try database.read({ try Int.fetchOne($0, sql: "SELECT count(*) FROM entradas") }) == 0 {
                try writeSeal(.empty)
            }
            return database
        } catch let error as ArchiveError {
            throw error
        } catch {
            throw ArchiveError.storage(path: folder.path, detail: "\(error)")
        }
    }

    /// The index's two tables.
    static let schema = """
        CREATE TABLE entradas (id INTEGER PRIMARY KEY, json TEXT NOT NULL, hash TEXT NOT NULL, anterior TEXT NOT NULL);
        CREATE TABLE archivos (entrada INTEGER NOT NULL, rol TEXT NOT NULL, nombre TEXT NOT NULL, sha256 TEXT NOT NULL);
        """

    /// Runs `body` holding the archive's lock file (released by the kernel if the process dies).
    func withLock<T>(_ body: () throws -> T) throws -> T {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw ArchiveError.storage(path: folder.path, detail: "\(error)")
        }
        let descriptor = open(lockURL.path, O_RDWR | O_CREAT, 0o644)
        guard descriptor >= 0 else { throw ArchiveError.storage(path: folder.path, detail: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw ArchiveError.storage(path: folder.path, detail: String(cString: strerror(errno))) }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }

    /// Writes the seal atomically.
    func writeSeal(_ seal: ArchiveSeal) throws {
        do {
            try AtomicFile.write(try seal.encoded(), to: sealURL)
        } catch {
            throw ArchiveError.storage(path: sealURL.path, detail: "\(error)")
        }
    }

    /// Writes an object once: temporary file, fsync, rename; an existing object is never touched
    /// (an altered one stays as evidence for `verify`).
    func storeObject(_ bytes: [UInt8], digest: String) throws {
        guard !FileManager.default.fileExists(atPath: objectURL(digest).path) else { return }
        do {
            try AtomicFile.write(bytes, to: objectURL(digest))
        } catch {
            throw ArchiveError.storage(path: objectURL(digest).path, detail: "\(error)")
        }
    }
}
