import Foundation
import Testing
@testable import CalidocKit

/// Properties of the diff on generated versions (hand-rolled generators, replayable by seed).
@Suite struct DiffPropertyTests {
    static let seeds: [UInt64] = Array(1...40)

    static func base() throws -> Workspace {
        try #require(WorkspaceLoader.load(at: TestPaths.servicio).workspace)
    }

    static func versions(seed: UInt64, withIds: Bool, count: Int = 8) throws -> (Workspace, Workspace) {
        var generator = DiffGenerator(seed: seed, withIds: withIds)
        var old = try base()
        old.policy = generator.policy(try #require(old.policy), count: count)
        var new = old
        new.policy = generator.mutated(try #require(old.policy))
        return (old, new)
    }

    @Test(arguments: [true, false]) func diffOfAVersionWithItselfIsEmpty(withIds: Bool) throws {
        for seed in Self.seeds {
            let (old, new) = try Self.versions(seed: seed, withIds: withIds)
            #expect(ChangeSet.compute(old: old, new: old).isEmpty, "seed \(seed)")
            #expect(ChangeSet.compute(old: new, new: new).isEmpty, "seed \(seed)")
        }
    }

    /// Applying the change set to OLD gives NEW, list by list (texts, order and ids).
    @Test(arguments: [true, false]) func applyingTheChangesToOldGivesNew(withIds: Bool) throws {
        var kinds = Set<Change.Kind>()
        var dropped = 0
        for seed in Self.seeds {
            let (old, new) = try Self.versions(seed: seed, withIds: withIds)
            let changes = ChangeSet.compute(old: old, new: new)
            kinds.formUnion(changes.allChanges.map(\.tipo))
            for list in ListProjection.allCases {
                let before = list.items(try #require(old.policy))
                let after = list.items(try #require(new.policy))
                let applied = list.apply(changes.allChanges, to: before)
                #expect(applied == after, "seed \(seed), \(list), ids \(withIds)")
                // The property is not vacuous: leaving out any one change breaks it.
                let mine = changes.allChanges.filter { $0.elemento == list.element }
                for index in mine.indices {
                    var fewer = mine
                    fewer.remove(at: index)
                    #expect(list.apply(fewer, to: before) != after, "seed \(seed), \(list): \(mine[index].enunciado)")
                    dropped += 1
                }
            }
        }
        #expect(kinds.isSuperset(of: [.agregado, .eliminado, .modificado, .movido]), "\(kinds)")
        #expect(dropped > 100)
    }

    /// Every statement names something that really differs.
    @Test(arguments: [true, false]) func everyStatementNamesARealDifference(withIds: Bool) throws {
        for seed in Self.seeds {
            let (old, new) = try Self.versions(seed: seed, withIds: withIds)
            let changes = ChangeSet.compute(old: old, new: new)
            for list in ListProjection.allCases {
                let before = list.items(try #require(old.policy)).map(\.text)
                let after = list.items(try #require(new.policy)).map(\.text)
                for change in changes.allChanges where change.elemento == list.element {
                    switch change.tipo {
                    case .agregado:
                        #expect(change.textoNuevo.map { !before.contains($0) || before.count < after.count } == true, "seed \(seed): \(change.enunciado)")
                    case .eliminado:
                        #expect(change.textoAnterior.map { !after.contains($0) || after.count < before.count } == true, "seed \(seed): \(change.enunciado)")
                    case .modificado:
                        #expect(change.textoAnterior != change.textoNuevo, "seed \(seed): \(change.enunciado)")
                        #expect(change.textoAnterior.map(before.contains) == true && change.textoNuevo.map(after.contains) == true)
                    case .movido:
                        #expect(change.numeroAnterior != nil && change.numeroNuevo != nil, "seed \(seed)")
                    case .ampliado, .agregado_general:
                        Issue.record("unexpected \(change.tipo) in \(list): \(change.enunciado)")
                    }
                }
            }
        }
    }

    /// With ids, persisting ids are never added or removed, and new ids never match old ones.
    @Test func idsWinOverSimilarity() throws {
        for seed in Self.seeds {
            var (old, new) = try Self.versions(seed: seed, withIds: true)
            // Give a persisting objective a completely new text, and a new id an old objective's text.
            var generator = DiffGenerator(seed: seed &+ 1_000, withIds: true)
            if var objectives = new.policy?.objetivos.items, objectives.count > 1 {
                objectives[0].titulo = generator.words(4)
                objectives[0].texto = generator.words(14)
                let copy = try #require(old.policy?.objetivos.items.last)
                objectives.append(PolicyObjective(id: "obj-clon", titulo: copy.titulo, texto: copy.texto))
                new.policy?.objetivos.items = objectives
            }
            let changes = ChangeSet.compute(old: old, new: new).allChanges
            let oldIds = Set(try #require(old.policy).objetivos.items.compactMap(\.id))
            let newIds = Set(try #require(new.policy).objetivos.items.compactMap(\.id))
            for change in changes where change.elemento == "objetivo" {
                if change.tipo == .agregado { #expect(change.id.map { !oldIds.contains($0) } == true, "seed \(seed)") }
                if change.tipo == .eliminado { #expect(change.id.map { !newIds.contains($0) } == true, "seed \(seed)") }
            }
            #expect(changes.contains { $0.tipo == .agregado && $0.id == "obj-clon" }, "seed \(seed)")
        }
    }

    /// Two generated 500-item versions without ids (the quadratic similarity path) finish; time is
    /// measured by Benchmarks/, not asserted here.
    @Test func fiveHundredItemsWithoutIdsFinish() throws {
        let (old, new) = try Self.versions(seed: 7, withIds: false, count: 500)
        let changes = ChangeSet.compute(old: old, new: new)
        #expect(!changes.isEmpty)
        let applied = ListProjection.objetivos.apply(changes.allChanges, to: ListProjection.objetivos.items(try #require(old.policy)))
        #expect(applied == ListProjection.objetivos.items(try #require(new.policy)))
    }
}
