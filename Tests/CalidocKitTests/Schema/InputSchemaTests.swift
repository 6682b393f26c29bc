import Foundation
import Testing
@testable import CalidocKit

@Suite struct InputSchemaTests {
    @Test func schemaFollowsTheModel() {
        let policy = InputSchemas.node(Policy.self)
        #expect(policy.allKeys.isSuperset(of: [
            "contexto", "parrafos_finales", "definiciones_estrategicas", "objetivos_institucionales", "numero_aproximado",
            "ejemplos_como", "involucramiento", "responsabilidades", "ambitos", "termino", "definicion", "responde_a",
        ]))
        guard case .object(_, let required) = policy else {
            Issue.record("policy schema is not an object")
            return
        }
        #expect(required.contains("contexto") && required.contains("glosario") && !required.contains("titulo"))
        let plan = InputSchemas.node(ImprovementPlan.self)
        #expect(plan.allKeys.isSuperset(of: ["area_responsable", "poblacion_objetivo", "linea_base", "meta", "medios_verificacion", "nota_tecnica"]))
        let diagnosis = InputSchemas.node(Diagnosis.self)
        #expect(diagnosis.allKeys.isSuperset(of: ["hasta_10_dias", "mas_20_dias", "fuera_de_plazo", "porcentaje_satisfechos", "otra_razon"]))
    }

    /// Every sample validates against the written schemas with Python's `jsonschema` (an independent validator).
    @Test func samplesValidateAgainstTheSchemas() throws {
        guard let python = ExternalTool.require("python") ?? ExternalTool.find("python3") else { return }
        let folder = try TestPaths.temporaryFolder()
        _ = try InputSchemas.write(to: folder)
        let script = """
            import json, sys, yaml, jsonschema, pathlib
            class Loader(yaml.SafeLoader): pass
            # Dates stay text, as calidoc reads them.
            Loader.yaml_implicit_resolvers = {k: [r for r in v if r[0] != 'tag:yaml.org,2002:timestamp']
                                              for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
            schemas, failures = pathlib.Path(sys.argv[1]), 0
            for path in sys.argv[2:]:
                p = pathlib.Path(path)
                name = 'calidoc' if p.name == 'calidoc.yaml' else ('sesion' if p.parent.name == 'sesiones' else p.stem)
                schema = json.loads((schemas / f'{name}.schema.json').read_text())
                errors = list(jsonschema.Draft7Validator(schema).iter_errors(yaml.load(p.read_text(), Loader=Loader)))
                for e in errors: print(path, list(e.path), e.message)
                failures += len(errors)
            sys.exit(1 if failures else 0)
            """
        let yamlFiles = try FileManager.default.subpathsOfDirectory(atPath: TestPaths.samples.path)
            .filter { $0.hasSuffix(".yaml") }.map { TestPaths.samples.appending(path: $0).path }
        #expect(yamlFiles.count >= 14)
        let (status, output) = try ExternalTool.run(python, ["-c", script, folder.path] + yamlFiles)
        #expect(status == 0, "jsonschema: \(output)")
        // And a typo is caught by the schema too.
        let bad = folder.appending(path: "calidoc.yaml")
        try Data("institucion: {nombre: X, nombre_cortoo: Y}\n".utf8).write(to: bad)
        let (badStatus, badOutput) = try ExternalTool.run(python, ["-c", script, folder.path, bad.path])
        #expect(badStatus == 1 && badOutput.contains("nombre_cortoo"))
    }

    @Test func initCreatesAWorkspaceThatValidates() throws {
        let folder = try TestPaths.temporaryFolder().appending(path: "nuevo")
        let files = try WorkspaceScaffold.create(in: folder, institution: "Servicio \"Prueba\" & Cía: ñandú", date: "2025-05-01")
        #expect(files.map(\.lastPathComponent).contains("politica.yaml"))
        let result = WorkspaceValidation.run(at: folder)
        // No errors; the example texts are flagged (R-TXT-01) until replaced.
        #expect(result.errors.isEmpty, "\(result.errors.map { $0.headline(.es) })")
        #expect(Set(result.diagnostics.map(\.code)) == ["R-TXT-01"], "\(result.diagnostics.map { $0.headline(.es) })")
        #expect(result.loaded.workspace?.manifest.institucion.nombre == "Servicio \"Prueba\" & Cía: ñandú")
        #expect(throws: WorkspaceScaffold.Failure.self) {
            _ = try WorkspaceScaffold.create(in: folder, institution: "Otra", date: "2025-05-01")
        }
        // The scaffold also builds.
        let out = try TestPaths.temporaryFolder()
        let build = try BuildPipeline().run(.init(workspace: folder, formats: [.html], outputRoot: out))
        #expect(build.written.count == 3)
    }
}
