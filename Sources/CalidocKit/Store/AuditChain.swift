/// Computes and verifies the hash chain of an institution's audit log. Both stores append through
/// ``next(after:institution:time:actor:action:target:before:after:)`` and verify with
/// ``verify(_:head:)``, so a log copied from one store to another verifies the same way.
public enum AuditChain {
    /// The previous hash of the first entry.
    public static let genesis = String(repeating: "0", count: 64)
    /// The before/after hash of content that does not exist.
    public static let none = "-"

    /// The hash of `entry`: SHA-256 over its fields, one per line, in a fixed order (the entry's
    /// own ``AuditEntry/hash`` excluded). Fields never hold a line break (the store checks ids
    /// and names; actor and action come from calidoc), and the count of fields is fixed, so two
    /// different entries never give the same text.
    public static func hash(of entry: AuditEntry) -> String {
        let fields: [String] = [
            "calidoc-auditoria-1", entry.institution, String(entry.sequence), String(entry.time), entry.actor,
            entry.action, entry.target, entry.before, entry.after, entry.previousHash,
        ]
        return SHA256Digest.hex(Array(fields.joined(separator: "\n").utf8))
    }

    /// The entry that follows `head`, with its hash.
    public static func next(
        after head: AuditHead, institution: String, time: Int64, actor: String, action: AuditAction,
        target: String, before: String, after: String
    ) -> AuditEntry {
        let draft = AuditEntry(
            institution: institution, sequence: head.sequence + 1, time: time, actor: clean(actor), action: action.rawValue,
            target: clean(target), before: before, after: after, previousHash: head.hash, hash: "")
        return AuditEntry(
            institution: draft.institution, sequence: draft.sequence, time: draft.time, actor: draft.actor,
            action: draft.action, target: draft.target, before: draft.before, after: draft.after,
            previousHash: draft.previousHash, hash: hash(of: draft))
    }

    /// The head after `entry`.
    public static func head(after entry: AuditEntry) -> AuditHead {
        AuditHead(sequence: entry.sequence, hash: entry.hash)
    }

    /// The empty log's head.
    public static let emptyHead = AuditHead(sequence: 0, hash: genesis)

    /// Checks `entries` (in the order the store lists them, by sequence) against each other and
    /// against `head`: numbering from 1 without gaps, each entry's hash, each link to the entry
    /// before, one institution, and the last entry being the head.
    public static func verify(_ entries: [AuditEntry], head: AuditHead) -> AuditVerification {
        var previous = emptyHead
        let institution = entries.first?.institution
        for entry in entries {
            if entry.institution != institution {
                return .broken(sequence: entry.sequence, problem: .otherInstitution)
            }
            if entry.sequence != previous.sequence + 1 {
                return .broken(sequence: entry.sequence, problem: .gap(expected: previous.sequence + 1))
            }
            if entry.previousHash != previous.hash {
                return .broken(sequence: entry.sequence, problem: .link)
            }
            if hash(of: entry) != entry.hash {
                return .broken(sequence: entry.sequence, problem: .content)
            }
            previous = AuditHead(sequence: entry.sequence, hash: entry.hash)
        }
        guard previous == head else {
            return .broken(sequence: previous.sequence + 1, problem: .head(expected: head))
        }
        return .intact(count: entries.count)
    }

    /// `text` without line breaks (an actor or target never spans lines in the hashed text).
    private static func clean(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}

/// What verifying an audit log found.
public enum AuditVerification: Hashable, Sendable {
    /// Every entry is in place and unchanged.
    case intact(count: Int)
    /// The chain breaks at `sequence`.
    case broken(sequence: Int64, problem: AuditProblem)

    /// Whether the log verified.
    public var isIntact: Bool {
        if case .intact = self { return true }
        return false
    }

    /// What a person reads: the count of entries, or where and how the log was altered.
    public func message(_ language: MessageLanguage) -> String {
        switch self {
        case .intact(let count):
            return language.pick("registro de auditoría íntegro: \(count) entradas", "audit log intact: \(count) entries")
        case .broken(let sequence, let problem):
            let what = problem.message(language)
            return language.pick(
                "el registro de auditoría fue alterado en la entrada \(sequence): \(what)",
                "the audit log was altered at entry \(sequence): \(what)")
        }
    }
}

/// How an audit log was altered.
public enum AuditProblem: Hashable, Sendable {
    /// The entry's content does not match its hash (it was changed).
    case content
    /// The entry does not point to the one before (entries were reordered or replaced).
    case link
    /// Numbers are missing before this entry (entries were removed).
    case gap(expected: Int64)
    /// The log ends before the last entry the store recorded (newest entries were removed).
    case head(expected: AuditHead)
    /// The entry belongs to another institution's log.
    case otherInstitution

    /// The problem in words.
    public func message(_ language: MessageLanguage) -> String {
        switch self {
        case .content:
            language.pick("su contenido no coincide con su huella (fue modificada)", "its content does not match its hash (it was changed)")
        case .link:
            language.pick("no enlaza con la entrada anterior (se reordenaron o reemplazaron entradas)",
                          "it does not link to the entry before (entries were reordered or replaced)")
        case .gap(let expected):
            language.pick("falta la entrada \(expected) (se eliminaron entradas)", "entry \(expected) is missing (entries were removed)")
        case .head(let expected):
            language.pick("el registro termina antes de la entrada \(expected.sequence), la última registrada (se eliminaron las más recientes)",
                          "the log ends before entry \(expected.sequence), the last one recorded (the newest were removed)")
        case .otherInstitution:
            language.pick("pertenece a otra institución", "it belongs to another institution")
        }
    }
}
