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
        #expect(error.message(.es).contains("la plantilla se incluye a sí misma (portada → portada)"))
        #expect(error.message(.en).contains("the template includes itself (portada → portada)"))
    }

    /// The same through a chain of partials, inside a section, from a workspace's `plantillas` folder.
    @Test func aChainOfPartialsBackToItselfIsATemplateError() throws {
        let workspace = try TemplateErrorTests.workspaceOverriding([
            "portada.mustache": "<h1>{{titulo}}</h1>\n{{#titulo}}{{> firma}}{{/titulo}}\n",
            "firma.mustache": "<p>{{institucion}}</p>\n{{> portada}}\n",
        ])
        let builder = try DocumentBuilder(workspace: workspace)
        let error = try #require(throws: TemplateError.self) { try builder.build(.politica, from: workspace) }
        // The error names the inclusion that closes the loop, in one of the two files.
        #expect(error.file.hasSuffix("mis-plantillas/portada.mustache") || error.file.hasSuffix("mis-plantillas/firma.mustache"))
        #expect(error.line == 2)
        let english = error.message(.en)
        #expect(english.contains("portada → firma → portada") || english.contains("firma → portada → firma"))
    }

    /// Partials used more than once, or by several templates, are not cycles.
    @Test func sharedPartialsAreNotCycles() {
        #expect(PartialGraph(sources: TemplateSet.defaults().sources).firstCycle() == nil)
        #expect(PartialGraph(sources: ["a": "{{> c}}{{> b}}", "b": "{{> c}}\n{{> c}}", "c": "x"]).firstCycle() == nil)
        let cycle = PartialGraph(sources: ["a": "{{> b}}", "b": "\n\n{{> a}}"]).firstCycle()
        #expect(cycle?.path == ["a", "b", "a"])
        #expect(cycle?.template == "b" && cycle?.line == 3)
    }
}
