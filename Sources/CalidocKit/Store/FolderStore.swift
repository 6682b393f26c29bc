import Foundation
import GRDB

/// The store of a laptop or a small office: each institution's workspaces are folders on disk, as
/// `calidoc serve` uses them today (`ROOT/INSTITUTION/WORKSPACE/politica.yaml`), and institutions,
/// accounts and the audit log live in one SQLite file, `ROOT/.calidoc-servidor/almacen.sqlite`
/// (hidden, so the workspace list never shows it).
///
/// Writes go through one SQLite write transaction each: the version check, the file (written
/// atomically, ``AtomicFile``) and its audit entry succeed or fail together within this process;
/// the file is renamed into place before the transaction commits, so a crash between the two
/// leaves a written file whose audit entry is missing (the PostgreSQL store has no such window).
/// SQLite calls block the calling thread; fine for a handful of people, not for a ministry.
public final class FolderStore: Store {
    /// The folder holding the institutions' folders.
    public let root: URL
    let database: DatabaseQueue
    let hasher: any PasswordHasher
    let policy: LoginPolicy
    let clock: StoreClock
    /// A hash of no one's password, checked when a login names an unknown user so that the answer
    /// takes as long as for a known one (the time does not tell which user names exist).
    let decoyHash: String

    /// The hidden folder of the SQLite file inside ``root``.
    public static let metadataFolder = ".calidoc-servidor"

    /// Opens (creating and migrating when needed) the store in `root`.
    ///
    /// - Throws: ``StoreError/cannotWrite(file:reason:)`` when the folder or file cannot be made,
    ///   ``StoreError/database(detail:)`` when SQLite refuses the file.
    public init(root: URL, hasher: any PasswordHasher, policy: LoginPolicy = LoginPolicy(), clock: @escaping StoreClock = systemStoreClock) throws {
        self.root = root.standardizedFileURL
        self.hasher = hasher
        self.policy = policy
        self.clock = clock
        decoyHash = (try? hasher.hash(UUID().uuidString)) ?? ""
        let folder = self.root.appending(path: Self.metadataFolder)
        do {
            try AtomicFile.createFolder(folder)
        } catch let error as BuildError {
            throw StoreError.cannotWrite(file: AtomicFile.shown(folder), reason: LocalizedMessage(es: error.message(.es), en: error.message(.en)))
        }
        do {
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            configuration.busyMode = .timeout(10)
            database = try DatabaseQueue(path: folder.appending(path: "almacen.sqlite").path, configuration: configuration)
            try FolderStoreSchema.migrator.migrate(database)
        } catch {
            throw Self.storeError(error)
        }
    }

    /// The folder of `institution`.
    func folder(of institution: String) -> URL {
        root.appending(path: institution, directoryHint: .isDirectory)
    }

    /// Runs `work` in a write transaction; any non-store error becomes a ``StoreError``.
    func writing<T>(_ work: (Database) throws -> T) throws -> T {
        do {
            return try database.write(work)
        } catch {
            throw Self.storeError(error)
        }
    }

    /// Runs `work` with a read-only view; any non-store error becomes a ``StoreError``.
    func reading<T>(_ work: (Database) throws -> T) throws -> T {
        do {
            return try database.read(work)
        } catch {
            throw Self.storeError(error)
        }
    }

    /// A ``StoreError`` for whatever SQLite or the disk threw.
    static func storeError(_ error: any Error) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? DatabaseError { return .database(detail: "SQLite \(error.resultCode): \(error.message ?? "")") }
        return .database(detail: String(describing: error))
    }

    /// Throws ``StoreError/unknownInstitution(_:)`` unless `institution` exists.
    func requireInstitution(_ institution: String, _ db: Database) throws {
        try StoreNames.checkId(institution, .institution)
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM institutions WHERE id = ?", arguments: [institution]) == true else {
            throw StoreError.unknownInstitution(institution)
        }
    }

    public func createInstitution(_ institution: Tenant, by actor: String) async throws {
        try StoreNames.checkId(institution.id, .institution)
        let now = clock()
        try writing { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM institutions WHERE id = ?", arguments: [institution.id]) == true {
                throw StoreError.institutionExists(institution.id)
            }
            try db.execute(
                sql: "INSERT INTO institutions (id, name, audit_sequence, audit_head) VALUES (?, ?, 0, ?)",
                arguments: [institution.id, institution.name, AuditChain.genesis])
            try appendAudit(
                db, institution: institution.id, time: now, actor: actor, action: .institutionCreated,
                target: institution.id, before: AuditChain.none, after: SHA256Digest.hex(Array(institution.name.utf8)))
            do {
                try AtomicFile.createFolder(folder(of: institution.id))
            } catch let error as BuildError {
                throw StoreError.cannotWrite(file: institution.id, reason: LocalizedMessage(es: error.message(.es), en: error.message(.en)))
            }
        }
    }

    public func institutions() async throws -> [Tenant] {
        try reading { db in
            try Row.fetchAll(db, sql: "SELECT id, name FROM institutions ORDER BY id").map { row in
                Tenant(id: try row.decode(forColumn: "id"), name: try row.decode(forColumn: "name"))
            }
        }
    }
}
