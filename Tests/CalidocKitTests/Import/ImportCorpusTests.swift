import Foundation
import Testing
@testable import CalidocKit

/// The corpus (`Corpus/`, written by `make_corpus.py`): Políticas in Word's default styles,
/// LibreOffice and typed by hand, each with its expected `politica.yaml`. Prints the share of
/// items placed correctly per document and overall (`bash Benchmarks/import-corpus.sh`).
@Suite struct ImportCorpusTests {
    static let corpus = TestPaths.repository.appending(path: "Tests/CalidocKitTests/Import/Corpus")

    /// Document, expected YAML, institution.
    static let documents: [(String, URL)] = [
        ("gore-word.docx", TestPaths.gore.appending(path: "politica.yaml")),
        ("tramites-writer.odt", TestPaths.servicio.appending(path: "politica.yaml")),
        ("fomento-aysen.docx", corpus.appending(path: "fomento-aysen.yaml")),
    ]

    @Test func corpusIsPlacedAtLeast95Percent() throws {
        var total = 0
        var correct = 0
        for (name, expectedURL) in Self.documents {
            let result = try PolicyImporter.run(Self.corpus.appending(path: name), date: "2025-01-01")
            let score = ImportScore.score(expected: try ImportScore.policy(at: expectedURL), actual: result.policy)
            total += score.total
            correct += score.correct
            print(String(format: "importación %@: %d de %d elementos bien ubicados (%.1f %%)", name, score.correct, score.total, score.share * 100))
            for miss in score.misses { print("  - \(miss)") }
            #expect(score.share >= 0.9, "\(name): \(score.misses.joined(separator: "\n"))")
        }
        let share = Double(correct) / Double(max(total, 1))
        print(String(format: "importación, corpus completo: %d de %d (%.1f %%)", correct, total, share * 100))
        #expect(share >= 0.95)
    }

    @Test func everyCorpusImportLoadsAndItsReportListsTheRestInSpanish() throws {
        for (name, _) in Self.documents {
            let result = try PolicyImporter.run(Self.corpus.appending(path: name), date: "2025-01-01")
            let validation = WorkspaceValidation.run(
                files: [.manifest: Array(result.manifestText.utf8), .politica: Array(result.policyText.utf8)],
                directory: URL(fileURLWithPath: "/tmp"))
            #expect(validation.loaded.workspace != nil, "\(name): \(validation.diagnostics.map { $0.headline(.es) })")
            #expect(result.policyText.hasPrefix("# yaml-language-server: $schema=esquemas/politica.schema.json"))
            #expect(result.reportText.contains("## Qué se ubicó dónde"))
            #expect(result.reportText.contains("## Revisión (calidoc validate)"))
        }
    }

    @Test func wordQuirksAreNormalisedTrackedChangesResolvedCommentsListed() throws {
        let result = try PolicyImporter.run(Self.corpus.appending(path: "gore-word.docx"), date: "2025-01-01")
        let text = result.policyText
        #expect(!text.contains("\u{00A0}"))
        #expect(!text.contains("\u{00AD}"))
        #expect(!text.contains("\t"))
        #expect(!text.contains("texto eliminado en la revisión"))
        #expect(result.report.trackedChanges >= 2)
        #expect(result.report.comments.contains { $0.contains("¿Falta la cifra de 2024?") && $0.contains("Comité") })
        #expect(result.reportText.contains("¿Falta la cifra de 2024?"))
        #expect(result.institution == "Gobierno Regional Metropolitano de Santiago")
    }

    @Test func typedDocumentInfersInvolvementAndSaysSo() throws {
        let result = try PolicyImporter.run(Self.corpus.appending(path: "fomento-aysen.docx"), date: "2025-01-01")
        #expect(result.report.headingsNote.contains("negrita"))
        #expect(result.report.inferences.contains { $0.contains("Director/a Regional") && $0.contains("gobernanza") })
        #expect(result.policy.actores.items.map(\.involucramiento) == [.gobernanza, .monitoreoEvaluacion, .entregaServicios])
    }
}
