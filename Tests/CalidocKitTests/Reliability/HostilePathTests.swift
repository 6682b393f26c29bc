import Foundation
import Testing
@testable import CalidocKit

/// Hostile templates and manifest paths (issue #9): a template that includes itself, and paths
/// that lead out of the workspace. Each is refused with the file and line, and nothing is written.
/// Ordinary template errors (unknown element, unclosed tag, missing partial) are in `TemplateErrorTests`.
@Suite struct HostilePathTests {
    static let dotDot = "contiene «..»: debe quedar dentro de la carpeta del espacio de trabajo (copie el archivo dentro de ella)"
    static let absolute = "es una ruta absoluta; use una ruta relativa a la carpeta del espacio de trabajo"

    /// A workspace whose manifest selects `mis-plantillas/` holding `files`.
    static func workspace(templates files: [String: String]) throws -> HostileWorkspace {
        let workspace = try HostileWorkspace()
        try workspace.appendToManifest("plantillas: mis-plantillas\n")
        try FileManager.default.createDirectory(at: workspace.url("mis-plantillas"), withIntermediateDirectories: true)
        for (name, text) in files { try workspace.write("mis-plantillas/" + name, text) }
        return workspace
    }

    /// Builds, expects a ``TemplateError`` and checks that nothing was written.
    static func templateError(_ workspace: HostileWorkspace, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws
        -> TemplateError
    {
        let error = workspace.build()
        #expect(try workspace.outputs().isEmpty, sourceLocation: sourceLocation)
        return try #require(error as? TemplateError, "got \(String(describing: error))", sourceLocation: sourceLocation)
    }

    /// `{{> portada}}` inside `portada.mustache` would recurse until the stack overflows and the
    /// process dies; a cycle through two templates too. Refused at the inclusion that closes it.
    @Test(arguments: [
        (["portada.mustache": "<h1>{{titulo}}</h1>\n{{> portada}}\n"], "portada.mustache", 2, "portada → portada"),
        (["portada.mustache": "<h1>{{titulo}}</h1>\n{{>pie}}\n", "pie.mustache": "{{> portada }}\n"], "pie.mustache", 1,
         "portada → pie → portada"),
        (["portada.mustache": "<h1>{{titulo}}</h1>\n{{< portada}}{{/portada}}\n"], "portada.mustache", 2, "portada → portada"),
    ])
    func aTemplateThatIncludesItselfIsRefused(files: [String: String], file: String, line: Int, cycle: String) throws {
        let failure = try Self.templateError(try Self.workspace(templates: files))
        #expect(failure.file.hasSuffix("/mis-plantillas/" + file))
        #expect(failure.line == line)
        #expect(failure.problem.es == "la plantilla se incluye a sí misma (\(cycle)): nunca terminaría de generarse; quite esa inclusión")
        #expect(failure.message(.en).contains("\(file):\(line): error: the template includes itself (\(cycle))"))
    }

    /// What static checks cannot follow is refused: a partial named by the data (`{{>*titulo}}`
    /// could name `politica` itself) and a change of delimiters (`<%> portada %>` hides the partial).
    @Test(arguments: [
        ("<h1>{{titulo}}</h1>\n{{>*titulo}}\n", 2, "los parciales dinámicos («{{>*titulo}}») no se admiten: nombre el parcial directamente"),
        ("<h1>{{titulo}}</h1>\n{{=<% %>=}}\n<%> portada %>\n", 2,
         "las plantillas no pueden cambiar los delimitadores de Mustache («{{=… …=}}»)"),
    ])
    func partialsStaticChecksCannotFollowAreRefused(template: String, line: Int, problem: String) throws {
        let failure = try Self.templateError(try Self.workspace(templates: ["portada.mustache": template]))
        #expect(failure.file.hasSuffix("/mis-plantillas/portada.mustache"))
        #expect(failure.line == line)
        #expect(failure.problem.es == problem)
    }

    /// A template file that is a link to a file outside the workspace is not read.
    @Test func aTemplateLinkedOutsideIsRefused() throws {
        let workspace = try Self.workspace(templates: [:])
        let link = workspace.url("mis-plantillas/portada.mustache")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/etc/passwd")
        let failure = try Self.templateError(workspace)
        #expect(failure.file == link.path)
        #expect(failure.problem.es.hasPrefix("es un enlace simbólico a «/etc/passwd», fuera de la carpeta del espacio de trabajo"))
    }

    /// Manifest paths that leave the workspace: `..`, absolute paths, and symbolic links (to a
    /// file, to a folder, and a folder link under a path that does not exist yet). Validation
    /// refuses them at the manifest's line and column, so nothing is built.
    @Test(arguments: [
        ("logo", "../../etc/passwd", dotDot), ("logo", "/etc/passwd", absolute), ("logo", "~/logo.png", absolute),
        ("logo", "enlace.png", "es un enlace simbólico a «/etc/passwd», fuera de la carpeta del espacio de trabajo"),
        ("plantillas", "../plantillas", dotDot), ("plantillas", "sub/../../x", dotDot),
        ("plantillas", "carpeta-enlace", "es un enlace simbólico a «OUTSIDE», fuera de la carpeta del espacio de trabajo"),
        ("referencia_odt", "/tmp/referencia.odt", absolute), ("referencia_docx", "../ref.docx", dotDot),
        ("referencia_pptx", "/etc/passwd", absolute),
        ("archivo", "carpeta-enlace/nuevo", "es un enlace simbólico a «OUTSIDE/nuevo», fuera de la carpeta del espacio de trabajo"),
    ])
    func manifestPathsStayInsideTheWorkspace(key: String, value: String, problem: String) throws {
        let workspace = try HostileWorkspace()
        let outside = try TestPaths.temporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: workspace.url("enlace.png").path, withDestinationPath: "/etc/passwd")
        try FileManager.default.createSymbolicLink(at: workspace.url("carpeta-enlace"), withDestinationURL: outside)
        let line: Int
        let column: Int
        if key == "logo" {
            let manifest = try String(contentsOf: workspace.url("calidoc.yaml"), encoding: .utf8)
            try workspace.write("calidoc.yaml", manifest.replacingOccurrences(of: "institucion:\n", with: "institucion:\n  logo: \"\(value)\"\n"))
            (line, column) = (5, 9)
        } else {
            line = try workspace.nextManifestLine()
            try workspace.appendToManifest("\(key): \"\(value)\"\n")
            column = key.count + 3
        }
        let error = workspace.build()
        #expect(try workspace.outputs().isEmpty)
        let failure = try #require(error as? BuildFailure)
        let diagnostic = try #require(failure.diagnostics.first { $0.code == "CAL-VA-003" })
        #expect(failure.diagnostics.filter { $0.severity == .error }.count == 1)
        #expect(diagnostic.location?.file == workspace.url("calidoc.yaml").path)
        #expect(diagnostic.location.map { [$0.line, $0.column] } == [line, column])
        let name = key == "logo" ? "institucion.logo" : key
        let real = (try? FileManager.default.destinationOfSymbolicLink(atPath: workspace.url("carpeta-enlace").path)) ?? ""
        let expected = "la ruta «\(value)» de «\(name)» no se puede usar: "
            + problem.replacingOccurrences(of: "OUTSIDE", with: URL(fileURLWithPath: real).resolvingSymlinksInPath().path)
        #expect(diagnostic.message.es.hasPrefix(expected), "\(diagnostic.message.es)")
    }

    /// The same paths are refused by the library entry points themselves, for callers that skip
    /// validation.
    @Test func entryPointsRefuseOutsidePathsWithoutValidation() throws {
        let workspace = try HostileWorkspace()
        try workspace.appendToManifest("plantillas: ../fuera\nreferencia_odt: /etc/passwd\n")
        var loaded = try #require(WorkspaceLoader.load(at: workspace.folder).workspace)
        #expect(throws: TemplateError.self) { _ = try DocumentBuilder(workspace: loaded) }
        loaded.manifest.plantillas = nil
        let request = BuildPipeline.Request(workspace: workspace.folder, outputRoot: workspace.output)
        #expect(throws: WriterError.self) { _ = try ReferenceDocument.options(for: .odt, request: request, workspace: loaded) }
        loaded.manifest.institucion.logo = "../../etc/passwd"
        #expect(throws: BuildError.self) { _ = try LogoResource.load(for: loaded) }
    }
}
