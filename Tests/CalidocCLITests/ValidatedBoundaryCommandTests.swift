import Foundation
import Testing
@testable import CalidocCLI
@testable import CalidocKit

/// `diff`, `deck` and `archive` refuse a workspace that validation refuses, with validation's exit code.
@Suite struct ValidatedBoundaryCommandTests {
    static let servicio = CommandTests.repository.appending(path: "Samples/servicio-tramites")

    @Test func diffOfAVersionWithARuleErrorExits65() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "calidoc-boundary-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.servicio, to: folder)
        let policy = folder.appending(path: "politica.yaml")
        let text = try String(contentsOf: policy, encoding: .utf8)
        try text.replacingOccurrences(of: "objetivos_institucionales: [oe-3]", with: "objetivos_institucionales: [oe-99]")
            .write(to: policy, atomically: true, encoding: .utf8)
        #expect(CommandTests.exitCode(["diff", Self.servicio.path, folder.path]) == 65)
        #expect(CommandTests.exitCode(["diff", Self.servicio.path, Self.servicio.path]) == 0)
        // The manifest is fine, so the archive's folder is known: «no archive there» (74), not a
        // validation error (65) from the policy's mistake.
        #expect(CommandTests.exitCode(["archive", "list", "--workspace", folder.path]) == 74)
        try "institucion\n".write(to: folder.appending(path: "calidoc.yaml"), atomically: true, encoding: .utf8)
        #expect(CommandTests.exitCode(["archive", "list", "--workspace", folder.path]) == 65)
    }
}
