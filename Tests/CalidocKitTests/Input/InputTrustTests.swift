import Foundation
import Testing
@testable import CalidocKit

/// Issue 13: every mistake in an input file gets a located Spanish message; numbers out of range,
/// characters no document can hold (whatever their spelling), Word's spaces and quotes, text eaten by
/// a YAML comment, and YAML syntax errors, each at its own line and column.
@Suite struct InputTrustTests {
    func headlines(_ files: [String: String]) throws -> [String] {
        let loaded = WorkspaceLoader.load(at: try TestPaths.workspace(files))
        return loaded.diagnostics.map { diagnostic in
            let location = diagnostic.location.map { "\(URL(fileURLWithPath: $0.file).lastPathComponent):\($0.line):\($0.column)" } ?? "-"
            return "\(location) \(diagnostic.code) \(diagnostic.message.es)"
        }
    }

    func manifest(replacing old: String, with new: String) -> String {
        WorkspaceLoaderTests.manifest.replacingOccurrences(of: old, with: new)
    }

    // MARK: numbers

    @Test(arguments: [
        ("anio: 9000000000000000000", "calidoc.yaml:4:9 CAL-IN-020 el número «9000000000000000000» está fuera del rango admitido (de 0 a 999.999.999.999)"),
        ("anio: 1e300", "calidoc.yaml:4:9 CAL-IN-020 el número «1e300» está fuera del rango admitido (de 0 a 999.999.999.999)"),
        ("anio: -5", "calidoc.yaml:4:9 CAL-IN-020 el número «-5» no puede ser negativo: se espera un número entero entre 0 y 999.999.999.999"),
        ("anio: .nan", "calidoc.yaml:4:9 CAL-IN-021 «.nan» no es una cifra que un documento pueda mostrar (es «no es un número» o «infinito»)"),
        ("anio: -.Inf", "calidoc.yaml:4:9 CAL-IN-021 «-.Inf» no es una cifra que un documento pueda mostrar (es «no es un número» o «infinito»)"),
        ("anio: 2025.5", "calidoc.yaml:4:9 CAL-IN-010 se esperaba un número entero, se encontró «2025.5»"),
    ])
    func wholeNumbersAreRangeChecked(line: String, expected: String) throws {
        #expect(try headlines(["calidoc.yaml": manifest(replacing: "anio: 2025", with: line)]) == [expected])
    }

    @Test func negativeCountOfUsersIsRefused() throws {
        let workspace = try HostileWorkspace()
        let policy = try String(contentsOf: workspace.url("politica.yaml"), encoding: .utf8)
        try workspace.write("politica.yaml", policy.replacingOccurrences(of: "numero_aproximado: 345", with: "numero_aproximado: -5"))
        let diagnostic = try workspace.loaderError()
        #expect(diagnostic.code == "CAL-IN-020")
        #expect(diagnostic.message.es == "el número «-5» no puede ser negativo: se espera un número entero entre 0 y 999.999.999.999")
        #expect(diagnostic.location?.line == 96)
    }

    @Test func hugeAverageIsRefusedAtItsPlace() throws {
        let workspace = try HostileWorkspace()
        let diagnosis = try String(contentsOf: workspace.url("diagnostico.yaml"), encoding: .utf8)
        try workspace.write("diagnostico.yaml", diagnosis.replacingOccurrences(of: "promedio: 4.2,", with: "promedio: 1e300,"))
        let diagnostic = try workspace.loaderError()
        #expect(diagnostic.code == "CAL-IN-020")
        #expect(diagnostic.message.es == "el número «1e300» está fuera del rango admitido (de -999.999.999.999 a 999.999.999.999)")
        #expect(diagnostic.location.map { [$0.line, $0.column] } == [48, 34])
    }

    /// A model of every numeric type: each goes through the same reader (no `T(from:)` recursion).
    struct EveryNumber: Decodable {
        let f: Float
        let i64: Int64
        let u8: UInt8
        let u: UInt?
        let i32: Int32?
    }

    @Test func everyNumericTypeIsRead() throws {
        var map = SourceMap()
        var diagnostics: [Diagnostic] = []
        let value = WorkspaceLoader.decode(
            EveryNumber.self, text: "f: 2,5\ni64: 7.112.808\nu8: 255\nu: 1.200\ni32: 12\n", file: .manifest,
            displayPath: "x.yaml", sourceMap: &map, diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty)
        #expect(value?.f == 2.5)
        #expect(value?.i64 == 7_112_808)
        #expect(value?.u8 == 255)
        #expect(value?.u == 1200)
        #expect(value?.i32 == 12)
    }

    @Test func numericTypesOutOfTheirRangeAreReported() throws {
        var map = SourceMap()
        var diagnostics: [Diagnostic] = []
        let value = WorkspaceLoader.decode(
            EveryNumber.self, text: "f: 1e300\ni64: .inf\nu8: 256\nu: -1\n", file: .manifest,
            displayPath: "x.yaml", sourceMap: &map, diagnostics: &diagnostics)
        #expect(value == nil)
        #expect(diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.code)" } == [
            "1:4 CAL-IN-020", "2:6 CAL-IN-021", "3:5 CAL-IN-020", "4:4 CAL-IN-020",
        ])
    }

    /// YAML writers (Yams, PyYAML) emit numbers as "8.16e+1": read, and held to the same range.
    @Test func scientificNotationIsReadWithinTheRange() throws {
        struct Probe: Decodable { let x: Double }
        func read(_ text: String) -> (Double?, [String]) {
            var map = SourceMap()
            var diagnostics: [Diagnostic] = []
            let value = WorkspaceLoader.decode(Probe.self, text: "x: \(text)\n", file: .manifest, displayPath: "x.yaml", sourceMap: &map, diagnostics: &diagnostics)
            return (value?.x, diagnostics.map(\.code))
        }
        #expect(read("8.16e+1").0 == 81.6)
        #expect(read("9.99e11").0 == 999_000_000_000)
        #expect(read("1e-1").0 == 0.1)
        #expect(read("1e12").1 == ["CAL-IN-020"])
        #expect(read("-1e300").1 == ["CAL-IN-020"])
    }

    @Test func figuresNeverTrap() {
        #expect(ChileanNumber.format(1e300).hasPrefix("1.000.000.000.000.000.0"))
        #expect(ChileanNumber.format(-1e20, decimals: 1) == "-100.000.000.000.000.000.000,0")
        #expect(ChileanNumber.format(Int.min) == "-9.223.372.036.854.775.808")
        #expect(Ratio(Int.max, of: 1).truncatedDisplay == "922.337.203.685.477.580.800 %")
        #expect(Ratio(9e18, of: 1).display.hasSuffix(" %"))
    }

    // MARK: characters

    @Test(arguments: [
        (#""Comité\0 de prueba""#, 18, #"\0"#, "«carácter nulo» (U+0000)"),
        (#""Comité\v de prueba""#, 18, #"\v"#, "«tabulación vertical» (U+000B)"),
        (#""Comité\x0B de prueba""#, 18, #"\x0B"#, "«tabulación vertical» (U+000B)"),
        (#""Comité\uFFFE de prueba""#, 18, #"\uFFFE"#, "«no-carácter Unicode» (U+FFFE)"),
        (#""Comité\uFFFF de prueba""#, 18, #"\uFFFF"#, "«no-carácter Unicode» (U+FFFF)"),
        (#""Comité\e de prueba""#, 18, #"\e"#, "«escape de terminal» (U+001B)"),
        (#""Comité \e[2J de prueba""#, 19, #"\e"#, "«escape de terminal» (U+001B)"),
        (#""Comité\x9B de prueba""#, 18, #"\x9B"#, "«carácter de control C1» (U+009B)"),
        (#""Comité\N de prueba""#, 18, #"\N"#, "«salto de línea NEL» (U+0085)"),
    ])
    func forbiddenEscapesAreFoundWhereTheyAre(value: String, column: Int, spelling: String, name: String) throws {
        let lines = try headlines(["calidoc.yaml": manifest(replacing: "Comité de prueba", with: value)])
        #expect(lines == [
            "calidoc.yaml:7:\(column) CAL-IN-004 la secuencia «\(spelling)» produce el carácter invisible \(name), que los documentos no admiten"
        ])
    }

    @Test(arguments: [(0x85, "«salto de línea NEL» (U+0085)"), (0x9B, "«carácter de control C1» (U+009B)"), (0x7F, "«borrado (DEL)» (U+007F)")])
    func rawControlCharactersAreFoundWhereTheyAre(code: UInt32, name: String) throws {
        let character = String(Character(Unicode.Scalar(code)!))
        let lines = try headlines(["calidoc.yaml": manifest(replacing: "Comité de prueba", with: "Comité\(character) de prueba")])
        #expect(lines == ["calidoc.yaml:7:17 CAL-IN-004 carácter invisible \(name), que los documentos no admiten"])
    }

    @Test func messagesNeverEchoTerminalEscapes() throws {
        let lines = try headlines(["calidoc.yaml": manifest(replacing: "anio: 2025", with: "anio: \"\\e[2J20\"")])
        #expect(lines.allSatisfy { !$0.unicodeScalars.contains("\u{1B}") })
        #expect(lines.contains("calidoc.yaml:4:9 CAL-IN-010 se esperaba un número entero, se encontró «<U+001B>[2J20»"))
    }

    @Test func noBreakSpaceInIndentationIsNamed() throws {
        let lines = try headlines(["calidoc.yaml": manifest(replacing: "  anio: 2025", with: " \u{A0}anio: 2025")])
        #expect(lines.first == "calidoc.yaml:4:2 CAL-IN-022 hay un «espacio de no separación» (U+00A0) en la sangría, en la columna 2; YAML solo admite espacios normales")
    }

    @Test func tabInIndentationIsNamed() throws {
        let lines = try headlines(["calidoc.yaml": manifest(replacing: "  anio: 2025", with: "\tanio: 2025")])
        #expect(lines == ["calidoc.yaml:4:1 CAL-IN-022 hay un «tabulador» (U+0009) en la sangría, en la columna 1; YAML solo admite espacios normales"])
    }

    @Test func curlyQuotesInAKeyAreNamed() throws {
        let lines = try headlines(["calidoc.yaml": manifest(replacing: "  comite: Comité", with: "  “comite”: Comité")])
        #expect(lines.contains("calidoc.yaml:7:3 CAL-IN-012 la clave «“comite”» contiene un «comilla doble tipográfica» (U+201C) en la columna 3"))
    }

    // MARK: text YAML would drop

    @Test func commentAfterPlainTextWarns() throws {
        let lines = try headlines(["calidoc.yaml": manifest(replacing: "Comité de prueba", with: "web #gobdigital y su centro")])
        #expect(lines == ["calidoc.yaml:7:15 CAL-IN-023 « #» en un texto sin comillas empieza un comentario: «#gobdigital y su centro» no llegará al documento"])
    }

    @Test func commentAfterANumberIsLeftAlone() throws {
        #expect(try headlines(["calidoc.yaml": manifest(replacing: "anio: 2025", with: "anio: 2025  # año del PMG")]).isEmpty)
    }

    @Test func anchorAtTheStartOfATextWarns() throws {
        let lines = try headlines(["calidoc.yaml": manifest(replacing: "Comité de prueba", with: "&Co de prueba")])
        #expect(lines == ["calidoc.yaml:7:11 CAL-IN-024 «&Co» al comienzo del valor es una marca YAML (ancla o etiqueta) y no llegará al documento"])
    }

    @Test func tagAtTheStartOfATextWarns() throws {
        let lines = try headlines(["calidoc.yaml": manifest(replacing: "Comité de prueba", with: "!importante Comité")])
        #expect(lines == ["calidoc.yaml:7:11 CAL-IN-024 «!importante» al comienzo del valor es una marca YAML (ancla o etiqueta) y no llegará al documento"])
    }

    // MARK: YAML syntax

    @Test func missingColonPointsAtItsLine() throws {
        let lines = try headlines(["calidoc.yaml": manifest(replacing: "  comite: Comité de prueba", with: "  comite Comité de prueba")])
        #expect(lines == ["calidoc.yaml:7:3 CAL-IN-005 error de sintaxis YAML: a esta línea le falta «:» después de la clave"])
    }

    @Test func aliasFromBoldMarkupIsExplained() throws {
        let lines = try headlines(["calidoc.yaml": manifest(replacing: "Comité de prueba", with: "**Muy importante**")])
        #expect(lines == ["calidoc.yaml:7:11 CAL-IN-005 error de sintaxis YAML: un valor que empieza con «*» se lee como una referencia YAML, no como texto"])
    }

    @Test func englishModeSpeaksEnglish() throws {
        let loaded = WorkspaceLoader.load(at: try TestPaths.workspace(["calidoc.yaml": manifest(replacing: "Comité de prueba", with: "**Muy importante**")]))
        #expect(loaded.diagnostics.first?.message.en == "YAML syntax error: a value starting with «*» is read as a YAML reference, not as text")
    }

    // MARK: keys and several problems

    @Test func capitalisedKeyIsSuggested() throws {
        let lines = try headlines(["calidoc.yaml": manifest(replacing: "  comite:", with: "  Comite:")])
        #expect(lines == [
            "calidoc.yaml:4:3 CAL-IN-011 falta la clave obligatoria «comite» en «pmg»",
            "calidoc.yaml:7:3 CAL-IN-012 clave desconocida «Comite»",
        ])
        let loaded = WorkspaceLoader.load(at: try TestPaths.workspace(["calidoc.yaml": manifest(replacing: "  comite:", with: "  Comite:")]))
        #expect(loaded.diagnostics.last?.hint?.es == "¿quiso decir «comite»?")
    }

    @Test func suggestionIsTheClosestWhateverTheOrder() {
        for _ in 0..<20 {
            #expect(KeySuggestion.closest(to: "ab", among: Set(["ax", "ay", "az", "xb"])) == "ax")
        }
    }

    @Test func everyFileIsReportedInOneRun() throws {
        let lines = try headlines([
            "calidoc.yaml": manifest(replacing: "anio: 2025", with: "anio: dos mil"),
            "politica.yaml": "contexto: [sin cerrar\n",
        ])
        #expect(lines.count == 2)
        #expect(lines.first == "calidoc.yaml:4:9 CAL-IN-010 se esperaba un número entero, se encontró «dos mil»")
        #expect(lines.last?.hasPrefix("politica.yaml:1:11 CAL-IN-005") == true)
    }

    @Test func missingKeyDoesNotHideTheRestOfTheMapping() throws {
        let text = manifest(replacing: "  comite: Comité de prueba\n", with: "").replacingOccurrences(of: "etiqueta: \"1\"", with: "etiquetaa: \"1\"")
        let lines = try headlines(["calidoc.yaml": text])
        #expect(lines == [
            "calidoc.yaml:4:3 CAL-IN-011 falta la clave obligatoria «comite» en «pmg»",
            "calidoc.yaml:8:3 CAL-IN-011 falta la clave obligatoria «etiqueta» en «version»",
            "calidoc.yaml:8:3 CAL-IN-012 clave desconocida «etiquetaa»",
        ])
    }

    @Test func validateChecksSessionFiles() throws {
        let folder = try TestPaths.workspace(["calidoc.yaml": WorkspaceLoaderTests.manifest])
        try FileManager.default.createDirectory(at: folder.appending(path: "sesiones"), withIntermediateDirectories: true)
        try Data("numero: 1\nfecha: 20-08-2025\ncontenido: [Bienvenida]\n".utf8).write(to: folder.appending(path: "sesiones/1.yaml"))
        let report = WorkspaceValidation.run(at: folder)
        let session = report.diagnostics.filter { $0.location?.file.hasSuffix("sesiones/1.yaml") == true }
        #expect(session.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.code) \($0.message.es)" } == [
            "2:8 R-FEC-01 «20-08-2025» no es una fecha válida"
        ])
    }
}
