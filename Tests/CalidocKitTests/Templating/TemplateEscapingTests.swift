import Foundation
import Testing
@testable import CalidocKit

/// Issue 15: text typed in any input field reaches the document as text. Each table row appends a
/// hostile suffix (`<`, `&`, `{{`, `]]>` …) to every string of the sample's inputs that can hold it
/// and builds every document: nothing may break the XHTML, become markup or be read as a tag.
@Suite struct TemplateEscapingTests {
    static let hostile = [
        "<b>negrita</b>", "<strong>fuerte</strong>", "a & b", "{{titulo}}", "{{{institucion.nombre}}}", "]]> <!-- x -->", "&amp; &lt;",
        "\"comillas\" 'simples'", "<script>alert(1)</script>", "{{#principios}}x{{/principios}}",
    ]

    /// `value` with `suffix` appended to every string under the keys where the model accepts any text
    /// (each key is tried alone first: enumerations, for one, refuse a changed value).
    static func poisoned<T: Codable>(_ value: T, suffix: String) throws -> T {
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(value))
        func keys(_ node: Any) -> Set<String> {
            switch node {
            case let object as [String: Any]:
                object.reduce(into: Set<String>()) { result, entry in
                    if entry.value is String || (entry.value as? [Any])?.first is String { result.insert(entry.key) }
                    result.formUnion(keys(entry.value))
                }
            case let array as [Any]: array.reduce(into: Set<String>()) { $0.formUnion(keys($1)) }
            default: []
            }
        }
        func poison(_ node: Any, keys: Set<String>, under key: String?) -> Any {
            switch node {
            case let text as String: key.map { keys.contains($0) } == true ? text + " " + suffix : text
            case let object as [String: Any]: object.reduce(into: [String: Any]()) { $0[$1.key] = poison($1.value, keys: keys, under: $1.key) }
            case let array as [Any]: array.map { poison($0, keys: keys, under: key) }
            default: node
            }
        }
        func decoded(_ keys: Set<String>) -> T? {
            guard let data = try? JSONSerialization.data(withJSONObject: poison(json, keys: keys, under: nil)) else { return nil }
            return try? JSONDecoder().decode(T.self, from: data)
        }
        let accepted = Set(keys(json).filter { decoded([$0]) != nil })
        return try #require(decoded(accepted))
    }

    @Test(arguments: hostile)
    func hostileTextStaysText(suffix: String) throws {
        var workspace = try #require(WorkspaceLoader.load(at: TestPaths.servicio).workspace)
        workspace.manifest = try Self.poisoned(workspace.manifest, suffix: suffix)
        workspace.policy = try workspace.policy.map { try Self.poisoned($0, suffix: suffix) }
        workspace.plan = try workspace.plan.map { try Self.poisoned($0, suffix: suffix) }
        workspace.diagnosis = try workspace.diagnosis.map { try Self.poisoned($0, suffix: suffix) }
        workspace.progress = try workspace.progress.map { try Self.poisoned($0, suffix: suffix) }
        #expect(workspace.policy?.principios.items.first?.descripcion.hasSuffix(suffix) == true)
        #expect(workspace.manifest.institucion.nombre.hasSuffix(suffix))
        let kinds = DocumentBuilder.availableKinds(in: workspace)
        #expect(kinds.count == DocumentKind.allCases.count)
        let builder = try DocumentBuilder(workspace: workspace)
        for kind in kinds {
            let document = try builder.build(kind, from: workspace)
            let text = DocumentModelTests.text(of: document.blocks)
            // Printed as typed: had a tag been read as markup (`<strong>` is in the vocabulary) or a
            // `{{…}}` as Mustache, the text would lack the characters of the tag.
            #expect(text.contains(suffix), "\(kind): «\(suffix)» is not printed as typed")
        }
    }

    @Test func safeMarkupCannotBeDecodedFromText() {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(SafeHTML.self, from: Data(#""<b>x</b>""#.utf8)) }
    }

    @Test func textValuesAreEscapedAndMarkupIsNot() throws {
        let set = TemplateSet.defaults().overriding("politica", with: "<p>{{t}} {{{h}}}</p>", origin: "plantillas/politica.mustache")
        let context: TemplateObject = ["t": "<em>a</em> & {{b}}", "h": .html(RichText.html("*c* <d>"))]
        #expect(try set.render("politica", context: context) == "<p>&lt;em&gt;a&lt;/em&gt; &amp; {{b}} <em>c</em> &lt;d&gt;</p>")
    }
}
