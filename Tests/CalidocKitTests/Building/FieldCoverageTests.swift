import Foundation
import PropertyBased
import Testing
@testable import CalidocKit

/// Issue 13: every text typed in the samples' inputs appears in the document built from them.
/// The keys below are the only ones a document does not print, each for a stated reason.
@Suite struct FieldCoverageTests {
    /// Keys whose values are not prose of the document.
    static let notPrinted: [String: String] = [
        "id": "stable identifier, for the diff and for references",
        "motivo": "why it changed: printed by the change statements (calidoc diff), not by the document",
        "responde_a": "recommendation ids: printed by the change statements",
        "objetivos_institucionales": "ids: section IV writes the objectives they name",
        "objetivos_politica": "ids: section IV writes the objectives they name",
        "ambitos": "ids of the diagnosis areas",
        "involucramiento": "printed as its label («Involucrado en …»)",
        "ejemplos_como": "layout choice",
        "objetivo": "plan: id of the policy objective",
        "directriz": "plan: id of the guideline",
        "ambito": "plan: id of the diagnosis area",
        "prioridad": "plan: printed as its label",
        "estado": "plan: printed as its label",
        "periodo": "printed in the title when the template uses it",
        "fuente": "diagnosis: source key",
        "justificacion": "diagnosis: printed as its label («Masividad (volumen de transacciones)»)",
        "$schema": "editor hint",
    ]

    static func leaves(_ file: InputFile, _ workspace: Workspace) -> [(path: String, text: String)] {
        TextLeaves.all(workspace).filter { $0.file == file }.compactMap { leaf in
            let keys = leaf.path.compactMap { $0 as? String }
            guard let key = keys.last, notPrinted[key] == nil else { return nil }
            return (leaf.path.map(\.pathComponent).joined(separator: "."), leaf.text)
        }
    }

    static func normalized(_ text: String) -> String {
        RichText.plain(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test(arguments: [
        (DocumentKind.politica, InputFile.politica, "gore-santiago"), (.politica, .politica, "servicio-tramites"),
        (.plan, .plan, "servicio-tramites"), (.diagnostico, .diagnostico, "servicio-tramites"),
    ])
    func everyTypedTextAppears(kind: DocumentKind, file: InputFile, sample: String) throws {
        let workspace = try #require(WorkspaceLoader.load(at: TestPaths.samples.appending(path: sample)).workspace)
        let document = try DocumentBuilder(workspace: workspace).build(kind, from: workspace)
        let text = Self.normalized(DocumentModelTests.text(of: document.blocks)).lowercased()
        for (path, typed) in Self.leaves(file, workspace) {
            let shown = Self.normalized(ISODate(typed).map { _ in SpanishDate.short(typed) } ?? typed).lowercased()
            let found = text.contains(shown) || text.contains(Self.normalized(SpanishDate.long(typed)).lowercased())
            #expect(found, "\(sample)/\(file.rawValue) \(path): «\(typed)» is not in the document")
        }
    }

    /// Characters and spacing only: markers and escapes removed, blanks collapsed, lower case.
    static func skeleton(_ text: String) -> String {
        text.filter { $0 != "*" && $0 != "\\" }.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }

    /// Generated policies (awkward text, markup, blank lines, YAML look-alikes in every field):
    /// every typed text reaches the document model.
    @Test func noTypedTextIsLostOnGeneratedPolicies() async throws {
        let base = try #require(WorkspaceLoader.load(at: TestPaths.servicio).workspace)
        await propertyCheck(count: PropertyCount.cases(40), input: PolicyGenerators.policy) { policy in
            var workspace = base
            workspace.policy = policy
            let document = try DocumentBuilder(workspace: workspace).build(.politica, from: workspace)
            let text = Self.skeleton(DocumentModelTests.text(of: document.blocks))
            for (path, typed) in Self.leaves(.politica, workspace) {
                let wanted = Self.skeleton(typed)
                #expect(wanted.isEmpty || text.contains(wanted), "\(path): «\(typed)» \(typed.unicodeScalars.map { String($0.value, radix: 16) }) is not in the document")
            }
        }
    }

    /// Found by the generated policies: a mission of a few words that a context paragraph happens
    /// to contain ("1.0 ..." is "1.0" once normalised) was taken as stated there and left out.
    @Test func aShortMissionFoundInsideTheContextIsStillPrinted() throws {
        var workspace = try #require(WorkspaceLoader.load(at: TestPaths.servicio).workspace)
        var policy = try #require(workspace.policy)
        policy.definicionesEstrategicas.mision = "1.0 ..."
        policy.contexto.parrafos[0].texto = "La versión 1.0 del Servicio."
        workspace.policy = policy
        let document = try DocumentBuilder(workspace: workspace).build(.politica, from: workspace)
        #expect(DocumentModelTests.text(of: document.blocks).contains("1.0 ..."))
        #expect(!PolicyText.isStated("Servir.", in: ["Nuestra misión es servir."]), "a one-word mission is printed")
        #expect(PolicyText.isStated("Facilitar el acceso a beneficios.", in: ["Tiene la misión de facilitar el acceso a beneficios."]))
    }
}
