import Foundation
import Testing
@testable import CalidocKit

/// The phrase catalogue (`Templates/frases/`): complete in both languages, checked when read (a
/// located Spanish message, never a crash), and replaceable entry by entry from a workspace.
@Suite struct PhraseCatalogueTests {
    /// A copy of the servicio sample whose `plantillas` folder holds `frases/es.yaml` with `catalogue`.
    static func workspaceWithCatalogue(_ catalogue: String, language: MessageLanguage = .es) throws -> URL {
        let folder = try TestPaths.temporaryFolder().appending(path: "servicio")
        try FileManager.default.copyItem(at: TestPaths.servicio, to: folder)
        let manifest = folder.appending(path: "calidoc.yaml")
        let text = try String(contentsOf: manifest, encoding: .utf8) + "plantillas: mis-plantillas\n"
        try Data(text.utf8).write(to: manifest)
        let frases = folder.appending(path: "mis-plantillas/frases")
        try FileManager.default.createDirectory(at: frases, withIntermediateDirectories: true)
        try Data(catalogue.utf8).write(to: frases.appending(path: "\(language.rawValue).yaml"))
        return folder
    }

    /// Statements of the servicio sample against itself with the first principle renamed.
    static func renamedPrinciple(_ phrases: PhraseCatalogue?, language: MessageLanguage = .es) throws -> [String] {
        let old = try ChangeSetTests.workspace(TestPaths.servicio)
        var new = old
        new.policy?.principios.items[0].nombre = "Simpleza"
        new.policy?.glosario.items.append(GlossaryEntry(termino: "Trámite", definicion: "Gestión ante el Servicio."))
        return ChangeSet.compute(old: old, new: new, language: language, options: DiffOptions(phrases: phrases)).allChanges.map(\.enunciado)
    }

    /// Coverage by construction: every key the code can emit (``PhraseKey/allCases``) has an entry,
    /// every noun and both genders are in both languages, and every entry uses only its placeholders.
    @Test(arguments: MessageLanguage.allCases) func embeddedCatalogueIsComplete(language: MessageLanguage) throws {
        let catalogue = try PhraseCatalogue.embeddedOrThrow(language)
        for key in PhraseKey.allCases {
            #expect(catalogue.entries[key] != nil, "\(language): \(key.path)")
        }
        for noun in NounKey.allCases { #expect(catalogue.nouns[noun] != nil, "\(language): \(noun)") }
        for gender in NounGender.allCases { #expect(catalogue.articles[gender] != nil, "\(language): \(gender)") }
        #expect(Set(PhraseKey.allCases.map(\.path)).count == PhraseKey.allCases.count)
    }

    /// No statement of the generated version pairs falls back to an entry's name.
    @Test(arguments: MessageLanguage.allCases) func everyEmittedStatementHasAnEntry(language: MessageLanguage) throws {
        for seed in DiffPropertyTests.seeds {
            let (old, new) = try DiffPropertyTests.versions(seed: seed, withIds: seed % 2 == 0)
            for change in ChangeSet.compute(old: old, new: new, language: language).allChanges {
                #expect(!change.enunciado.contains("["), "seed \(seed): \(change.enunciado)")
                #expect(!change.enunciado.contains("{"), "seed \(seed): \(change.enunciado)")
            }
        }
    }

    @Test func aWorkspaceEntryReplacesOnePhrase() throws {
        let override = """
            frases:
              principio:
                renombrado: "El principio {titulo} pasa a llamarse {titulo_nuevo}."
            """
        let folder = try Self.workspaceWithCatalogue(override)
        let phrases = try PhraseCatalogue.defaults(.es, overriddenBy: folder.appending(path: "mis-plantillas"), within: folder)
        let statements = try Self.renamedPrinciple(phrases)
        #expect(statements.first == "El principio “Simplicidad” pasa a llamarse “Simpleza”.")
        // Everything the file does not name keeps the default wording.
        #expect(Array(statements.dropFirst()) == Array(try Self.renamedPrinciple(nil).dropFirst()))
        #expect(statements.contains { $0.hasPrefix("Se agrega un nuevo término: “Trámite") })
    }

    /// `calidoc diff` writes with the new version's catalogue.
    @Test func theDiffUsesTheNewVersionsCatalogue() throws {
        let override = """
            frases:
              principio:
                renombrado: "El principio {titulo} pasa a llamarse {titulo_nuevo}."
            """
        let new = try Self.workspaceWithCatalogue(override)
        let politica = new.appending(path: "politica.yaml")
        let text = try String(contentsOf: politica, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "nombre: Simplicidad", with: "nombre: Simpleza").utf8).write(to: politica)
        let (changes, _) = try VersionDiff.run(old: TestPaths.servicio, new: new, format: .text, language: .es)
        #expect(changes.allChanges.map(\.enunciado) == ["El principio “Simplicidad” pasa a llamarse “Simpleza”."])
    }

    /// Grammar by data: a noun's gender in the table changes its articles in every statement.
    @Test func nounsAndGenderComeFromTheTable() throws {
        let override = """
            sustantivos:
              termino: {singular: palabra, plural: palabras, genero: femenino}
            """
        let folder = try Self.workspaceWithCatalogue(override)
        let phrases = try PhraseCatalogue.defaults(.es, overriddenBy: folder.appending(path: "mis-plantillas"), within: folder)
        let statements = try Self.renamedPrinciple(phrases)
        #expect(statements.contains("Se agrega una nueva palabra: “Trámite: Gestión ante el Servicio”."))
    }

    /// The message of a broken catalogue, through `calidoc diff`'s path.
    static func failure(_ catalogue: String) throws -> String {
        let folder = try Self.workspaceWithCatalogue(catalogue)
        do {
            _ = try VersionDiff.run(old: TestPaths.servicio, new: folder, format: .text, language: .es)
            Issue.record("a broken catalogue was accepted")
            return ""
        } catch let error as PhraseCatalogueError {
            #expect(error.category == .template)
            return error.message(.es)
        }
    }

    @Test func anUnknownPlaceholderIsLocated() throws {
        let message = try Self.failure("""
            frases:
              principio:
                agregado: "Se suma {un_nuevo_elemento}: {contenido}."
            """)
        #expect(message.hasPrefix("mis-plantillas/frases/es.yaml:3:") || message.contains("/mis-plantillas/frases/es.yaml:3:"), "\(message)")
        // Column of «{contenido}»: the text starts at column 15, its quote at 15, the brace 29 characters in.
        #expect(message.contains("es.yaml:3:45: error: el marcador {contenido} no existe en «principio.agregado» [CAL-PL-002]"), "\(message)")
        #expect(message.contains("use: {"), "\(message)")
    }

    @Test func anUnknownKeyIsLocated() throws {
        let message = try Self.failure("""
            frases:
              principio:
                agregadoo: "Se agrega {un_nuevo_elemento}: {texto}."
              principios:
                agregado: "x"
            """)
        #expect(message.contains("es.yaml:3:5: error: «agregadoo» no es una clave conocida de «frases.principio»"), "\(message)")
        #expect(message.contains("es.yaml:4:3: error: «principios» no es una clave conocida de «frases»"), "\(message)")
    }

    @Test func brokenNounsAndTextsAreLocated() throws {
        let message = try Self.failure("""
            sustantivos:
              termino: {singular: palabra, genero: neutro}
              riesgo: {singular: amenaza, plural: amenazas, genero: neutro}
            frases:
              termino:
                eliminado: "Se elimina {el_elemento: {texto}."
                agregado: [una, lista]
            """)
        #expect(message.contains("es.yaml:2:3: error: a «sustantivos.termino» le falta: plural"), "\(message)")
        #expect(message.contains("es.yaml:3:57: error: el género de «riesgo» debe ser «masculino» o «femenino», no «neutro»"), "\(message)")
        #expect(message.contains("es.yaml:6:"), "\(message)")
        #expect(message.contains("es.yaml:7:15: error: «termino.agregado» debe ser un texto"), "\(message)")
    }

    @Test func aYAMLSyntaxErrorIsLocated() throws {
        let message = try Self.failure("frases:\n  principio:\n    agregado: \"sin cerrar\n")
        #expect(message.contains("es.yaml:3:"), "\(message)")
        #expect(message.contains("error de sintaxis YAML"), "\(message)")
    }

    /// Generated texts never crash the reader: they are read or refused with a located message
    /// (replayable: a fixed seed).
    @Test func arbitraryTextsNeverCrash() throws {
        var generator = SeededGenerator(state: 16)
        let pieces = ["frases:", "\n  ", "principio:", "\n    ", "agregado: ", "\"{", "}\"", "{texto}", "[", "]", ": ", "- ", "\t", "#", "sustantivos:", "articulos:", "{el: la}", "é", "\u{0}"]
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            do {
                _ = try PhraseCatalogue.parse(text, displayPath: "es.yaml", language: .es, over: PhraseCatalogue.embedded(.es))
            } catch {
                for diagnostic in error.diagnostics { #expect(diagnostic.location != nil, "\(text.debugDescription)") }
            }
        }
    }
}

