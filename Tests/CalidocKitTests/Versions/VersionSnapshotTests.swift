import Foundation
import Testing
@testable import CalidocKit

/// The versions of a workspace (``VersionHistory``), «Guardar como nueva versión»
/// (``VersionSnapshot``) and the session pairs chosen by hand.
@Suite struct VersionSnapshotTests {
    /// A copy of the GORE sample (three versions) in a temporary folder.
    static func goreCopy() throws -> URL {
        let folder = try TestPaths.temporaryFolder().appending(path: "gore-santiago")
        try FileManager.default.copyItem(at: TestPaths.gore, to: folder)
        return folder
    }

    @Test func historyFollowsTheChainOfTheGORESample() throws {
        let history = VersionHistory.list(workspace: TestPaths.gore)
        #expect(history.map(\.path) == [".", "versiones/2-resultados", "versiones/1-inicial"])
        #expect(history.map { $0.version?.etiqueta } == ["3", "2", "1"])
        #expect(history.map(\.hasRecommendations) == [true, true, false])
        #expect(history.allSatisfy { $0.inChain })
        #expect(history[0].isCurrent && !history[1].isCurrent)
        #expect(VersionHistory.entry("versiones/1-inicial", workspace: TestPaths.gore)?.version?.fecha == "2024-08-01")
        // Only listed paths are found: nothing typed is joined into a path.
        #expect(VersionHistory.entry("../gore-santiago", workspace: TestPaths.gore) == nil)
        #expect(VersionHistory.entry("versiones", workspace: TestPaths.gore) == nil)
    }

    @Test func aLooseFolderAndALoopAreListedOnceAndMarked() throws {
        let folder = try Self.goreCopy()
        try FileManager.default.copyItem(at: folder.appending(path: "versiones/1-inicial"), to: folder.appending(path: "versiones/suelta"))
        // 1-inicial points back at the current version: the chain must stop, not loop.
        let v1 = folder.appending(path: "versiones/1-inicial/calidoc.yaml")
        let text = try String(contentsOf: v1, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "  descripcion: Propuesta inicial, antes del proceso participativo",
                                           with: "  descripcion: Propuesta inicial\n  anterior: ../..").utf8).write(to: v1)
        let history = VersionHistory.list(workspace: folder)
        #expect(history.map(\.path) == [".", "versiones/2-resultados", "versiones/1-inicial", "versiones/suelta"])
        #expect(history.map(\.inChain) == [true, true, true, false])
    }

    @Test func savingANewVersionKeepsTheCurrentOneAndChainsIt() throws {
        let folder = try Self.goreCopy()
        let manifestBefore = try String(contentsOf: folder.appending(path: "calidoc.yaml"), encoding: .utf8)
        let politicaBefore = try Data(contentsOf: folder.appending(path: "politica.yaml"))
        let result = try VersionSnapshot.save(label: "4", date: "2025-03-01", description: "Versión para la cuarta sesión",
                                              in: try WorkspaceValidation.validated(at: folder))
        #expect(result.previousPath == "versiones/3")
        // The copy is the old version, its `anterior` now relative to its own folder.
        let kept = result.previousFolder
        #expect(try Data(contentsOf: kept.appending(path: "politica.yaml")) == politicaBefore)
        #expect(!FileManager.default.fileExists(atPath: kept.appending(path: "sesiones").path))
        #expect(!FileManager.default.fileExists(atPath: kept.appending(path: "versiones").path))
        let keptManifest = try #require(VersionHistory.manifest(in: kept))
        #expect(keptManifest.version == VersionInfo(etiqueta: "3", fecha: "2024-10-24",
                                                    descripcion: "Versión posterior a las recomendaciones de la Red de Expertos (tercera sesión del Comité)",
                                                    anterior: "../2-resultados"))
        // The workspace's manifest: only the version block changed; every other line (comments too) kept.
        let manifestAfter = try String(contentsOf: folder.appending(path: "calidoc.yaml"), encoding: .utf8)
        let removed = Set(manifestBefore.components(separatedBy: "\n")).subtracting(manifestAfter.components(separatedBy: "\n"))
        #expect(removed.allSatisfy { $0.hasPrefix("version:") || $0.hasPrefix("  etiqueta") || $0.hasPrefix("  fecha") || $0.hasPrefix("  descripcion") || $0.hasPrefix("  anterior") })
        #expect(manifestAfter.contains("  # El texto de origen no lo dice; un gobierno regional suele no comprometer MESU."))
        #expect(manifestAfter.contains("\ndocumentos: [politica]\n"))
        let history = VersionHistory.list(workspace: folder)
        #expect(history.map(\.path) == [".", "versiones/3", "versiones/2-resultados", "versiones/1-inicial"])
        #expect(history.map { $0.version?.etiqueta } == ["4", "3", "2", "1"])
        // Both versions validate, and they say the same thing until the person edits.
        let now = try WorkspaceValidation.validated(at: folder)
        #expect(now.manifest.version.descripcion == "Versión para la cuarta sesión")
        #expect(ChangeSet.compute(old: try WorkspaceValidation.validated(at: kept), new: now).isEmpty)
        // The session proposal follows the new chain.
        let pairs = SessionScaffold.proposedPairs(for: now)
        #expect(pairs.recomendaciones == .init(anterior: "versiones/3", nueva: "."))
    }

    @Test func refusalsWriteNothing() throws {
        let folder = try Self.goreCopy()
        let validated = try WorkspaceValidation.validated(at: folder)
        let manifest = try Data(contentsOf: folder.appending(path: "calidoc.yaml"))
        for (label, date, failure) in [("  ", "2025-01-01", VersionSnapshot.Failure.emptyLabel),
                                        ("2", "2025-01-01", .labelInUse("2")), ("3", "2025-01-01", .labelInUse("3")),
                                        ("4", "2025-02-30", .badDate("2025-02-30"))] {
            #expect(throws: failure) { try VersionSnapshot.save(label: label, date: date, description: nil, in: validated) }
            #expect(!failure.message(.es).isEmpty && !failure.message(.en).isEmpty)
        }
        #expect(try Data(contentsOf: folder.appending(path: "calidoc.yaml")) == manifest)
        let kept = try FileManager.default.contentsOfDirectory(atPath: folder.appending(path: "versiones").path)
        #expect(Set(kept) == ["1-inicial", "2-resultados"])
    }

    @Test func aFlowManifestIsRefusedWithAHint() throws {
        let folder = try Self.goreCopy()
        let url = folder.appending(path: "calidoc.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        let flow = text.replacingOccurrences(
            of: "version:\n  etiqueta: \"3\"\n  fecha: 2024-10-24\n  descripcion: Versión posterior a las recomendaciones de la Red de Expertos (tercera sesión del Comité)\n  anterior: versiones/2-resultados\n",
            with: "version: {etiqueta: \"3\", fecha: 2024-10-24, anterior: versiones/2-resultados}\n")
        #expect(flow != text)
        try Data(flow.utf8).write(to: url)
        // A flow mapping on one line is still a block of lines of its own: it is replaced whole.
        let result = try VersionSnapshot.save(label: "4", date: "2025-03-01", description: nil, in: try WorkspaceValidation.validated(at: folder))
        #expect(VersionHistory.manifest(in: folder)?.version.anterior == result.previousPath)
        // The whole manifest as one flow mapping is not.
        let whole = "{institucion: {nombre: X}, version: {etiqueta: \"1\", fecha: 2024-01-01}}\n"
        #expect(throws: ManifestVersionBlock.LayoutProblem.self) {
            try ManifestVersionBlock.replacing(VersionInfo(etiqueta: "2", fecha: "2025-01-01"), in: whole)
        }
    }

    @Test func aSessionComparesThePairsChosen() throws {
        let folder = try Self.goreCopy()
        let validated = try WorkspaceValidation.validated(at: folder)
        let pairs = SessionScaffold.Pairs(resultados: .init(anterior: "versiones/1-inicial", nueva: "."), recomendaciones: nil)
        _ = try SessionScaffold.create(number: 5, date: "2025-04-01", in: validated, pairs: pairs)
        let session = try SessionLoader.load(number: 5, in: folder)
        #expect(session.cambiosResultados == VersionPair(anterior: "versiones/1-inicial", nueva: "."))
        #expect(session.cambiosRecomendaciones == nil)
        #expect(SessionLoader.numbers(in: folder) == [3, 5])
        let same = SessionScaffold.Pairs(resultados: nil, recomendaciones: .init(anterior: ".", nueva: "."))
        #expect(throws: SessionScaffold.Failure.samePair(".")) {
            try SessionScaffold.create(number: 6, date: "2025-04-01", in: validated, pairs: same)
        }
        let deck = try DeckBuilder.build(session: 5, workspace: folder)
        #expect(deck.slides.count > 3)
    }
}
