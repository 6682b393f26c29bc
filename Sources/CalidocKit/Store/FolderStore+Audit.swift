import GRDB

extension FolderStore {
    /// Appends an entry to `institution`'s chain and moves its head, inside the caller's transaction.
    func appendAudit(
        _ db: Database, institution: String, time: Int64, actor: String, action: AuditAction,
        target: String, before: String, after: String
    ) throws {
        let head = try auditHead(db, institution: institution)
        let entry = AuditChain.next(
            after: head, institution: institution, time: time, actor: actor, action: action, target: target,
            before: before, after: after)
        try db.execute(
            sql: """
                INSERT INTO audit_log (institution, sequence, time, actor, action, target, before_hash, after_hash, previous_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                entry.institution, entry.sequence, entry.time, entry.actor, entry.action, entry.target,
                entry.before, entry.after, entry.previousHash, entry.hash,
            ])
        try db.execute(
            sql: "UPDATE institutions SET audit_sequence = ?, audit_head = ? WHERE id = ?",
            arguments: [entry.sequence, entry.hash, institution])
    }

    /// Records a write made outside ``write(_:to:expected:by:)`` (see ``Store/recordAudit(_:institution:target:before:after:by:)``).
    public func recordAudit(_ action: AuditAction, institution: String, target: String, before: String, after: String, by actor: String) async throws {
        let now = clock()
        try writing { db in
            try appendAudit(db, institution: institution, time: now, actor: actor, action: action, target: target, before: before, after: after)
        }
    }

    /// The head of `institution`'s chain as recorded beside the entries.
    func auditHead(_ db: Database, institution: String) throws -> AuditHead {
        guard let row = try Row.fetchOne(db, sql: "SELECT audit_sequence, audit_head FROM institutions WHERE id = ?", arguments: [institution])
        else { throw StoreError.unknownInstitution(institution) }
        return AuditHead(sequence: try row.decode(forColumn: "audit_sequence"), hash: try row.decode(forColumn: "audit_head"))
    }

    public func auditLog(of institution: String) async throws -> [AuditEntry] {
        try reading { db in
            try requireInstitution(institution, db)
            return try Self.entries(db, institution: institution)
        }
    }

    public func verifyAuditLog(of institution: String) async throws -> AuditVerification {
        try reading { db in
            try requireInstitution(institution, db)
            return AuditChain.verify(try Self.entries(db, institution: institution), head: try auditHead(db, institution: institution))
        }
    }

    private static func entries(_ db: Database, institution: String) throws -> [AuditEntry] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT institution, sequence, time, actor, action, target, before_hash, after_hash, previous_hash, hash
                FROM audit_log WHERE institution = ? ORDER BY sequence
                """,
            arguments: [institution]
        ).map { row in
            AuditEntry(
                institution: try row.decode(forColumn: "institution"), sequence: try row.decode(forColumn: "sequence"), time: try row.decode(forColumn: "time"), actor: try row.decode(forColumn: "actor"),
                action: try row.decode(forColumn: "action"), target: try row.decode(forColumn: "target"), before: try row.decode(forColumn: "before_hash"), after: try row.decode(forColumn: "after_hash"),
                previousHash: try row.decode(forColumn: "previous_hash"), hash: try row.decode(forColumn: "hash"))
        }
    }
}
