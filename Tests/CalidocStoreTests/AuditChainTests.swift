import CalidocKit
import Testing

/// The hash chain on its own: every change of any field of any entry, every removal and every
/// swap of two entries is found, at the entry where it happened.
@Suite struct AuditChainTests {
    static func chain(_ count: Int) -> (entries: [AuditEntry], head: AuditHead) {
        var head = AuditChain.emptyHead
        var entries: [AuditEntry] = []
        for index in 0..<count {
            let entry = AuditChain.next(
                after: head, institution: "sernac", time: 1_000 + Int64(index), actor: "ana", action: .fileWritten,
                target: "sernac/ws/plan.yaml", before: index == 0 ? AuditChain.none : String(index - 1), after: String(index))
            entries.append(entry)
            head = AuditChain.head(after: entry)
        }
        return (entries, head)
    }

    /// `entry` with one field replaced (field numbers 0...9).
    static func altered(_ entry: AuditEntry, field: Int) -> AuditEntry {
        func text(_ value: String) -> String { value + "x" }
        return AuditEntry(
            institution: field == 0 ? text(entry.institution) : entry.institution,
            sequence: field == 1 ? entry.sequence + 100 : entry.sequence,
            time: field == 2 ? entry.time + 1 : entry.time,
            actor: field == 3 ? text(entry.actor) : entry.actor,
            action: field == 4 ? text(entry.action) : entry.action,
            target: field == 5 ? text(entry.target) : entry.target,
            before: field == 6 ? text(entry.before) : entry.before,
            after: field == 7 ? text(entry.after) : entry.after,
            previousHash: field == 8 ? text(entry.previousHash) : entry.previousHash,
            hash: field == 9 ? text(entry.hash) : entry.hash)
    }

    @Test func anIntactChainVerifies() {
        let (entries, head) = Self.chain(6)
        #expect(AuditChain.verify(entries, head: head) == .intact(count: 6))
        #expect(AuditChain.verify([], head: AuditChain.emptyHead) == .intact(count: 0))
    }

    @Test func everyAlteredFieldOfEveryEntryIsFound() {
        let (entries, head) = Self.chain(5)
        for position in entries.indices {
            for field in 0..<10 {
                var copy = entries
                copy[position] = Self.altered(entries[position], field: field)
                let verdict = AuditChain.verify(copy, head: head)
                guard case .broken(let sequence, _) = verdict else {
                    Issue.record("field \(field) of entry \(position + 1) changed unnoticed")
                    continue
                }
                // Found at the altered entry (a changed number is reported under its new number).
                #expect(field == 1 ? sequence == entries[position].sequence + 100 : sequence == entries[position].sequence,
                        "field \(field) of entry \(position + 1)")
            }
        }
    }

    @Test func everyRemovalAndSwapIsFound() {
        let (entries, head) = Self.chain(5)
        for position in entries.indices {
            var copy = entries
            copy.remove(at: position)
            #expect(!AuditChain.verify(copy, head: head).isIntact, "removed \(position + 1)")
        }
        for first in entries.indices {
            for second in entries.indices where second > first {
                var copy = entries
                copy.swapAt(first, second)
                #expect(!AuditChain.verify(copy, head: head).isIntact, "swapped \(first + 1) and \(second + 1)")
            }
        }
    }
}
