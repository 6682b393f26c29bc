import CalidocKit
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// The form speaks to a person filling it in, not to someone writing YAML: its help texts and the
/// hints of its problems name fields by their labels, never YAML syntax, ids or command options.
@Suite struct FormWordingTests {
    /// Words that only make sense in a YAML file or a terminal (field names in `name=` attributes
    /// are the form's own and not shown).
    static let yamlWords = ["--strict", "«texto: |»", ": [id]", "Ids de", "(definiciones_estrategicas.objetivos)", "ambitos_prioritarios de"]

    @Test func aNewWorkspaceFormSpeaksInLabels() async throws {
        let (root, _) = try ServerFixture.servedCopy()
        try await ServerFixture.application(root: root).test(.router) { client in
            let created = try await client.execute(
                uri: "/espacios", method: .post, headers: ServerFixture.headers(ServerFixture.formType),
                body: ServerFixture.form([("csrf", ServerFixture.csrf), ("institucion", "Servicio de Palabras"), ("fecha", "2026-03-01")]))
            #expect(created.status == .seeOther)
            for file in ["calidoc.yaml", "politica.yaml", "plan.yaml", "diagnostico.yaml"] {
                let response = try await client.execute(
                    uri: "/espacios/servicio-de-palabras/archivos/\(file)", method: .get, headers: ServerFixture.headers())
                #expect(response.status == .ok)
                let page = ServerFixture.text(response)
                // The example texts of calidoc init are flagged, with the form's hint.
                if file == "politica.yaml" { #expect(page.contains("reemplácelo por el texto de su institución")) }
                for word in Self.yamlWords {
                    #expect(!page.contains(XMLText.escaped(word)), "\(file) shows «\(word)»")
                }
            }
        }
    }

    @Test func anUnlinkedObjectiveAsksToTickTheBox() async throws {
        let (root, workspace) = try ServerFixture.servedCopy()
        let policy = workspace.appending(path: "politica.yaml")
        let text = try String(contentsOf: policy, encoding: .utf8)
        // The first objective loses its link (the first occurrence: the relations come after the objectives).
        let link = try #require(text.range(of: #"(?m)^ *objetivos_institucionales: \[[^\]]*\]\n"#, options: .regularExpression))
        var unlinked = text
        unlinked.removeSubrange(link)
        try unlinked.write(to: policy, atomically: true, encoding: .utf8)

        try await ServerFixture.application(root: root).test(.router) { client in
            let response = try await client.execute(
                uri: "/espacios/servicio-tramites/archivos/politica.yaml", method: .get, headers: ServerFixture.headers())
            let page = ServerFixture.text(response)
            #expect(page.contains("marque en «Objetivos estratégicos institucionales» los que este objetivo sirve"))
            #expect(!page.contains("objetivos_institucionales: [id]"))
        }
        // The command line keeps the YAML words: there the person edits the file.
        let validation = WorkspaceValidation.run(at: workspace)
        let hints = validation.diagnostics.filter { $0.code == "R-OBJ-01" }.compactMap { $0.hint?.text(.es) }
        #expect(!hints.isEmpty && hints.allSatisfy { $0.contains("objetivos_institucionales: [id]") })
    }
}
