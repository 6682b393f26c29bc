import Foundation
import PropertyBased
import Testing
@testable import CalidocKit

/// For every pair of versions: rejecting every change of the redline's document model gives the old
/// document and accepting every change the new one — the same paragraphs in the same lists, items
/// and rows. (The DOCX writer's side is checked with pandoc on fixed pairs in
/// `RedlineRoundTripTests`.)
@Suite struct RedlinePropertyTests {
    /// A second version made from `old`: items of each list dropped, others (from `other`) put in
    /// between, some texts with a word added — the kinds of change a Comité sees.
    static func revised(_ old: Policy, with other: Policy, seed: UInt64) -> Policy {
        var random = seed
        func bit() -> Bool {
            random = random &* 6364136223846793005 &+ 1442695040888963407
            return (random >> 33) & 1 == 1
        }
        func mix<Item>(_ mine: [Item], _ theirs: [Item], edit: (inout Item) -> Void) -> [Item] {
            var result: [Item] = []
            var pending = theirs[...]
            for var item in mine {
                if bit(), let extra = pending.popFirst() { result.append(extra) }
                if bit() { continue }
                if bit() { edit(&item) }
                result.append(item)
            }
            if bit() { result += pending }
            return result
        }
        var new = old
        new.principios.items = mix(old.principios.items, other.principios.items) { $0.descripcion += " revisada" }
        new.objetivos.items = mix(old.objetivos.items, other.objetivos.items) { $0.titulo += " y más" }
        new.usuarios.items = mix(old.usuarios.items, other.usuarios.items) { $0.nombre += " nuevos" }
        new.actores.items = mix(old.actores.items, other.actores.items) { $0.responsabilidades.append("Informar al Comité.") }
        new.directrices.items = mix(old.directrices.items, other.directrices.items) { $0.titulo = "Nueva " + $0.titulo }
        new.glosario.items = mix(old.glosario.items, other.glosario.items) { $0.definicion += " (ampliada)" }
        if bit() { new.contexto.parrafos = mix(old.contexto.parrafos, other.contexto.parrafos) { $0.texto += " Además." } }
        return new
    }

    /// The document with every change accepted (`keep: .insertion`) or rejected (`keep: .deletion`).
    static func resolved(_ blocks: [Block], keep: TrackedChange.Kind) -> [Block] {
        blocks.compactMap { block -> Block? in
            switch block {
            case .paragraph(let content, let attributes):
                if let mark = attributes.mark, mark != keep { return nil }
                return .paragraph(content: resolved(content, keep: keep), attributes: .empty)
            case .heading(let level, let content, let attributes):
                if let mark = attributes.mark, mark != keep { return nil }
                return .heading(level: level, content: resolved(content, keep: keep), attributes: .empty)
            case .list(var list):
                // An item all of whose paragraphs (nested lists included) went goes with them.
                list.items = list.items.map { resolved($0, keep: keep) }.filter { !shape($0).isEmpty }
                return .list(list)
            case .table(var table):
                let rows = { (rows: [TableRow]) in
                    rows.filter { $0.mark == nil || $0.mark == keep }.map { row in
                        TableRow(cells: row.cells.map { cell in
                            var cell = cell
                            cell.blocks = resolved(cell.blocks, keep: keep)
                            return cell
                        })
                    }
                }
                table.caption = resolved(table.caption, keep: keep)
                table.headerRows = rows(table.headerRows)
                table.bodyRows = rows(table.bodyRows)
                return .table(table)
            case .blockQuote(let children, let attributes):
                return .blockQuote(blocks: resolved(children, keep: keep), attributes: attributes)
            case .section(let children, let attributes):
                return .section(blocks: resolved(children, keep: keep), attributes: attributes)
            case .figure, .tableOfContents:
                return block
            }
        }
    }

    static func resolved(_ inlines: [Inline], keep: TrackedChange.Kind) -> [Inline] {
        inlines.flatMap { inline -> [Inline] in
            if case .tracked(let change, let content) = inline {
                return change.kind == keep ? resolved(content, keep: keep) : []
            }
            return [inline]
        }
    }

    /// What a reader sees: each leaf's words (blanks collapsed) and where it stands — in which list
    /// item, which row, which cell.
    static func shape(_ blocks: [Block]) -> [String] {
        blocks.flatMap { block -> [String] in
            switch block {
            case .paragraph(let content, _): return ["p " + words(content)]
            case .heading(let level, let content, _): return ["h\(level) " + words(content)]
            case .list(let list):
                // A list without items shows nothing (a section whose items were all removed).
                guard !list.items.isEmpty else { return [] }
                return ["lista \(list.kind.rawValue)"] + list.items.enumerated().flatMap { index, item in
                    ["ítem \(index + 1)"] + shape(item).map { "  " + $0 }
                } + ["fin de lista"]
            case .table(let table):
                return ["tabla " + words(table.caption)] + (table.headerRows + table.bodyRows).enumerated().flatMap { index, row in
                    ["fila \(index + 1)"] + row.cells.flatMap { ["celda"] + shape($0.blocks).map { "  " + $0 } }
                }
            case .blockQuote(let children, _), .section(let children, _): return shape(children)
            case .figure(let figure): return ["figura " + figure.image.source]
            case .tableOfContents: return ["índice"]
            }
        }
    }

    static func words(_ content: [Inline]) -> String {
        content.plainText.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func rejectingGivesTheOldDocumentAndAcceptingTheNew() async throws {
        let base = try #require(WorkspaceLoader.load(at: TestPaths.servicio).workspace)
        let input = zip(PolicyGenerators.policy, PolicyGenerators.policy, Gen.uint64(in: 0...UInt64.max))
        await propertyCheck(count: PropertyCount.cases(40), input: input) { old, other, seed in
            var before = base
            before.policy = old
            var after = base
            after.policy = Self.revised(old, with: other, seed: seed)
            let builder = try DocumentBuilder(workspace: after)
            let oldDocument = try builder.build(.politica, from: before)
            let newDocument = try builder.build(.politica, from: after)
            let redline = try Redline.document(old: before, new: after)
            let rejected = Self.shape(Self.resolved(redline.blocks, keep: .deletion))
            let accepted = Self.shape(Self.resolved(redline.blocks, keep: .insertion))
            let rejectedIsOld = rejected == Self.shape(oldDocument.blocks)
            let acceptedIsNew = accepted == Self.shape(newDocument.blocks)
            #expect(rejectedIsOld, "rejected ≠ old: \(RedlineRoundTripTests.firstDifference(rejected, Self.shape(oldDocument.blocks)))")
            #expect(acceptedIsNew, "accepted ≠ new: \(RedlineRoundTripTests.firstDifference(accepted, Self.shape(newDocument.blocks)))")
        }
    }
}
