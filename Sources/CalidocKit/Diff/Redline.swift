import Foundation

/// The new version of a document with the differences from the old one as tracked changes
/// (`w:ins`/`w:del` in DOCX, `text:tracked-changes` in ODT, `<ins>`/`<del>` in HTML), so the
/// Comité can accept or reject each change in Word or LibreOffice.
///
/// Both versions are compared as trees (``BlockDiff``): at each level — the document's blocks, the
/// items of a list, the rows of a table — identical entries are anchored by a longest common
/// subsequence, similar ones between anchors are paired and compared inside (paragraphs word by
/// word, keeping their bold and italics), and the rest are whole insertions and deletions *of that
/// level*: a removed list item stays an item of its list, a removed actor a row of its table. So
/// rejecting every change gives the old version back and accepting every change the new one. A
/// move is a deletion plus an insertion (no move markup: Word reports imperfect move markup as
/// unreadable).
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
        let diff = BlockDiff(insertion: change(.insertion), deletion: change(.deletion))
        let blocks = diff.blocks(old: before.blocks, new: after.blocks)
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

    /// Index pairs of a longest common subsequence of equal keys.
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
