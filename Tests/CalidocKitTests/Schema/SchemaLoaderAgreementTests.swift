import Foundation
import Testing
@testable import CalidocKit

/// Issue 13: the JSON Schemas editors use and calidoc's loader accept exactly the same spellings
/// of whole numbers, numbers and dates, checked with Python's `jsonschema` (an independent
/// validator) on the issue's examples and on generated spellings.
@Suite struct SchemaLoaderAgreementTests {
    struct WholeProbe: Decodable { let x: Int }
    struct NumberProbe: Decodable { let x: Double }

    /// Spellings people type, the issue's examples, and generated mixtures of digits and signs.
    static let spellings: [String] = {
        var result = [
            "0", "5", "2025", "1.200", "7.112.808", "1.000", "1.2", "1,2", "54,9", "54.9", "-5", "+5", "-0,5", "1e300",
            "9000000000000000000", "999999999999", "1000000000000", "999.999.999.999", "1.000.000.000.000", ".nan", ".inf",
            "-.Inf", "0x10", "1_000", " 5", "5 ", "", "1.2.3", "12.34.567", "0005", "1e3", "٣", "２", "1.", ".5",
            "20-08-2025", "2025-08-20", "2025-02-29", "2024-02-29", "2025-13-01", "0000-01-01", "+202-01-01", "2025-8-20",
        ]
        // A fixed linear congruential generator: the same spellings on every run.
        var state: UInt64 = 13
        let alphabet = Array("0129.,-+e")
        for _ in 0..<400 {
            var text = ""
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let length = Int(state >> 60) % 12 + 1
            for _ in 0..<length {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            result.append(text)
        }
        return result
    }()

    func loaderAccepts<T: Decodable>(_ type: T.Type, _ spelling: String) -> Bool {
        var map = SourceMap()
        var diagnostics: [Diagnostic] = []
        let value = WorkspaceLoader.decode(
            type, text: "x: \"\(spelling)\"\n", file: .manifest, displayPath: "x.yaml", sourceMap: &map, diagnostics: &diagnostics)
        // Accepted means read without an error: `1.200` in a decimal field is read (as 1,2) with
        // a warning (CAL-IN-025), and the schema accepts it too.
        return value != nil && !diagnostics.contains { $0.severity == .error }
    }

    /// What `jsonschema` says of each spelling as the value of `property` in `schema`.
    func schemaAccepts(schema: String, property: String, _ values: [String]) throws -> [Bool] {
        let python = try #require(ExternalTool.require("python"))
        let folder = try TestPaths.temporaryFolder()
        _ = try InputSchemas.write(to: folder)
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            def find(node):
                if isinstance(node, dict):
                    if sys.argv[2] in node.get('properties', {}): return node['properties'][sys.argv[2]]
                    for value in node.values():
                        found = find(value)
                        if found is not None: return found
                if isinstance(node, list):
                    for value in node:
                        found = find(value)
                        if found is not None: return found
            validator = jsonschema.Draft7Validator(find(schema), format_checker=jsonschema.FormatChecker())
            print(''.join('1' if validator.is_valid(v) else '0' for v in json.load(open(sys.argv[3]))))
            """
        let list = folder.appending(path: "values.json")
        try JSONSerialization.data(withJSONObject: values).write(to: list)
        let (status, output) = try ExternalTool.run(python, ["-c", script, folder.appending(path: schema).path, property, list.path])
        #expect(status == 0, "\(output)")
        return output.trimmingCharacters(in: .whitespacesAndNewlines).map { $0 == "1" }
    }

    @Test func wholeNumbersAgree() throws {
        let schema = try schemaAccepts(schema: "politica.schema.json", property: "numero_aproximado", Self.spellings)
        let loader = Self.spellings.map { loaderAccepts(WholeProbe.self, $0) }
        let disagreements = Self.spellings.indices.filter { schema[$0] != loader[$0] }.map { "«\(Self.spellings[$0])» schema \(schema[$0]) loader \(loader[$0])" }
        #expect(disagreements.isEmpty, "\(disagreements)")
        #expect(loaderAccepts(WholeProbe.self, "1.200") && loaderAccepts(WholeProbe.self, "7.112.808"))
    }

    @Test func numbersAgree() throws {
        let schema = try schemaAccepts(schema: "diagnostico.schema.json", property: "promedio", Self.spellings)
        let loader = Self.spellings.map { loaderAccepts(NumberProbe.self, $0) }
        let disagreements = Self.spellings.indices.filter { schema[$0] != loader[$0] }.map { "«\(Self.spellings[$0])» schema \(schema[$0]) loader \(loader[$0])" }
        #expect(disagreements.isEmpty, "\(disagreements)")
    }

    @Test func datesAgree() throws {
        let schema = try schemaAccepts(schema: "sesion.schema.json", property: "fecha", Self.spellings)
        let loader = Self.spellings.map { ISODate($0) != nil }
        let disagreements = Self.spellings.indices.filter { schema[$0] != loader[$0] }.map { "«\(Self.spellings[$0])» schema \(schema[$0]) loader \(loader[$0])" }
        #expect(disagreements.isEmpty, "\(disagreements)")
        #expect(ISODate("20-08-2025") == nil)
    }

    /// The issue's examples in whole files, read by PyYAML as an editor would (typed values).
    @Test func issueExamplesAgreeInWholeFiles() throws {
        let python = try #require(ExternalTool.require("python"))
        let folder = try TestPaths.temporaryFolder()
        _ = try InputSchemas.write(to: folder)
        let policy = try String(contentsOf: TestPaths.servicio.appending(path: "politica.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "numero_aproximado: 345", with: "numero_aproximado: 1.200")
            .replacingOccurrences(of: "numero_aproximado: 96000", with: "numero_aproximado: 7.112.808")
        let session = "numero: 1\nfecha: 20-08-2025\ncontenido: [Bienvenida]\n"
        try Data(policy.utf8).write(to: folder.appending(path: "politica.yaml"))
        try Data(session.utf8).write(to: folder.appending(path: "sesion.yaml"))
        let script = """
            import json, sys, yaml, jsonschema
            class Loader(yaml.SafeLoader): pass
            Loader.yaml_implicit_resolvers = {k: [r for r in v if r[0] != 'tag:yaml.org,2002:timestamp']
                                              for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
            for name in ['politica', 'sesion']:
                schema = json.load(open(f'{sys.argv[1]}/{name}.schema.json'))
                data = yaml.load(open(f'{sys.argv[1]}/{name}.yaml'), Loader=Loader)
                errors = list(jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker()).iter_errors(data))
                print(name, [list(e.path) for e in errors])
            """
        let (status, output) = try ExternalTool.run(python, ["-c", script, folder.path])
        #expect(status == 0)
        #expect(output.contains("politica []"), "\(output)")
        #expect(output.contains("sesion [['fecha'], ['fecha']]"), "\(output)")  // pattern and format
        let loaded = WorkspaceLoader.load(files: [
            .manifest: Array(WorkspaceLoaderTests.manifest.utf8), .politica: Array(policy.utf8),
        ], directory: folder)
        #expect(!loaded.diagnostics.contains { $0.location?.file.hasSuffix("politica.yaml") == true })
        #expect(SessionLoader.read(folder.appending(path: "sesion.yaml")).1.map(\.code) == ["R-FEC-01"])
    }
}
