import Foundation
import GRDB

/// The signed-version archive: a content-addressed object store (files named by SHA-256) and an
/// append-only SQLite index (GRDB, WAL) whose entries form a hash chain, so any change to a file,
/// an entry or the order of entries is detected by ``verify()``.
///
/// calidoc never overwrites or deletes anything in the archive; adding the same signed bytes again
/// returns the existing entry.
public final class VersionArchive: Sendable {
    /// The archive folder (`archivo/` of the workspace by default).
    public let folder: URL
    let database: DatabasePool

    /// Opens (or creates) the archive in `folder`.
    public init(folder: URL) throws {
        self.folder = folder
        do {
            try FileManager.default.createDirectory(at: folder.appending(path: "objetos"), withIntermediateDirectories: true)
            var configuration = Configuration()
            configuration.busyMode = .timeout(30)
            database = try DatabasePool(path: folder.appending(path: "indice.sqlite").path, configuration: configuration)
            try database.write { db in
                try db.execute(sql: """
                    CREATE TABLE IF NOT EXISTS entradas (id INTEGER PRIMARY KEY, json TEXT NOT NULL, hash TEXT NOT NULL, anterior TEXT NOT NULL);
                    CREATE TABLE IF NOT EXISTS archivos (entrada INTEGER NOT NULL, rol TEXT NOT NULL, nombre TEXT NOT NULL, sha256 TEXT NOT NULL);
                    CREATE INDEX IF NOT EXISTS archivos_sha256 ON archivos (sha256);
                    """)
            }
        } catch let error as ArchiveError {
            throw error
        } catch {
            throw ArchiveError.storage("\(error)")
        }
    }

    /// The archive of a workspace: the manifest's `archivo` folder, or `archivo/`; it must stay
    /// inside the workspace (``WorkspacePath``).
    public convenience init(workspace: URL) throws {
        let manifest = WorkspaceLoader.load(at: workspace).workspace?.manifest
        let path = manifest?.archivo ?? "archivo"
        switch WorkspacePath.resolve(path, in: workspace) {
        case .success(let folder): try self.init(folder: folder)
        case .failure(let problem): throw ArchiveError.storage("«\(path)»: \(problem.message.es)")
        }
    }

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

    /// Adds signed files with the inputs (`*.yaml` of `inputs`) and outputs (files of `outputs`).
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
        var records: [ArchiveEntry.File] = []
        for (rol, url) in files {
            guard let data = FileManager.default.contents(atPath: url.path) else { throw ArchiveError.unreadable(url.path) }
            let bytes = [UInt8](data)
            let digest = SHA256Digest.hex(bytes)
            try storeObject(bytes, digest: digest)
            records.append(ArchiveEntry.File(rol: rol, nombre: url.lastPathComponent, sha256: digest, bytes: bytes.count))
        }
        let signedDigests = Set(records.filter { $0.rol == "firmado" }.map(\.sha256))
        do {
            return try database.write { db -> (ArchiveEntry, Bool) in
                if !signedDigests.isEmpty, let existing = try self.entryHolding(signedDigests, db) { return (existing, false) }
                let last = try Row.fetchOne(db, sql: "SELECT id, hash FROM entradas ORDER BY id DESC LIMIT 1")
                var entry = ArchiveEntry(
                    id: (last?["id"] as Int? ?? 0) + 1, agregado: ISO8601DateFormatter().string(from: Date()),
                    documento: details.document, version: details.version, resolucion: details.resolution,
                    firmadoPor: details.signedBy, fecha: details.date, archivos: records,
                    firmas: details.signatureChecks.isEmpty ? nil : details.signatureChecks,
                    hashAnterior: last?["hash"] as String? ?? ArchiveEntry.genesis, hash: "")
                entry.hash = try entry.computedHash()
                let json = String(decoding: try entry.canonicalBytes(), as: UTF8.self)
                try db.execute(sql: "INSERT INTO entradas (id, json, hash, anterior) VALUES (?, ?, ?, ?)",
                               arguments: [entry.id, json, entry.hash, entry.hashAnterior])
                for file in records {
                    try db.execute(sql: "INSERT INTO archivos (entrada, rol, nombre, sha256) VALUES (?, ?, ?, ?)",
                                   arguments: [entry.id, file.rol, file.nombre, file.sha256])
                }
                return (entry, true)
            }
        } catch let error as ArchiveError {
            throw error
        } catch {
            throw ArchiveError.storage("\(error)")
        }
    }

    private func entryHolding(_ digests: Set<String>, _ db: Database) throws -> ArchiveEntry? {
        for entry in try entries(db) where Set(entry.archivos.filter { $0.rol == "firmado" }.map(\.sha256)) == digests {
            return entry
        }
        return nil
    }

    /// Every entry, in order.
    public func list() throws -> [ArchiveEntry] {
        do {
            return try database.read { db in try self.entries(db) }
        } catch {
            throw ArchiveError.storage("\(error)")
        }
    }

    /// One entry.
    public func entry(_ id: Int) throws -> ArchiveEntry {
        guard let entry = try list().first(where: { $0.id == id }) else { throw ArchiveError.noSuchEntry(id) }
        return entry
    }

    func entries(_ db: Database) throws -> [ArchiveEntry] {
        try Row.fetchAll(db, sql: "SELECT json, hash FROM entradas ORDER BY id").compactMap { row in
            let json: String = row["json"]
            var entry = try? JSONDecoder().decode(ArchiveEntry.self, from: Data(json.utf8))
            entry?.hash = row["hash"]
            return entry
        }
    }

    /// Path of an object.
    func objectURL(_ digest: String) -> URL {
        folder.appending(path: "objetos/\(digest.prefix(2))/\(digest.dropFirst(2))")
    }

    /// Writes an object once: temporary file, fsync, rename; an existing object is left untouched.
    private func storeObject(_ bytes: [UInt8], digest: String) throws {
        let url = objectURL(digest)
        guard !FileManager.default.fileExists(atPath: url.path) else { return }
        do {
            try AtomicFile.write(bytes, to: url)
        } catch {
            throw ArchiveError.storage("no se pudo guardar el objeto \(digest): \(error)")
        }
    }
}
