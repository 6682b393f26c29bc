import Foundation
import Testing
@testable import CalidocKit

/// Issue 13: a workspace's templates cannot make a build run for minutes, eat memory or crash:
/// nesting is bounded before parsing, partial chains before rendering, output while rendering.
@Suite struct TemplateBoundsTests {
    static let origin = "plantillas/politica.mustache"

    func set(_ source: String, partials: [String: String] = [:]) -> TemplateSet {
        var set = TemplateSet.defaults().overriding("politica", with: source, origin: Self.origin)
        for (name, text) in partials { set = set.overriding(name, with: text, origin: "plantillas/\(name).mustache") }
        return set
    }

    func nested(_ depth: Int, body: String = "<p>x</p>") -> String {
        (1...depth).map { _ in "{{#l}}\n" }.joined() + body + "\n" + (1...depth).map { _ in "{{/l}}\n" }.joined()
    }

    func refusal(_ set: TemplateSet, context: TemplateObject = [:]) -> TemplateError? {
        do {
            _ = try set.render("politica", context: context)
            return nil
        } catch let error as TemplateError {
            return error
        } catch {
            return nil
        }
    }

    static let tooDeep = "las secciones y parciales anidados superan los 10 niveles: la plantilla no podría generarse en un tiempo razonable; simplifíquela"

    @Test(arguments: [11, 12, 13, 200, 5_000, 100_000])
    func deepSectionsAreRefusedAtTheLineThatGoesTooFar(depth: Int) throws {
        let error = try #require(refusal(set(nested(depth)), context: ["l": [1, 2, 3]]))
        #expect(error.file == Self.origin)
        #expect(error.line == 11)
        #expect(error.problem.es == Self.tooDeep)
        #expect(throws: TemplateError.self) { try set(nested(depth)).check() }
    }

    @Test func tenLevelsAreAllowed() throws {
        #expect(refusal(set("<section>" + nested(10) + "</section>"), context: ["l": [1]]) == nil)
    }

    @Test func longPartialChainIsRefusedBeforeRendering() throws {
        var partials: [String: String] = [:]
        for index in 0..<10_000 { partials["p\(index)"] = index == 9_999 ? "<p>fin</p>" : "{{>p\(index + 1)}}" }
        let error = try #require(refusal(set("{{>p0}}", partials: partials)))
        #expect(error.problem.es == Self.tooDeep)
        #expect(error.file == "plantillas/p9.mustache")
        #expect(error.line == 1)
    }

    @Test func sectionsOverAListAreStoppedWhileRendering() throws {
        let items = TemplateValue.list(Array(repeating: ["t": "texto"], count: 40))
        let error = try #require(refusal(set("<section>" + nested(7, body: "<p>{{t}}</p>") + "</section>"), context: ["l": items]))
        #expect(error.file == Self.origin)
        #expect(error.line == 1)
        #expect(error.problem.es == "la plantilla generaría más de 32 MB de texto; ningún documento necesita tanto: revise las secciones y parciales repetidos")
    }

    @Test func partialsThatDoubleAreRefusedBeforeRendering() throws {
        var partials: [String: String] = [:]
        for index in 0..<40 { partials["d\(index)"] = index == 39 ? "<p>" + String(repeating: "x", count: 1000) + "</p>" : "{{>d\(index + 1)}}{{>d\(index + 1)}}" }
        // Depth 41 is refused first; a shallow tripling (depth 11 … within 10 levels) is refused for its size.
        var shallow: [String: String] = [:]
        for index in 0..<9 { shallow["s\(index)"] = index == 8 ? "<p>" + String(repeating: "x", count: 100_000) + "</p>" : "{{>s\(index + 1)}}{{>s\(index + 1)}}{{>s\(index + 1)}}" }
        #expect(refusal(set("{{>d0}}", partials: partials))?.problem.es == Self.tooDeep)
        let error = try #require(refusal(set("<section>{{>s0}}</section>", partials: shallow)))
        #expect(error.file == Self.origin)
        #expect(error.problem.es.hasPrefix("la plantilla generaría más de 32 MB"))
    }

    @Test func budgetedRenderingMatchesPlainRendering() throws {
        let source = "<section>{{#l}}<p>{{t}}</p>{{/l}}{{^vacia}}<p>sin</p>{{/vacia}}{{n.a}}</section>"
        let context: TemplateObject = ["l": [["t": "a"], ["t": "b"]], "vacia": [], "n": ["a": "z"]]
        let rendered = try set(source).render("politica", context: context)
        #expect(rendered == "<section><p>a</p><p>b</p><p>sin</p>z</section>")
    }

    @Test func defaultTemplatesAreWithinTheBounds() throws {
        let defaults = TemplateSet.defaults()
        let bounds = TemplateBounds(sources: defaults.sources, origins: defaults.origins)
        for name in defaults.sources.keys.sorted() { try bounds.check(root: name) }
        #expect((bounds.effectiveDepths().values.max() ?? 0) <= TemplateBounds.maximumDepth)
    }
}
