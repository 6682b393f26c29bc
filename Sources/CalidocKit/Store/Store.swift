/// Where the shared server keeps institutions, their workspace files, accounts and the audit log.
///
/// Two implementations answer the same contract (one test suite runs against both,
/// `Tests/CalidocStoreTests`): ``FolderStore`` (workspace folders on disk as today, accounts and
/// audit log in one SQLite file; a laptop or a small office) and `PostgresStore` in CalidocPostgres
/// (a shared server). Every write is recorded in the institution's hash-chained audit log in the
/// same transaction as the write.
///
/// Isolation: every call names its institution and only ever sees that institution's rows or
/// folder; nothing lists or reads across institutions except ``institutions()``.
///
/// Account administration (list, change, new password, unlock, remove) keeps at least one
/// administrator per institution once it has one: the check and the change run in one transaction.
///
/// Later (issue 19): versions of a workspace, Comité sessions, the archive index and login
/// sessions become further requirements of this protocol (or protocols beside it), each with its
/// own migration in PostgreSQL; the audit log already takes any ``AuditAction``.
public protocol Store: Sendable {
    /// Creates an institution (a tenant), recorded in its own audit log.
    ///
    /// - Throws: ``StoreError/institutionExists(_:)``, ``StoreError/invalidName(kind:text:)``.
    func createInstitution(_ institution: Tenant, by actor: String) async throws

    /// Every institution, sorted by id.
    func institutions() async throws -> [Tenant]

    /// The workspaces of `institution` that hold at least one file, sorted.
    ///
    /// - Throws: ``StoreError/unknownInstitution(_:)``.
    func workspaces(of institution: String) async throws -> [String]

    /// The names of the files of a workspace, sorted.
    ///
    /// - Throws: ``StoreError/unknownInstitution(_:)``.
    func fileNames(institution: String, workspace: String) async throws -> [String]

    /// A file's bytes and version, `nil` when it does not exist.
    ///
    /// - Throws: ``StoreError/unknownInstitution(_:)``, ``StoreError/unreadable(file:reason:)``.
    func read(_ file: StoreFileRef) async throws -> StoredFile?

    /// Writes `bytes` to `file` if its current version is `expected` (``VersionToken/absent`` to
    /// create it), and records the write in the audit log.
    ///
    /// - Returns: The new version.
    /// - Throws: ``StoreError/conflict(file:current:)`` when the file changed: nothing is written.
    func write(_ bytes: [UInt8], to file: StoreFileRef, expected: VersionToken, by actor: String) async throws -> VersionToken

    /// Records in `institution`'s audit log a write made outside ``write(_:to:expected:by:)``: the
    /// web application's pages change whole workspace folders (a new version, a session, an
    /// import), and record the SHA-256 of the folder before and after (``FolderDigest``).
    ///
    /// - Throws: ``StoreError/unknownInstitution(_:)``.
    func recordAudit(_ action: AuditAction, institution: String, target: String, before: String, after: String, by actor: String) async throws

    /// Creates an account with `password` (hashed by the store's ``PasswordHasher``).
    ///
    /// - Throws: ``StoreError/accountExists(username:institution:)``, ``StoreError/unknownInstitution(_:)``.
    func createAccount(_ account: Account, password: String, by actor: String) async throws

    /// The account `username` of `institution`, if any.
    func account(_ username: String, institution: String) async throws -> Account?

    /// The accounts of `institution`, sorted by user name, each with the end of its lock when it
    /// is locked now.
    ///
    /// - Throws: ``StoreError/unknownInstitution(_:)``.
    func accounts(of institution: String) async throws -> [AccountListing]

    /// Changes the display name and the role of an account, recorded in the audit log.
    ///
    /// - Throws: ``StoreError/unknownAccount(username:institution:)``,
    ///   ``StoreError/lastAdministrator(username:institution:)`` when it would take the role of
    ///   administrator from the institution's last administrator, ``StoreError/invalidName(kind:text:)``.
    func updateAccount(_ username: String, institution: String, displayName: String, role: AccountRole, by actor: String) async throws

    /// Sets a new password (hashed by the store's ``PasswordHasher``) and clears the account's lock
    /// and count of wrong passwords, recorded in the audit log.
    ///
    /// - Throws: ``StoreError/unknownAccount(username:institution:)``.
    func setPassword(_ username: String, institution: String, password: String, by actor: String) async throws

    /// Ends an account's lock and clears its count of wrong passwords, recorded in the audit log.
    ///
    /// - Throws: ``StoreError/unknownAccount(username:institution:)``.
    func unlockAccount(_ username: String, institution: String, by actor: String) async throws

    /// Removes an account, recorded in the audit log.
    ///
    /// - Throws: ``StoreError/unknownAccount(username:institution:)``,
    ///   ``StoreError/lastAdministrator(username:institution:)`` for the institution's last administrator.
    func removeAccount(_ username: String, institution: String, by actor: String) async throws

    /// Checks a password, counting wrong ones and locking the account after too many
    /// (``LoginPolicy``); a lock is recorded in the audit log.
    func login(_ username: String, password: String, institution: String) async throws -> LoginOutcome

    /// The audit log of `institution`, oldest first.
    func auditLog(of institution: String) async throws -> [AuditEntry]

    /// Verifies the audit log of `institution` (``AuditChain/verify(_:head:)``).
    func verifyAuditLog(of institution: String) async throws -> AuditVerification
}
