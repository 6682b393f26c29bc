import Foundation
import Testing
@testable import CalidocCLI
@testable import CalidocKit

/// `calidoc session new N`: the session file from the version chain, loadable and ready for `deck`.
@Suite struct SessionCommandTests {
    @Test func newSessionHasTheGOREPairsAndBuildsADeck() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "calidoc-session-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: CommandTests.repository.appending(path: "Samples/gore-santiago"), to: folder)
        #expect(CommandTests.exitCode(["session", "new", "4", folder.path, "--fecha", "2025-05-12"]) == 0)
        let url = folder.appending(path: "sesiones/4.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.hasPrefix("# yaml-language-server: $schema=../esquemas/sesion.schema.json\n"))
        let session = try SessionLoader.load(number: 4, in: folder)
        let original = try SessionLoader.load(number: 3, in: folder)
        // The same pairs as the hand-written session 3 of the sample.
        #expect(session.cambiosResultados == original.cambiosResultados)
        #expect(session.cambiosRecomendaciones == original.cambiosRecomendaciones)
        #expect(session.fecha == "2025-05-12" && session.numero == 4)
        #expect(CommandTests.exitCode(["validate", folder.path]) == 0)
        let deck = try DeckBuilder.build(session: 4, workspace: folder)
        #expect(deck.slides.count > 5)
        // Never overwrites; a bad number or date is refused before anything is written.
        #expect(CommandTests.exitCode(["session", "new", "4", folder.path]) == 64)
        #expect(CommandTests.exitCode(["session", "new", "0", folder.path]) == 64)
        #expect(CommandTests.exitCode(["session", "new", "5", folder.path, "--fecha", "12-05-2025"]) == 64)
        #expect(!FileManager.default.fileExists(atPath: folder.appending(path: "sesiones/5.yaml").path))
    }

    @Test func aWorkspaceWithoutEarlierVersionsGetsNoPairs() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "calidoc-session-\(UUID().uuidString)")
        #expect(CommandTests.exitCode(["init", folder.path, "--institucion", "Servicio X", "--fecha", "2025-01-10"]) == 0)
        #expect(CommandTests.exitCode(["session", "new", "1", folder.path, "--fecha", "2025-02-01"]) == 0)
        let session = try SessionLoader.load(number: 1, in: folder)
        #expect(session.cambiosResultados == nil && session.cambiosRecomendaciones == nil)
    }

    @Test func quotedPathsSurviveAnyFolderName() {
        #expect(SessionScaffold.quoted("versiones/2 # \"x\": y") == #""versiones/2 # \"x\": y""#)
        #expect(SessionScaffold.relativePath(of: URL(fileURLWithPath: "/a/b/c"), from: URL(fileURLWithPath: "/a/b")) == "c")
        #expect(SessionScaffold.relativePath(of: URL(fileURLWithPath: "/a/x"), from: URL(fileURLWithPath: "/a/b")) == "../x")
        #expect(SessionScaffold.relativePath(of: URL(fileURLWithPath: "/a/b"), from: URL(fileURLWithPath: "/a/b")) == ".")
    }
}
