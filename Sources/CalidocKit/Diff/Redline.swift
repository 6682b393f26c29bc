import Foundation

/// The new version of a document with the differences from the old one as tracked changes
/// (`w:ins`/`w:del` in DOCX, `text:tracked-changes` in ODT, `<ins>`/`<del>` in HTML), so the
/// Comité can accept or reject each change in Word or LibreOffice.
///
/// Paragraphs (and headings) of both versions are aligned: identical ones by a longest common
/// subsequence, then, between those anchors, similar ones (word similarity ≥ 0.5) as rewordings
/// diffed word by word; the rest are whole insertions and deletions. A move is a deletion plus an
/// insertion (no move markup: Word reports imperfect move markup as unreadable).
public enum Redline {
    /// The redlined document of `kind` (the Política by default).
    public static func document(old: ValidatedWorkspace, new: ValidatedWorkspace, kind: DocumentKind = .politica) throws -> Document {
        try document(old: old.workspace, new: new.workspace, kind: kind)
    }

    /// ``document(old:new:kind:)`` on decoded workspaces.
    static func document(old: Workspace, new: Workspace, kind: DocumentKind = .politica) throws -> Document {
        let builder = try DocumentBuilder(workspace: new)
        let before = try builder.build(kind, from: old)
        let after = try builder.build(kind, from: new)
        let change = { (type: TrackedChange.Kind) in
            TrackedChange(kind: type, author: new.manifest.institucion.nombre, date: new.manifest.version.fecha)
        }
        var oldLeaves: [[Inline]] = []
        collect(before.blocks, into: &oldLeaves)
        var newLeaves: [[Inline]] = []
        collect(after.blocks, into: &newLeaves)
        let alignment = Alignment(old: oldLeaves.map(\.plainText), new: newLeaves.map(\.plainText))
        var rewriter = Rewriter(oldLeaves: oldLeaves, alignment: alignment, insertion: change(.insertion), deletion: change(.deletion))
        var blocks = rewriter.blocks(after.blocks)
        blocks += rewriter.deletedParagraphs(before: newLeaves.count)
        var metadata = after.metadata
        metadata.footerText = (metadata.footerText ?? metadata.title) + " — " + "control de cambios \(old.manifest.version.etiqueta) → \(new.manifest.version.etiqueta)"
        return Document(metadata: metadata, blocks: blocks, resources: after.resources)
    }

    /// Paragraph-like leaves in reading order.
    static func collect(_ blocks: [Block], into leaves: inout [[Inline]]) {
        for block in blocks {
            switch block {
            case .heading(_, let content, _), .paragraph(let content, _): leaves.append(content)
            case .list(let list): for item in list.items { collect(item, into: &leaves) }
            case .table(let table):
                for row in table.headerRows + table.bodyRows { for cell in row.cells { collect(cell.blocks, into: &leaves) } }
            case .blockQuote(let children, _), .section(let children, _): collect(children, into: &leaves)
            case .figure, .tableOfContents: continue
            }
        }
    }

    /// How each new leaf relates to the old ones.
    struct Alignment {
        enum Match {
            case same
            case reworded(old: Int)
            case inserted
        }

        var matches: [Match]
        /// Old leaves deleted, keyed by the new leaf they come before (`new.count` = at the end).
        var deletedBefore: [Int: [Int]]

        init(old: [String], new: [String]) {
            let anchors = Self.lcs(old, new)
            var matches = Array(repeating: Match.inserted, count: new.count)
            var deleted: [Int: [Int]] = [:]
            var previous = (old: -1, new: -1)
            for anchor in anchors + [(old.count, new.count)] {
                let oldGap = Array((previous.old + 1)..<anchor.0)
                let newGap = Array((previous.new + 1)..<anchor.1)
                var unused = oldGap
                for newIndex in newGap {
                    if let position = unused.firstIndex(where: { TextSimilarity.similarity(old[$0], new[newIndex]) >= TextSimilarity.sameItemThreshold }) {
                        // Old leaves skipped over before this pairing were deleted here.
                        for skipped in unused[..<position] { deleted[newIndex, default: []].append(skipped) }
                        matches[newIndex] = .reworded(old: unused[position])
                        unused.removeFirst(position + 1)
                    }
                }
                if !unused.isEmpty { deleted[anchor.1, default: []].append(contentsOf: unused) }
                if anchor.1 < new.count { matches[anchor.1] = .same }
                previous = anchor
            }
            self.matches = matches
            self.deletedBefore = deleted
        }

        /// Index pairs of a longest common subsequence of equal texts.
        static func lcs(_ a: [String], _ b: [String]) -> [(Int, Int)] {
            guard !a.isEmpty, !b.isEmpty else { return [] }
            var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
            for i in stride(from: a.count - 1, through: 0, by: -1) {
                for j in stride(from: b.count - 1, through: 0, by: -1) {
                    table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
                }
            }
            var pairs: [(Int, Int)] = []
            var i = 0
            var j = 0
            while i < a.count && j < b.count {
                if a[i] == b[j] {
                    pairs.append((i, j))
                    i += 1
                    j += 1
                } else if table[i + 1][j] >= table[i][j + 1] {
                    i += 1
                } else {
                    j += 1
                }
            }
            return pairs
        }
    }
}
