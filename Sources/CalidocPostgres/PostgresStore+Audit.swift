import CalidocKit
import PostgresNIO

extension PostgresStore {
    /// Appends an entry to `institution`'s chain and moves its head, inside the caller's transaction.
    /// Locks the institution's row first (`FOR UPDATE`), so concurrent writes chain one after another.
    func appendAudit(
        _ connection: PostgresConnection, institution: String, time: Int64, actor: String, action: AuditAction,
        target: String, before: String, after: String
    ) async throws {
        let head = try await lockedHead(connection, institution: institution)
        let entry = AuditChain.next(
            after: head, institution: institution, time: time, actor: actor, action: action, target: target,
            before: before, after: after)
        try await connection.query(
            """
            INSERT INTO audit_log (institution, sequence, time, actor, action, target, before_hash, after_hash, previous_hash, hash)
            VALUES (\(entry.institution), \(entry.sequence), \(entry.time), \(entry.actor), \(entry.action), \(entry.target),
                    \(entry.before), \(entry.after), \(entry.previousHash), \(entry.hash))
            """, logger: logger)
        try await connection.query(
            "UPDATE institutions SET audit_sequence = \(entry.sequence), audit_head = \(entry.hash) WHERE id = \(institution)",
            logger: logger)
    }

    /// Records a write made outside ``write(_:to:expected:by:)`` (see ``Store/recordAudit(_:institution:target:before:after:by:)``).
    public func recordAudit(_ action: AuditAction, institution: String, target: String, before: String, after: String, by actor: String) async throws {
        let now = clock()
        try await transaction { connection in
            try await appendAudit(connection, institution: institution, time: now, actor: actor, action: action, target: target, before: before, after: after)
        }
    }

    /// The head of `institution`'s chain, its row locked until the transaction ends.
    ///
    /// - Throws: ``StoreError/unknownInstitution(_:)``.
    func lockedHead(_ connection: PostgresConnection, institution: String) async throws -> AuditHead {
        try await head(connection, institution: institution, lock: true)
    }

    private func head(_ connection: PostgresConnection, institution: String, lock: Bool) async throws -> AuditHead {
        let rows = try await connection.query(
            "SELECT audit_sequence, audit_head FROM institutions WHERE id = \(institution) \(unescaped: lock ? "FOR UPDATE" : "")",
            logger: logger)
        for try await (sequence, hash) in rows.decode((Int64, String).self) {
            return AuditHead(sequence: sequence, hash: hash)
        }
        throw StoreError.unknownInstitution(institution)
    }

    public func auditLog(of institution: String) async throws -> [AuditEntry] {
        try StoreNames.checkId(institution, .institution)
        return try await reading { connection in
            try await requireInstitution(institution, connection)
            return try await entries(connection, institution: institution)
        }
    }

    public func verifyAuditLog(of institution: String) async throws -> AuditVerification {
        try StoreNames.checkId(institution, .institution)
        // One snapshot: the head and the entries are read as of the same moment.
        return try await transaction { connection in
            try await connection.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY", logger: logger)
            let head = try await head(connection, institution: institution, lock: false)
            return AuditChain.verify(try await entries(connection, institution: institution), head: head)
        }
    }

    private func entries(_ connection: PostgresConnection, institution: String) async throws -> [AuditEntry] {
        let rows = try await connection.query(
            """
            SELECT institution, sequence, time, actor, action, target, before_hash, after_hash, previous_hash, hash
            FROM audit_log WHERE institution = \(institution) ORDER BY sequence
            """, logger: logger)
        var result: [AuditEntry] = []
        for try await (owner, sequence, time, actor, action, target, before, after, previous, hash) in rows.decode(
            (String, Int64, Int64, String, String, String, String, String, String, String).self)
        {
            result.append(
                AuditEntry(
                    institution: owner, sequence: sequence, time: time, actor: actor, action: action, target: target,
                    before: before, after: after, previousHash: previous, hash: hash))
        }
        return result
    }
}
