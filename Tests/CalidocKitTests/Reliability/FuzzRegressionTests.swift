import Foundation
import Testing
@testable import CalidocKit

/// Inputs that crashed calidoc under the fuzz targets (`bash .ci/fuzz`), kept as regression tests.
/// Each replays through the same public path the fuzz target used, plus the user's own path.
@Suite struct FuzzRegressionTests {
    /// calidoc-fuzz-templates: a `portada.mustache` override that includes itself recursed in the
    /// Mustache renderer until the stack overflowed (SIGSEGV) on every build of the workspace.
    @Test func aPartialThatIncludesItselfIsATemplateError() throws {
        let templates = TemplateSet.defaults().overriding("portada", with: "<p>{{> portada}}</p>\n", origin: "portada.mustache")
        let error = try #require(throws: TemplateError.self) { try templates.check() }
        #expect(error.file == "portada.mustache")
        #expect(error.line == 1)
        #expect(error.message(.es).contains("el parcial «portada» se incluye a sí mismo (portada → portada)"))
        #expect(error.message(.en).contains("partial «portada» includes itself (portada → portada)"))
    }

    /// The same through a chain of partials, inside a section, from a workspace's `plantillas` folder.
    @Test func aChainOfPartialsBackToItselfIsATemplateError() throws {
        let workspace = try TemplateErrorTests.workspaceOverriding([
            "portada.mustache": "<h1>{{titulo}}</h1>\n{{#titulo}}{{> firma}}{{/titulo}}\n",
            "firma.mustache": "<p>{{institucion}}</p>\n{{> portada}}\n",
        ])
        let builder = try DocumentBuilder(workspace: workspace)
        let error = try #require(throws: TemplateError.self) { try builder.build(.politica, from: workspace) }
        #expect(error.file.hasSuffix("mis-plantillas/portada.mustache"))
        #expect(error.line == 2)
        #expect(error.message(.en).contains("partial «portada» includes itself (portada → firma → portada)"))
    }

    /// Partials used more than once, or by several templates, are not cycles.
    @Test func sharedPartialsAreNotCycles() {
        #expect(TemplateCheck.partialCycle(in: TemplateSet.defaults().sources) == nil)
        #expect(TemplateCheck.partialCycle(in: ["a": "{{> c}}{{> b}}", "b": "{{> c}}\n{{> c}}", "c": "x"]) == nil)
        #expect(TemplateCheck.partialCycle(in: ["a": "{{> b}}", "b": "\n\n{{> a}}"]) == PartialCycle(names: ["a", "b", "a"], line: 1))
    }
}
