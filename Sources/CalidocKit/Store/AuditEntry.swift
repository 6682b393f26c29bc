/// One write recorded in an institution's audit log: who, when, what, the SHA-256 of the content
/// before and after, and the hash that chains it to the entry before.
///
/// Every institution has its own chain, numbered from 1 without gaps. An entry's ``hash`` covers
/// all its fields and the previous entry's hash (``AuditChain/hash(of:)``), so changing, removing
/// or reordering an entry breaks the chain at that point (``AuditChain/verify(_:head:)``).
public struct AuditEntry: Hashable, Sendable {
    /// The institution whose log this is.
    public let institution: String
    /// Its place in the institution's chain, from 1.
    public let sequence: Int64
    /// When (milliseconds since 1970).
    public let time: Int64
    /// Who: an account's user name, or `sistema` for the server itself.
    public let actor: String
    /// What kind of write (``AuditAction``'s raw value, kept as text so later kinds read back).
    public let action: String
    /// What was written: a file (`institution/workspace/name`), an account, the institution.
    public let target: String
    /// SHA-256 of the content before (``AuditChain/none`` when there was none).
    public let before: String
    /// SHA-256 of the content after.
    public let after: String
    /// The previous entry's hash (``AuditChain/genesis`` for the first entry).
    public let previousHash: String
    /// This entry's hash.
    public let hash: String

    /// Creates an entry as read back from a store.
    public init(
        institution: String, sequence: Int64, time: Int64, actor: String, action: String, target: String,
        before: String, after: String, previousHash: String, hash: String
    ) {
        self.institution = institution
        self.sequence = sequence
        self.time = time
        self.actor = actor
        self.action = action
        self.target = target
        self.before = before
        self.after = after
        self.previousHash = previousHash
        self.hash = hash
    }
}

/// The kinds of write the audit log records. Later kinds (versions, sessions, the review cycle,
/// the archive) add cases here; stored entries keep their text.
public enum AuditAction: String, Sendable, CaseIterable {
    /// An institution was created.
    case institutionCreated = "institucion.creada"
    /// A workspace file was created or replaced.
    case fileWritten = "archivo.guardado"
    /// An account was created.
    case accountCreated = "cuenta.creada"
    /// Repeated wrong passwords locked an account.
    case accountLocked = "cuenta.bloqueada"
    /// An account's name or role was changed.
    case accountUpdated = "cuenta.modificada"
    /// An account's password was set (by its owner or by an administrator); its lock, if any, ends.
    case passwordSet = "cuenta.contrasena"
    /// An administrator ended an account's lock before its time.
    case accountUnlocked = "cuenta.desbloqueada"
    /// An account was removed.
    case accountRemoved = "cuenta.eliminada"
    /// A page of the web application changed a workspace folder (target: the folder and the request).
    case workspaceChanged = "espacio.modificado"
}

/// The last entry of an institution's chain as the store keeps it apart from the entries, so that
/// removing the newest entries is noticed too.
public struct AuditHead: Hashable, Sendable {
    /// The last entry's sequence number (0 when the log is empty).
    public let sequence: Int64
    /// The last entry's hash (``AuditChain/genesis`` when the log is empty).
    public let hash: String

    /// Creates a head.
    public init(sequence: Int64, hash: String) {
        self.sequence = sequence
        self.hash = hash
    }
}
