import Foundation
import Testing
@testable import CalidocKit

/// How the similarity threshold was tuned: the GORE sample diffed with every id removed must give the
/// same statements as with ids (the deck's), and does so for a band of thresholds around the default.
@Suite struct SimilarityTuningTests {
    static func workspace(_ url: URL) throws -> Workspace {
        try #require(WorkspaceLoader.load(at: url).workspace)
    }

    static func statements(_ old: Workspace, _ new: Workspace, threshold: Double = TextSimilarity.sameItemThreshold) -> [String] {
        ChangeSet.compute(old: old, new: new, options: DiffOptions(threshold: threshold)).allChanges.map(\.enunciado)
    }

    static func pairs() throws -> [(Workspace, Workspace)] {
        let versions = try [TestPaths.goreV1, TestPaths.goreV2, TestPaths.gore].map(workspace)
        return [(versions[0], versions[1]), (versions[1], versions[2])]
    }

    /// Thresholds at which the id-less diff equals the deck's statements on both version pairs.
    static func workingThresholds() throws -> [Double] {
        let pairs = try pairs()
        let expected = pairs.map { statements($0.0, $0.1) }
        return stride(from: 0.20, through: 0.95, by: 0.05).filter { threshold in
            pairs.indices.allSatisfy { index in
                statements(pairs[index].0.strippingIds(), pairs[index].1.strippingIds(), threshold: threshold) == expected[index]
            }
        }
    }

    @Test func samplesWithoutIdsGiveTheDeckStatementsAroundTheDefault() throws {
        let working = try Self.workingThresholds()
        print("thresholds giving the deck's statements without ids:", working.map { String(format: "%.2f", $0) })
        #expect(working.contains { abs($0 - TextSimilarity.sameItemThreshold) < 1e-9 })
        for threshold in [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7] {
            #expect(working.contains { abs($0 - threshold) < 1e-9 }, "\(threshold)")
        }
    }

    /// Above the band, the reworded objective N°3 (score 0.74) becomes a removal plus an addition.
    @Test func aThresholdTooHighSplitsTheRewording() throws {
        let (v1, v2) = try Self.pairs()[0]
        let strict = Self.statements(v1.strippingIds(), v2.strippingIds(), threshold: 0.8)
        #expect(!strict.contains { $0.hasPrefix("Se modifica la redacción del objetivo N°3") })
        #expect(strict.contains { $0.hasPrefix("Se elimina el objetivo N°3") })
        let scored = TextSimilarity.similarity(
            DiffBuilder.joined(try #require(v1.policy?.objetivos.items[2]).titulo, v1.policy?.objetivos.items[2].texto),
            DiffBuilder.joined(try #require(v2.policy?.objetivos.items[3]).titulo, v2.policy?.objetivos.items[3].texto))
        #expect(scored > 0.7 && scored < 0.8)
    }
}

extension Workspace {
    /// The same workspace with every list item's and paragraph's id removed.
    func strippingIds() -> Workspace {
        var copy = self
        guard var policy = copy.policy else { return copy }
        func clear(_ paragraphs: [Paragraph]?) -> [Paragraph]? {
            paragraphs?.map { Paragraph(texto: $0.texto, motivo: $0.motivo, respondeA: $0.respondeA) }
        }
        policy.contexto.parrafos = clear(policy.contexto.parrafos) ?? []
        policy.contexto.parrafosFinales = clear(policy.contexto.parrafosFinales)
        policy.principios.items = policy.principios.items.map { var item = $0; item.id = nil; return item }
        policy.objetivos.items = policy.objetivos.items.map { var item = $0; item.id = nil; return item }
        policy.objetivos.introduccion = clear(policy.objetivos.introduccion)
        policy.objetivos.cierre = clear(policy.objetivos.cierre)
        policy.relacion.introduccion = clear(policy.relacion.introduccion)
        policy.relacion.cierre = clear(policy.relacion.cierre)
        policy.relacion.relaciones = policy.relacion.relaciones?.map { var item = $0; item.id = nil; return item }
        policy.usuarios.items = policy.usuarios.items.map { var item = $0; item.id = nil; return item }
        policy.actores.items = policy.actores.items.map { var item = $0; item.id = nil; return item }
        policy.directrices.items = policy.directrices.items.map { var item = $0; item.id = nil; return item }
        policy.glosario.items = policy.glosario.items.map { var item = $0; item.id = nil; return item }
        copy.policy = policy
        return copy
    }
}
