import Foundation
import Testing
@testable import CalidocKit

@Suite struct WorkspaceLoaderTests {
    static let manifest = """
        institucion:
          nombre: Institución de prueba
        pmg:
          anio: 2025
          etapa: Etapa 2
          aplica_mesu: "No"
          comite: Comité de prueba
        version:
          etiqueta: "1"
          fecha: 2025-01-01

        """

    func load(_ files: [String: String]) throws -> LoadedWorkspace {
        WorkspaceLoader.load(at: try TestPaths.workspace(files))
    }

    func headlines(_ loaded: LoadedWorkspace) -> [String] {
        loaded.diagnostics.map { diagnostic in
            let location = diagnostic.location.map { "\(URL(fileURLWithPath: $0.file).lastPathComponent):\($0.line):\($0.column)" } ?? "-"
            return "\(location) \(diagnostic.code) \(diagnostic.message.es)"
        }
    }

    @Test func readsAValidManifest() throws {
        let loaded = try load(["calidoc.yaml": Self.manifest])
        #expect(loaded.diagnostics.isEmpty)
        #expect(loaded.workspace?.manifest.pmg.etapa == .etapa2)
        #expect(loaded.workspace?.manifest.version.fecha == "2025-01-01")
    }

    @Test func reportsWrongTypeWithPosition() throws {
        let text = Self.manifest.replacingOccurrences(of: "anio: 2025", with: "anio: dos mil")
        #expect(headlines(try load(["calidoc.yaml": text])) == [
            "calidoc.yaml:4:9 CAL-IN-010 se esperaba un número entero, se encontró «dos mil»"
        ])
    }

    @Test func reportsMissingKeyAtItsParent() throws {
        let text = Self.manifest.replacingOccurrences(of: "  comite: Comité de prueba\n", with: "")
        #expect(headlines(try load(["calidoc.yaml": text])) == [
            "calidoc.yaml:4:3 CAL-IN-011 falta la clave obligatoria «comite» en «pmg»"
        ])
    }

    @Test func reportsUnknownKeyWithSuggestion() throws {
        let text = Self.manifest.replacingOccurrences(of: "  nombre: Institución de prueba", with: "  nombre: X\n  nombre_cortoo: Y")
        let loaded = try load(["calidoc.yaml": text])
        #expect(headlines(loaded) == ["calidoc.yaml:3:3 CAL-IN-012 clave desconocida «nombre_cortoo»"])
        #expect(loaded.diagnostics.first?.hint?.es == "¿quiso decir «nombre_corto»?")
        #expect(loaded.diagnostics.first?.hint?.en == "did you mean «nombre_corto»?")
    }

    @Test func reportsValueOutsideTheAllowedList() throws {
        let text = Self.manifest.replacingOccurrences(of: "etapa: Etapa 2", with: "etapa: Etapa 9")
        let lines = headlines(try load(["calidoc.yaml": text]))
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("calidoc.yaml:5:10 CAL-IN-013 valor no permitido «Etapa 9»; use uno de: «Etapa 1»") == true)
    }

    @Test func reportsDuplicateKeys() throws {
        let text = Self.manifest + "version:\n  etiqueta: \"2\"\n  fecha: 2025-01-02\n"
        let lines = headlines(try load(["calidoc.yaml": text]))
        #expect(lines.count == 1)
        #expect(lines.first?.contains("CAL-IN-006 clave repetida: «version»") == true)
    }

    @Test func reportsYAMLSyntaxErrorsWithLineAndColumn() throws {
        let lines = headlines(try load(["calidoc.yaml": "institucion:\n  nombre: [sin cerrar\npmg: {}\n"]))
        #expect(lines.count == 1)
        // Where the «[» opens (libyaml notices it on line 3).
        #expect(lines.first == "calidoc.yaml:2:11 CAL-IN-005 error de sintaxis YAML: la lista entre «[ ]» o el mapa entre «{ }» que empieza aquí no se cierra bien")
    }

    @Test func reportsSeveralProblemsOfOneFile() throws {
        let policy = """
            contexto:
              parrafos: [uno]
            definiciones_estrategicas:
              objetivos: [{id: oe-1, texto: a}]
            principios: {items: [], cierre: 5}
            objetivos: {items: [], introducion: []}
            relacion: {}
            usuarios: {items: [{nombre: x, numero_aproximado: muchos}]}
            actores: {items: []}
            directrices: {items: []}
            glosario: {items: []}
            """
        let lines = headlines(try load(["calidoc.yaml": Self.manifest, "politica.yaml": policy]))
        #expect(lines == [
            "politica.yaml:5:33 CAL-IN-010 se esperaba una lista (líneas que empiezan con «- »), se encontró «5»",
            "politica.yaml:6:24 CAL-IN-012 clave desconocida «introducion»",
            "politica.yaml:8:51 CAL-IN-010 se esperaba un número entero, se encontró «muchos»",
        ])
    }

    @Test func keepsSpecialCharactersUnchanged() throws {
        let text = Self.manifest.replacingOccurrences(
            of: "nombre: Institución de prueba", with: "nombre: \"Ñuñoa <&> \\\"comillas\\\" 'simples' 😀 áéíóú\"")
        let loaded = try load(["calidoc.yaml": text])
        #expect(loaded.diagnostics.isEmpty)
        #expect(loaded.workspace?.manifest.institucion.nombre == "Ñuñoa <&> \"comillas\" 'simples' 😀 áéíóú")
    }

    @Test func rejectsInvalidUTF8WithPosition() throws {
        let folder = try TestPaths.workspace([:])
        var bytes = Array(Self.manifest.utf8)
        let index = bytes.firstIndex(of: UInt8(ascii: "I"))! + 3  // inside "Institución" on line 2
        bytes.insert(0xE9, at: index)  // Latin-1 "é"
        try Data(bytes).write(to: folder.appending(path: "calidoc.yaml"))
        let loaded = WorkspaceLoader.load(at: folder)
        #expect(loaded.workspace == nil)
        #expect(headlines(loaded) == ["calidoc.yaml:2:14 CAL-IN-003 el archivo no está en UTF-8 (byte 0xE9)"])
    }

    @Test func rejectsCharactersXMLForbids() throws {
        let text = Self.manifest.replacingOccurrences(of: "Comité de prueba", with: "Comité\u{0B} de prueba")
        let loaded = try load(["calidoc.yaml": text])
        #expect(headlines(loaded) == [
            "calidoc.yaml:7:17 CAL-IN-004 carácter invisible «tabulación vertical» (U+000B), que los documentos no admiten"
        ])
    }

    @Test func rejectsHugeFilesQuickly() throws {
        let big = Self.manifest + "# " + String(repeating: "x", count: 10 * 1024 * 1024) + "\n"
        let loaded = try load(["calidoc.yaml": big])
        #expect(loaded.workspace == nil)
        #expect(loaded.diagnostics.map(\.code) == ["CAL-IN-001"])
    }

    @Test func reportsAMissingManifest() throws {
        let loaded = try load([:])
        #expect(loaded.diagnostics.map(\.code) == ["CAL-IN-008"])
    }

    @Test func readsFilesInMemoryAsItReadsThemFromDisk() throws {
        var files: [InputFile: [UInt8]] = [:]
        for file in InputFile.allCases {
            if let data = FileManager.default.contents(atPath: TestPaths.servicio.appending(path: file.rawValue).path) {
                files[file] = [UInt8](data)
            }
        }
        let fromDisk = WorkspaceLoader.load(at: TestPaths.servicio)
        let fromMemory = WorkspaceLoader.load(files: files, directory: TestPaths.servicio)
        #expect(fromMemory.workspace != nil)
        #expect(fromMemory.workspace == fromDisk.workspace)
        #expect(fromMemory.diagnostics == fromDisk.diagnostics)
        #expect(fromMemory.sourceLines == fromDisk.sourceLines)
    }

    @Test func checksFilesInMemoryLikeFilesOnDisk() {
        let huge = Array((Self.manifest + "# " + String(repeating: "x", count: 6 * 1024 * 1024)).utf8)
        let directory = URL(fileURLWithPath: "/nonexistent")
        #expect(WorkspaceLoader.load(files: [.manifest: huge], directory: directory).diagnostics.map(\.code) == ["CAL-IN-001"])
        #expect(WorkspaceLoader.load(files: [.manifest: [0x61, 0xE9]], directory: directory).diagnostics.map(\.code) == ["CAL-IN-003"])
        #expect(WorkspaceLoader.load(files: [:], directory: directory).diagnostics.map(\.code) == ["CAL-IN-008"])
    }

    @Test func acceptsChileanNumberFormats() {
        #expect(ScalarReader.integer("7.112.808") == 7_112_808)
        #expect(ScalarReader.number("54,9") == 54.9)
        #expect(ScalarReader.integer("7.11") == nil)
    }
}
