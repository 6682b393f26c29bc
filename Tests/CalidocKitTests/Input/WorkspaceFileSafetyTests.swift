import Foundation
import Testing
@testable import CalidocKit

/// Files a hostile or careless workspace can hold: links out of the folder, huge lines.
@Suite struct WorkspaceFileSafetyTests {
    static func workspace() throws -> URL {
        let folder = try TestPaths.temporaryFolder().appending(path: "servicio")
        try FileManager.default.copyItem(at: TestPaths.servicio, to: folder)
        return folder
    }

    /// An input file that links out of the workspace is never read, by validation or by the
    /// reader the web server uses: its contents never reach a message.
    @Test func aLinkOutOfTheWorkspaceIsNotRead() throws {
        let folder = try Self.workspace()
        let secret = try TestPaths.temporaryFolder().appending(path: "secreto.yaml")
        try "clave_secreta: no debe aparecer\n".write(to: secret, atomically: true, encoding: .utf8)
        let policy = folder.appending(path: "politica.yaml")
        try FileManager.default.removeItem(at: policy)
        try FileManager.default.createSymbolicLink(at: policy, withDestinationURL: secret)

        let validation = WorkspaceValidation.run(at: folder)
        let finding = try #require(validation.errors.first { $0.location?.file.hasSuffix("politica.yaml") == true })
        #expect(finding.code == "CAL-IN-002")
        #expect(finding.message.es.contains("enlace simbólico"))
        #expect(!validation.diagnostics.contains { $0.message.es.contains("secreta") || $0.message.en.contains("secreta") })
        #expect(validation.loaded.sourceLines.values.allSatisfy { !$0.joined().contains("secreta") })

        guard case .refused(let message) = WorkspaceInputReader.read(.politica, in: folder) else {
            Issue.record("the reader followed the link")
            return
        }
        #expect(message.es.contains("fuera de la carpeta"))
    }

    /// Links inside the folder are fine; devices, folders and oversize files are refused unread.
    @Test func theReaderRefusesWhatTheLoaderRefuses() throws {
        let folder = try Self.workspace()
        let inside = folder.appending(path: "borradores")
        try FileManager.default.createDirectory(at: inside, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: folder.appending(path: "plan.yaml"), to: inside.appending(path: "plan.yaml"))
        try FileManager.default.createSymbolicLink(at: folder.appending(path: "plan.yaml"), withDestinationURL: inside.appending(path: "plan.yaml"))
        guard case .bytes(let bytes) = WorkspaceInputReader.read(.plan, in: folder) else {
            Issue.record("a link inside the workspace is refused")
            return
        }
        #expect(!bytes.isEmpty)

        try FileManager.default.removeItem(at: folder.appending(path: "diagnostico.yaml"))
        try FileManager.default.createDirectory(at: folder.appending(path: "diagnostico.yaml"), withIntermediateDirectories: true)
        guard case .refused = WorkspaceInputReader.read(.diagnostico, in: folder) else {
            Issue.record("a folder named like an input was read")
            return
        }
        try Data(count: InputSource.maximumBytes + 1).write(to: folder.appending(path: "participacion.yaml"))
        guard case .refused(let message) = WorkspaceInputReader.read(.participacion, in: folder) else {
            Issue.record("an oversize file was read")
            return
        }
        #expect(message.es.contains("KB"))
        #expect(WorkspaceInputReader.read(.avance, in: try Self.workspace().appending(path: "no-existe")) == .absent)
    }

    /// A diagnostic on a 20 000-character line shows about a hundred characters around its column,
    /// with the caret still under the right character.
    @Test(arguments: [1, 5, 10_000, 19_999, 20_000])
    func aLongLineIsShownAroundTheColumn(_ column: Int) {
        var characters = Array(repeating: Character("x"), count: 20_000)
        characters[column - 1] = "Y"
        let line = String(characters)
        let diagnostic = Diagnostic(
            severity: .error, code: "X", message: LocalizedMessage(es: "aquí", en: "here"),
            location: SourceLocation(file: "politica.yaml", line: 1, column: column))
        let shown = diagnostic.rendered(.es, sourceLine: line).split(separator: "\n").map(String.init)
        #expect(shown.allSatisfy { $0.count <= 110 }, "\(shown.map(\.count))")
        let text = Array(shown[1].dropFirst(4))
        let caret = shown[2].count - 5
        #expect(text.indices.contains(caret) && text[caret] == "Y")
    }
}
