import Foundation
import Testing
@testable import CalidocKit

/// Issue 15: the template contexts are typed records; their keys are listed from the same types,
/// published in `Templates/claves.md` and checked in a workspace's own templates.
@Suite struct TemplateKeyTests {
    static let referenceFile = TestPaths.repository.appending(path: "Templates/claves.md")

    @Test func referenceIsUpToDate() throws {
        let generated = TemplateKeyReference.markdown()
        if ProcessInfo.processInfo.environment["CALIDOC_RECORD"] != nil {
            try Data(generated.utf8).write(to: Self.referenceFile)
            return
        }
        let committed = try String(contentsOf: Self.referenceFile, encoding: .utf8)
        #expect(committed == generated, "Templates/claves.md is out of date; run with CALIDOC_RECORD=1 to regenerate it")
    }

    @Test func everyKeyHasAKindTemplatesCanRead() {
        func unsupported(_ keys: [TemplateKey], path: String) -> [String] {
            keys.flatMap { key -> [String] in
                let here = path + key.name
                switch key.kind {
                case .unsupported, .list(.unsupported): return [here]
                case .text, .html, .flag, .list, .object: return unsupported(key.kind.scopeKeys ?? [], path: here + ".")
                }
            }
        }
        for root in DocumentKeys.roots {
            #expect(!root.keys.isEmpty, "\(root.template): no keys")
            #expect(unsupported(root.keys, path: "").isEmpty, "\(root.template): \(unsupported(root.keys, path: ""))")
        }
    }

    @Test func keysKeepTheirSpellingAndOrder() throws {
        let policy = try #require(DocumentKeys.keys(forTemplate: "politica"))
        #expect(policy.map(\.name) == [
            "titulo", "institucion", "version", "pmg", "contexto", "definiciones", "principios", "objetivos", "relacion",
            "usuarios", "actores", "directrices", "glosario",
        ])
        let definitions = try #require(policy.first { $0.name == "definiciones" }?.kind.scopeKeys)
        #expect(definitions.map(\.name) == ["titulo", "mision_html", "vision_html", "tiene_titulo", "introduccion", "objetivos"])
        #expect(definitions.first { $0.name == "mision_html" }?.kind == .html)
        #expect(definitions.first { $0.name == "tiene_titulo" }?.kind == .flag)
        let progress = try #require(DocumentKeys.keys(forTemplate: "informe"))
        let activity = try #require(progress.first { $0.name == "actividades" }?.kind.scopeKeys)
        #expect(activity.first { $0.name == "nuevo_plazo" }?.isOptional == true)
        #expect(activity.first { $0.name == "nombre" }?.isOptional == false)
    }

    @Test func shippedTemplatesUseOnlyDeclaredKeys() {
        let defaults = TemplateSet.defaults()
        let check = TemplateKeyCheck(sources: defaults.sources, origins: defaults.origins, reported: Set(defaults.sources.keys))
        let problems = check.diagnostics().map { "\($0.location?.description ?? ""): \($0.message.es)" }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    static let override = """
        <section>
        <h1>{{titulo}}</h1>
        <p>{{institucion.nombre}} — {{institucion.nombr}}</p>
        {{#principios}}{{#items}}<p>{{nombre}}: {{{descripcion_html}}} {{titulo}} {{descripcion}}</p>{{/items}}{{/principios}}
        {{#definiciones}}<p>{{{mision_html}}} {{{titulo}}}</p>{{/definiciones}}
        {{>pie}}
        </section>
        """

    @Test func unknownKeysInAnOverrideAreLocated() throws {
        let folder = URL(fileURLWithPath: "/espacio")
        let set = TemplateSet.defaults()
            .overriding("politica", with: Self.override, origin: "/espacio/plantillas/politica.mustache")
            .overriding("pie", with: "<p>{{version.etiqueta}} {{version.numero}}</p>", origin: "/espacio/plantillas/pie.mustache")
        try set.check()
        let warnings = set.keyDiagnostics(relativeTo: folder)
        let found = warnings.map { "\($0.location?.description ?? "") \($0.code) \($0.message.es)" }
        #expect(found == [
            "plantillas/pie.mustache:1:25 CAL-PL-003 la clave «version.numero» no existe en el documento «Política» (politica.mustache), que incluye esta plantilla: se imprimiría vacía",
            "plantillas/politica.mustache:3:29 CAL-PL-003 la clave «institucion.nombr» no existe en este documento: se imprimiría vacía",
            "plantillas/politica.mustache:4:75 CAL-PL-003 la clave «descripcion» no existe en este documento: se imprimiría vacía",
            "plantillas/politica.mustache:5:39 CAL-PL-003 la clave «titulo» es texto: con llaves triples se escribiría sin escapar y un «<» o «&» escrito en los datos rompería el documento",
        ], "\(found.joined(separator: "\n"))")
        #expect(warnings.allSatisfy { $0.severity == .warning })
        let misspelt = try #require(warnings.first { $0.message.es.contains("institucion.nombr") })
        #expect(misspelt.hint?.es.contains("«institucion.nombre»") == true)
        #expect(misspelt.message.en == "the key «institucion.nombr» does not exist in this document: it would print empty")
    }

    @Test func validateReportsUnknownKeysOfTheWorkspaceTemplates() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in try FileManager.default.contentsOfDirectory(atPath: TestPaths.servicio.path) {
            try FileManager.default.copyItem(at: TestPaths.servicio.appending(path: name), to: folder.appending(path: name))
        }
        let manifest = folder.appending(path: "calidoc.yaml")
        try Data((try String(contentsOf: manifest, encoding: .utf8) + "\nplantillas: plantillas\n").utf8).write(to: manifest)
        try FileManager.default.createDirectory(at: folder.appending(path: "plantillas"), withIntermediateDirectories: true)
        try Data("<section>\n  <p>{{periodoo}}</p>\n</section>\n".utf8).write(to: folder.appending(path: "plantillas/plan.mustache"))

        let report = WorkspaceValidation.run(at: folder)
        let warning = try #require(report.diagnostics.first { $0.code == TemplateKeyCheck.code })
        #expect(warning.location == SourceLocation(file: "plantillas/plan.mustache", line: 2, column: 6))
        #expect(warning.message.es.contains("«periodoo»"))
        #expect(warning.hint?.es.contains("«periodo»") == true)
        #expect(warning.rendered(.en, sourceLine: nil).contains("the key «periodoo» does not exist in this document"))
        #expect(report.errors.isEmpty)
        // A warning, not an error: the build goes on (and prints it), unless --strict.
        #expect(!report.failed(strict: false))
        #expect(report.failed(strict: true))
    }
}
