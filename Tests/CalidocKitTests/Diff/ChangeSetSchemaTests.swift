import Foundation
import Testing
@testable import CalidocKit

/// `--format json` says what README says (empty keys omitted) and what `cambios.schema.json`
/// describes, checked by Python's jsonschema, an implementation nobody here wrote.
@Suite struct ChangeSetSchemaTests {
    /// Change sets of every kind the samples give: GORE's two pairs, identical versions, and the
    /// servicio sample with items added, removed, moved, reworded and re-characterised.
    static func changeSets() throws -> [ChangeSet] {
        let gore1 = try ChangeSetTests.workspace(TestPaths.goreV1)
        let gore2 = try ChangeSetTests.workspace(TestPaths.goreV2)
        let gore3 = try ChangeSetTests.workspace(TestPaths.gore)
        let servicio = try ChangeSetTests.workspace(TestPaths.servicio)
        var edited = servicio
        edited.policy?.principios.items[0].nombre = "Simpleza"
        edited.policy?.principios.items.swapAt(1, 2)
        edited.policy?.actores.items[0].responsabilidades += ["Uno más.", "Y otro."]
        edited.policy?.objetivos.items.removeLast()
        if let count = edited.policy?.usuarios.items.count {
            for index in 0..<count { edited.policy?.usuarios.items[index].caracteristicas = "Nuevo \(index)." }
        }
        edited.plan?.actividades.removeFirst()
        return [
            ChangeSet.compute(old: gore1, new: gore2), ChangeSet.compute(old: gore2, new: gore3),
            ChangeSet.compute(old: gore2, new: gore3, language: .en), ChangeSet.compute(old: gore3, new: gore3),
            ChangeSet.compute(old: servicio, new: edited), ChangeSet.compute(old: edited, new: servicio),
        ]
    }

    @Test func emptyKeysAreOmittedAndReadBack() throws {
        for changes in try Self.changeSets() {
            let bytes = try changes.json()
            let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
            var empties: [String] = []
            func walk(_ value: Any, _ path: String) {
                if let array = value as? [Any] {
                    if array.isEmpty && path != "secciones" { empties.append(path) }
                    for (index, item) in array.enumerated() { walk(item, "\(path)[\(index)]") }
                } else if let dictionary = value as? [String: Any] {
                    for (key, item) in dictionary { walk(item, path.isEmpty ? key : "\(path).\(key)") }
                }
            }
            walk(object, "")
            #expect(empties.isEmpty, "empty lists written: \(empties)")
            #expect(try JSONDecoder().decode(ChangeSet.self, from: Data(bytes)) == changes)
        }
    }

    @Test func everyChangeSetMatchesThePublishedSchema() throws {
        let python = try #require(ExternalTool.require("python"))
        let folder = try TestPaths.temporaryFolder()
        let written = try InputSchemas.write(to: folder)
        let schema = folder.appending(path: ChangeSetSchema.fileName)
        #expect(written.contains(schema))
        var files: [String] = []
        for (index, changes) in try Self.changeSets().enumerated() {
            let url = folder.appending(path: "cambios-\(index).json")
            try Data(try changes.json()).write(to: url)
            files.append(url.path)
        }
        // A document the schema must refuse: an empty list written out, an unknown key.
        let bad = folder.appending(path: "malo.json")
        try Data(#"{"schemaVersion": 1, "versionAnterior": "1", "versionNueva": "2", "recomendaciones": [], "secciones": [], "otro": 1}"#.utf8).write(to: bad)
        let script = """
            import json, sys, jsonschema
            validator = jsonschema.Draft7Validator(json.load(open(sys.argv[1])))
            jsonschema.Draft7Validator.check_schema(validator.schema)
            for path in sys.argv[2:]:
                errors = sorted(e.message for e in validator.iter_errors(json.load(open(path))))
                print(path.rsplit('/', 1)[-1], 'ok' if not errors else 'refused: ' + '; '.join(errors))
            """
        let (status, output) = try ExternalTool.run(python, ["-c", script, schema.path] + files + [bad.path])
        #expect(status == 0, "\(output)")
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.count == files.count + 1, "\(output)")
        for line in lines.dropLast() { #expect(line.hasSuffix(" ok"), "\(line)") }
        #expect(lines.last?.hasPrefix("malo.json refused: ") == true, "\(output)")
    }
}
