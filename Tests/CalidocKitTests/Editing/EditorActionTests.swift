import Foundation
import Testing
@testable import CalidocKit

/// The structural buttons (add, remove, move) work on the posted form without saving, ids of new
/// items come from their titles, and a name the form does not have is refused.
@Suite struct EditorActionTests {
    static let policyYAML: String = {
        (try? String(contentsOf: TestPaths.servicio.appending(path: "politica.yaml"), encoding: .utf8)) ?? ""
    }()

    static func loaded() -> LoadedWorkspace { WorkspaceLoader.load(at: TestPaths.servicio) }

    /// Presses `action` on the form of `yaml`, with the fields changed by `edit`.
    static func press(
        _ action: String, file: InputFile = .politica, yaml: String = policyYAML,
        edit: ([EditorField]) -> [EditorField] = { $0 }
    ) throws -> (EditorResult, [EditorField]) {
        let workspace = loaded().workspace
        let html = EditorForm.render(file: file, yaml: yaml, workspace: workspace, diagnostics: [], language: .es)
        let post = try BrowserPost(html)
        #expect(post.actions.contains(action), "no button \(action)")
        let submission = EditorSubmission(fields: edit(post.fields), action: try #require(EditorAction(formValue: action)))
        return (try EditorForm.apply(submission, file: file, current: yaml, workspace: workspace, language: .es), post.fields)
    }

    static func policy(_ yaml: String) throws -> Policy {
        let manifest = try [UInt8](Data(contentsOf: TestPaths.servicio.appending(path: "calidoc.yaml")))
        let loaded = WorkspaceLoader.load(files: [.manifest: manifest, .politica: Array(yaml.utf8)], directory: TestPaths.servicio)
        return try #require(loaded.workspace?.policy, "\(loaded.diagnostics.map { $0.headline(.es) })\n\(yaml)")
    }

    @Test func addThenFillThenSaveGivesASluggedId() throws {
        let before = try Self.policy(Self.policyYAML)
        let count = before.objetivos.items.count
        let (added, _) = try Self.press("agregar:objetivos.items")
        // The added card is there, empty, with an id still to be given.
        let html = EditorForm.render(file: .politica, yaml: added.yaml, workspace: nil, diagnostics: [], language: .es)
        let post = try BrowserPost(html)
        let titleField = "objetivos.items.\(count).titulo"
        #expect(post.value(titleField) == "")
        #expect(post.value("objetivos.items.\(count).id") == "")
        let fields = BrowserPost.replacing(post.fields, titleField, with: "Mejorar la atención en línea")
        let saved = try EditorForm.apply(
            EditorSubmission(fields: fields, action: .save), file: .politica, current: added.yaml, workspace: nil, language: .es)
        let after = try Self.policy(saved.yaml)
        #expect(after.objetivos.items.count == count + 1)
        #expect(after.objetivos.items.last?.titulo == "Mejorar la atención en línea")
        #expect(after.objetivos.items.last?.id == "obj-mejorar-atencion-linea")
        #expect(Array(after.objetivos.items.prefix(count)) == before.objetivos.items)
    }

    /// The controls that carry `autofocus` in a rendered form: (element, name or value).
    static func autofocused(_ result: EditorResult) throws -> [String] {
        let html = EditorForm.render(file: .politica, yaml: result.yaml, workspace: nil, diagnostics: [], language: .es, focus: result.focus)
        let pattern = try NSRegularExpression(pattern: "<(input|select|textarea|button)[^>]*autofocus[^>]*>")
        let range = NSRange(html.startIndex..., in: html)
        return pattern.matches(in: html, range: range).compactMap { match in
            Range(match.range, in: html).map { tag in
                let text = String(html[tag])
                let attribute = text.hasPrefix("<button") ? #"value="[^"]*""# : #"name="[^"]*""#
                let name = text.range(of: attribute, options: .regularExpression).map { String(text[$0]) } ?? text
                return name
            }
        }
    }

    @Test func theFocusFollowsTheCardAfterAddRemoveAndMove() throws {
        let count = try Self.policy(Self.policyYAML).objetivos.items.count
        let (added, _) = try Self.press("agregar:objetivos.items")
        #expect(added.focus == .item(path: "objetivos.items.\(count)"))
        let focused = try Self.autofocused(added)
        #expect(focused.count == 1 && focused.first?.hasPrefix("name=\"objetivos.items.\(count).") == true, "\(focused)")

        let (moved, _) = try Self.press("subir:objetivos.items.1")
        #expect(moved.focus == .item(path: "objetivos.items.0"))
        let movedFocus = try Self.autofocused(moved)
        #expect(movedFocus.first?.hasPrefix("name=\"objetivos.items.0.") == true)
        let (last, _) = try Self.press("quitar:objetivos.items.\(count - 1)")
        #expect(last.focus == .item(path: "objetivos.items.\(count - 2)"))

        // The only item of a list removed: the focus goes to that list's «Agregar» button.
        let (removedAll, _) = try Self.press("quitar:principios.items.0", edit: { fields in
            fields.filter { !$0.name.hasPrefix("principios.items.") || $0.name.hasPrefix("principios.items.0.") }
        })
        #expect(removedAll.focus == .addButton(listPath: "principios.items"))
        let removedFocus = try Self.autofocused(removedAll)
        #expect(removedFocus == ["value=\"agregar:principios.items\""])

        // Saving moves no focus.
        let (saved, _) = try Self.press("guardar")
        let savedFocus = try Self.autofocused(saved)
        #expect(saved.focus == nil && savedFocus.isEmpty)
    }

    @Test func removeAndMove() throws {
        let before = try Self.policy(Self.policyYAML)
        #expect(before.objetivos.items.count >= 2)
        let (removed, _) = try Self.press("quitar:objetivos.items.0")
        #expect(try Self.policy(removed.yaml).objetivos.items == Array(before.objetivos.items.dropFirst()))
        let (moved, _) = try Self.press("bajar:objetivos.items.0")
        var expected = before.objetivos.items
        expected.swapAt(0, 1)
        #expect(try Self.policy(moved.yaml).objetivos.items == expected)
        let (up, _) = try Self.press("subir:objetivos.items.1")
        #expect(try Self.policy(up.yaml).objetivos.items == expected)
    }

    @Test func addToAListOfTextsAndToAnEmptyOptionalList() throws {
        let yaml = "periodo: \"2025\"\nactividades:\n  - id: A1\n    nombre: Uno\n"
        let (result, _) = try Self.press("agregar:criterios_priorizacion", file: .plan, yaml: yaml)
        #expect(result.yaml.contains("criterios_priorizacion:"))
        let html = EditorForm.render(file: .plan, yaml: result.yaml, workspace: nil, diagnostics: [], language: .es)
        let post = try BrowserPost(html)
        #expect(post.value("criterios_priorizacion.0.texto") == "")
        // The key order is the schema's, whatever the order of the file or the post.
        let keys = result.yaml.split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.hasPrefix("-") }.map { $0.split(separator: ":")[0] }
        #expect(keys == ["periodo", "criterios_priorizacion", "actividades"], "\(result.yaml)")
    }

    @Test func unknownFieldsAndPathsAreRefused() throws {
        #expect(throws: EditorError.unknownField("objetivos.items.0.color")) {
            _ = try Self.press("guardar") { $0 + [EditorField(name: "objetivos.items.0.color", value: "rojo")] }
        }
        #expect(throws: EditorError.unknownField("objetivos.items.99")) {
            _ = try EditorForm.apply(
                EditorSubmission(fields: [], action: .remove(path: "objetivos.items.99")), file: .politica, current: "",
                workspace: nil, language: .es)
        }
        #expect(throws: EditorError.unknownField("titulo")) {
            _ = try EditorForm.apply(
                EditorSubmission(fields: [], action: .add(path: "titulo")), file: .politica, current: "", workspace: nil, language: .es)
        }
        // The page's own fields (`_…`) and the button are not the file's.
        _ = try Self.press("guardar") { $0 + [EditorField(name: "_csrf", value: "x"), EditorField(name: "accion", value: "guardar")] }
    }

    /// A number that is not one is kept as typed, so validation reports it at its line.
    @Test func aWrongNumberIsKeptAsTyped() throws {
        let yaml = try String(contentsOf: TestPaths.servicio.appending(path: "participacion.yaml"), encoding: .utf8)
        let (result, _) = try Self.press("guardar", file: .participacion, yaml: yaml) {
            BrowserPost.replacing($0, "instancias.0.participantes", with: "unos 300")
        }
        #expect(result.yaml.contains("participantes: unos 300"))
        let (chilean, _) = try Self.press("guardar", file: .participacion, yaml: yaml) {
            BrowserPost.replacing($0, "instancias.0.participantes", with: "7.112.808")
        }
        #expect(chilean.yaml.contains("participantes: 7.112.808"))
        let manifest = try [UInt8](Data(contentsOf: TestPaths.servicio.appending(path: "calidoc.yaml")))
        let loaded = WorkspaceLoader.load(files: [.manifest: manifest, .participacion: Array(chilean.yaml.utf8)], directory: TestPaths.servicio)
        #expect(loaded.workspace?.participation?.instancias.first?.participantes == 7_112_808)
    }

    @Test func commentsAreAnnounced() throws {
        let yaml = "# escrito a mano\nfuente: Red de Expertos  # al lado\nitems: []\n"
        #expect(EditorForm.hasHandwrittenComments(yaml))
        #expect(!EditorForm.hasHandwrittenComments("fuente: 'a # b'\ntexto: |\n  # no es comentario\n"))
        let html = EditorForm.render(file: .recomendaciones, yaml: yaml, workspace: nil, diagnostics: [], language: .es)
        #expect(html.contains("comentarios escritos a mano"))
        let post = try BrowserPost(html)
        let result = try EditorForm.apply(
            EditorSubmission(fields: post.fields, action: .save), file: .recomendaciones, current: yaml, workspace: nil, language: .en)
        #expect(result.dropsComments)
        #expect(result.notices.count == 1)
        // The comment at the top belongs to no value: kept. The one beside a value is dropped.
        #expect(result.yaml == "# escrito a mano\nfuente: Red de Expertos\nitems: []\n")
        #expect(!EditorForm.hasHandwrittenComments("# yaml-language-server: $schema=x\n\n# qué es\nitems: []\n"))
    }

    /// A Política written from nothing: an empty file, an objective added and titled, saved; the
    /// loader reads what was written (and reports, at their lines, the sections still missing).
    @Test func aPolicyFromNothing() throws {
        let (added, _) = try Self.press("agregar:objetivos.items", yaml: "")
        var post = try BrowserPost(EditorForm.render(file: .politica, yaml: added.yaml, workspace: nil, diagnostics: [], language: .en))
        #expect(post.tree.strings("//legend").contains("Objective 1"))
        let fields = BrowserPost.replacing(post.fields, "objetivos.items.0.titulo", with: "Reducir los tiempos de espera")
        let saved = try EditorForm.apply(
            EditorSubmission(fields: fields, action: .save), file: .politica, current: added.yaml, workspace: nil, language: .es)
        #expect(saved.yaml.contains("id: obj-reducir-tiempos-espera"))
        let manifest = try [UInt8](Data(contentsOf: TestPaths.servicio.appending(path: "calidoc.yaml")))
        let loaded = WorkspaceLoader.load(files: [.manifest: manifest, .politica: Array(saved.yaml.utf8)], directory: TestPaths.servicio)
        #expect(loaded.diagnostics.allSatisfy { $0.location?.line ?? 0 >= 1 })
        // Saved again from its own form, nothing changes.
        post = try BrowserPost(EditorForm.render(file: .politica, yaml: saved.yaml, workspace: nil, diagnostics: [], language: .es))
        let again = try EditorForm.apply(
            EditorSubmission(fields: post.fields, action: .save), file: .politica, current: saved.yaml, workspace: nil, language: .es)
        #expect(again.yaml == saved.yaml)
    }
}
