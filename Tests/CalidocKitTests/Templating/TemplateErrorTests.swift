import Foundation
import Testing
@testable import CalidocKit

@Suite struct TemplateErrorTests {
    /// A copy of the servicio sample whose manifest points at an override folder holding `files`.
    static func workspaceOverriding(_ files: [String: String]) throws -> Workspace {
        let folder = try TestPaths.temporaryFolder()
        for name in ["calidoc.yaml", "politica.yaml", "plan.yaml", "diagnostico.yaml"] {
            try FileManager.default.copyItem(
                at: TestPaths.servicio.appending(path: name), to: folder.appending(path: name))
        }
        let manifest = folder.appending(path: "calidoc.yaml")
        let text = try String(contentsOf: manifest, encoding: .utf8) + "plantillas: mis-plantillas\n"
        try Data(text.utf8).write(to: manifest)
        let templates = folder.appending(path: "mis-plantillas")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        for (name, body) in files { try Data(body.utf8).write(to: templates.appending(path: name)) }
        return try #require(WorkspaceLoader.load(at: folder).workspace)
    }

    func error(_ files: [String: String]) throws -> TemplateError? {
        let workspace = try Self.workspaceOverriding(files)
        do {
            _ = try DocumentBuilder(workspace: workspace).build(.politica, from: workspace)
            return nil
        } catch let error as TemplateError {
            return error
        }
    }

    @Test func unknownElementIsReportedWithFileAndLine() throws {
        let failure = try #require(try error(["portada.mustache": "<h1>{{titulo}}</h1>\n<p>ok</p>\n<div>{{titulo}}</div>\n"]))
        #expect(failure.file.hasSuffix("mis-plantillas/portada.mustache"))
        #expect(failure.line == 3)
        #expect(failure.problem.es.hasPrefix("elemento «<div>» no permitido en las plantillas"))
        #expect(failure.message(.es).contains("portada.mustache:3: error:"))
    }

    @Test func unclosedTagIsReportedWithFileAndLine() throws {
        let failure = try #require(try error(["portada.mustache": "<h1>{{titulo}}</h1>\n<p>sin cerrar\n<p>otro</p>\n"]))
        #expect(failure.file.hasSuffix("portada.mustache"))
        #expect(failure.line == 4)
        #expect(failure.problem.es.hasPrefix("marcado mal formado"))
    }

    @Test func missingPartialIsReportedWithFileAndLine() throws {
        let failure = try #require(try error(["portada.mustache": "<h1>{{titulo}}</h1>\n\n{{> no-existe}}\n"]))
        #expect(failure.line == 3)
        #expect(failure.problem.es == "el parcial «no-existe» no existe")
    }

    @Test func mustacheSyntaxErrorIsReported() throws {
        let failure = try #require(try error(["portada.mustache": "<h1>{{titulo}}</h1>\n{{#seccion}}<p>x</p>\n"]))
        #expect(failure.file.hasSuffix("portada.mustache"))
        #expect(failure.problem.es.contains("Mustache"))
    }

    @Test func overridingOnePartialChangesOnlyThatPart() throws {
        let original = try #require(WorkspaceLoader.load(at: TestPaths.servicio).workspace)
        let before = try DocumentBuilder(workspace: original).build(.politica, from: original)
        let workspace = try Self.workspaceOverriding(["portada.mustache": "<h1 class=\"titulo\">{{titulo}} (borrador)</h1>\n"])
        let after = try DocumentBuilder(workspace: workspace).build(.politica, from: workspace)
        let beforeBody = before.blocks.drop { if case .section = $0 { return false } else { return true } }
        let afterBody = after.blocks.drop { if case .section = $0 { return false } else { return true } }
        #expect(Array(beforeBody) == Array(afterBody))
        #expect(after.blocks.count == beforeBody.count + 1)
        #expect(after.dump().contains("Heading(1) .titulo \"Política de Calidad de Servicio y Experiencia Usuaria (borrador)\""))
    }

    @Test func blankingKeepsLineNumbers() {
        let source = "<p>{{a}}</p>\n{{#b}}\n<p>{{{c}}}</p>{{/b}}\n"
        #expect(TemplateCheck.blankingTags(source) == "<p>x</p>\n\n<p>x</p>\n")
    }

    @Test func anOverrideInMemoryIsCheckedAsAFolderOverrideIs() throws {
        let broken = TemplateSet.defaults().overriding("portada", with: "<h1>{{titulo}}\n", origin: "memoria/portada.mustache")
        #expect(broken.sources["portada"] == "<h1>{{titulo}}\n")
        let error = try #require(throws: TemplateError.self) { try broken.check() }
        #expect(error.file == "memoria/portada.mustache")
        try TemplateSet.defaults().overriding("portada", with: "<h1>{{titulo}}</h1>\n", origin: "memoria").check()
    }

    @Test func everyDefaultTemplatePassesTheStaticCheck() throws {
        let set = TemplateSet.defaults()
        #expect(Set(set.sources.keys).isSuperset(of: ["politica", "plan", "diagnostico", "portada"]))
        try set.checkAll()
        for name in set.sources.keys { _ = try set.library(for: name) }
    }
}
