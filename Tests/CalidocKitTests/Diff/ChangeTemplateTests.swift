import Foundation
import Testing
@testable import CalidocKit

/// The workspace's `plantillas` folder overrides `cambios.mustache`, which sees every raw field.
@Suite struct ChangeTemplateTests {
    @Test func workspaceTemplateOverridesTheDefault() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let old = folder.appending(path: "v2")
        let new = folder.appending(path: "v3")
        try FileManager.default.copyItem(at: TestPaths.goreV2, to: old)
        try FileManager.default.createDirectory(at: new, withIntermediateDirectories: true)
        for file in ["politica.yaml", "recomendaciones.yaml", "participacion.yaml"] {
            try FileManager.default.copyItem(at: TestPaths.gore.appending(path: file), to: new.appending(path: file))
        }
        let manifest = try String(contentsOf: TestPaths.gore.appending(path: "calidoc.yaml"), encoding: .utf8)
        try Data((manifest + "\nplantillas: plantillas\n").utf8).write(to: new.appending(path: "calidoc.yaml"))
        try FileManager.default.createDirectory(at: new.appending(path: "plantillas"), withIntermediateDirectories: true)
        let template = """
            <h1>Propios</h1>
            {{#secciones}}{{#cambios}}<p>{{tipo}}|{{elemento}}|{{numero_nuevo}}|«{{titulo_nuevo}}»</p>
            {{/cambios}}{{/secciones}}
            """
        try Data(template.utf8).write(to: new.appending(path: "plantillas/cambios.mustache"))
        let (_, bytes) = try VersionDiff.run(old: old, new: new, format: .text, language: .es)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("Propios"))
        #expect(text.contains("agregado|linea_accion|3|«Definir estándares de eficiencia de servicio»"))
        #expect(text.contains("eliminado|linea_accion||«»"))
    }
}
