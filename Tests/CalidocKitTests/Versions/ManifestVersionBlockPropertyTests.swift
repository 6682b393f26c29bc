import Foundation
import PropertyBased
import Testing
@testable import CalidocKit

/// Whatever label and description a person types for a new version, the manifest's `version` block
/// reads back as exactly what was typed, and no other line of the manifest changes.
@Suite struct ManifestVersionBlockPropertyTests {
    @Test func typedVersionsReadBackAndOtherLinesStay() async throws {
        let manifest = try String(contentsOf: TestPaths.gore.appending(path: "calidoc.yaml"), encoding: .utf8)
        let untouched = manifest.components(separatedBy: "\n").filter { !$0.hasPrefix("  etiqueta") && !$0.hasPrefix("  fecha") && !$0.hasPrefix("  descripcion") && !$0.hasPrefix("  anterior") && $0 != "version:" }
        await propertyCheck(count: PropertyCount.cases(300), input: EditorYAMLPropertyTests.typed, EditorYAMLPropertyTests.typed) { label, description in
            let version = VersionInfo(etiqueta: label, fecha: "2025-06-30", descripcion: description, anterior: "versiones/3 # x: \"y\"")
            let text = try ManifestVersionBlock.replacing(version, in: manifest)
            let lines = text.components(separatedBy: "\n")
            #expect(untouched.allSatisfy(lines.contains), "\(text)")
            let loaded = WorkspaceLoader.load(files: [.manifest: Array(text.utf8)], directory: TestPaths.gore)
            if !loaded.hasErrors {
                #expect(loaded.workspace?.manifest.version == version, "\(text)")
            }
        }
    }
}
