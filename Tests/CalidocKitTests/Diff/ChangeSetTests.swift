import Foundation
import Testing
@testable import CalidocKit

@Suite struct ChangeSetTests {
    static func workspace(_ url: URL) throws -> Workspace {
        try #require(WorkspaceLoader.load(at: url).workspace)
    }

    static func text(_ old: URL, _ new: URL, language: MessageLanguage = .es) throws -> String {
        let (_, bytes) = try VersionDiff.run(old: old, new: new, format: .text, language: language)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// v1 → v2 yields exactly "CAMBIOS A PARTIR DE LOS RESULTADOS" of the deck.
    @Test func changesFromTheParticipatoryResults() throws {
        let changes = ChangeSet.compute(old: try Self.workspace(TestPaths.goreV1), new: try Self.workspace(TestPaths.goreV2))
        #expect(changes.secciones.map(\.titulo) == ["Objetivos", "Actores y roles"])
        #expect(changes.allChanges.map(\.enunciado).map { String($0.prefix(70)) } == [
            "Se agrega un nuevo objetivo: “Aumentar la satisfacción usuaria, desarr",
            "Se modifica la redacción del objetivo N°3, incorporando el acceso a la",
            "Se incorpora un párrafo sobre perspectiva de género y no discriminació",
            "Se incorpora un nuevo rol con sus responsabilidades/funciones:",
        ])
        #expect(changes.allChanges[1].numeroAnterior == 3 && changes.allChanges[1].numeroNuevo == 4)
        #expect(changes.allChanges[3].detalles.first == "Administrador/a Regional:")
        #expect(changes.allChanges[3].lista.count == 2)
        Golden.check(try Self.text(TestPaths.goreV1, TestPaths.goreV2), named: "cambios-1-2.txt")
    }

    /// v2 → v3 yields exactly "CAMBIOS A PARTIR DE LAS RECOMENDACIONES" of the deck.
    @Test func changesFromTheRecommendations() throws {
        let changes = ChangeSet.compute(old: try Self.workspace(TestPaths.goreV2), new: try Self.workspace(TestPaths.gore))
        #expect(changes.secciones.map(\.titulo) == [
            "Relación con las definiciones estratégicas institucionales",
            "Caracterización de usuarios y usuarias de los servicios", "Directrices y líneas de acción",
        ])
        #expect(changes.allChanges.map(\.enunciado) == [
            "Se identifica y se redacta específicamente la relación entre cada objetivo estratégico institucional con el objetivo de la Política.",
            "Se desarrolla una caracterización para cada usuario identificado, considerando datos de distintas fuentes.",
            "Se incorpora el número aproximado, características, ejemplos y la forma en que el GORE se vincula, o podría vincularse con ellos.",
            "Se elimina la línea de acción relacionada a “Actualizar Protocolos de Atención”.",
            "Se agrega una nueva línea de acción: “Definir estándares de eficiencia de servicio”.",
            "Se modifica la redacción de “Establecer estándares de servicio” a “Definir estándares de calidad de servicio”, incorporando un ciclo de mejora continua y capacitación funcionaria.",
        ])
        // Every recommendation is answered by at least one change.
        #expect(changes.unansweredRecommendations.isEmpty)
        #expect(changes.recomendaciones.first { $0.id == "rec-relacion" }?.cambios.count == 1)
        Golden.check(try Self.text(TestPaths.goreV2, TestPaths.gore), named: "cambios-2-3.txt")
        Golden.check(try Self.text(TestPaths.goreV2, TestPaths.gore, language: .en), named: "cambios-2-3.en.txt")
    }

    @Test func identicalVersionsHaveNoChanges() throws {
        for url in [TestPaths.gore, TestPaths.goreV1, TestPaths.goreV2, TestPaths.servicio] {
            let workspace = try Self.workspace(url)
            #expect(ChangeSet.compute(old: workspace, new: workspace).isEmpty)
        }
    }

    /// Every statement names something that differs, and applying the set to OLD gives NEW's ids.
    @Test func statementsAreTruthfulAndComplete() throws {
        let pairs = [(TestPaths.goreV1, TestPaths.goreV2), (TestPaths.goreV2, TestPaths.gore), (TestPaths.goreV1, TestPaths.gore)]
        for (oldURL, newURL) in pairs {
            let old = try Self.workspace(oldURL)
            let new = try Self.workspace(newURL)
            let changes = ChangeSet.compute(old: old, new: new)
            for change in changes.allChanges where change.tipo == .modificado || change.tipo == .ampliado {
                #expect(change.textoAnterior != change.textoNuevo, "\(change.enunciado)")
            }
            // Applying additions and removals to the old ids gives the new ids, list by list.
            let lists: [(String, (Policy) -> [String?])] = [
                ("objetivo", { $0.objetivos.items.map(\.id) }), ("rol", { $0.actores.items.map(\.id) }),
                ("linea_accion", { $0.directrices.items.map(\.id) }), ("principio", { $0.principios.items.map(\.id) }),
            ]
            for (element, ids) in lists {
                var result = Set(ids(try #require(old.policy)).compactMap { $0 })
                for change in changes.allChanges where change.elemento == element {
                    if change.tipo == .agregado, let id = change.id { result.insert(id) }
                    if change.tipo == .eliminado, let id = change.id { result.remove(id) }
                }
                #expect(result == Set(ids(try #require(new.policy)).compactMap { $0 }), "\(element)")
            }
        }
    }

    @Test func idsWinOverSimilarity() {
        // Same id, completely different text: modified, not removed + added.
        let renamed = ItemMatcher(old: [("a", "uno dos tres")], new: [("a", "cuatro cinco seis")])
        #expect(renamed.pairs.count == 1 && renamed.added.isEmpty && renamed.removed.isEmpty)
        // Same text, different ids: two different items.
        let swapped = ItemMatcher(old: [("a", "mismo texto de prueba")], new: [("b", "mismo texto de prueba")])
        #expect(swapped.pairs.isEmpty && swapped.added == [0] && swapped.removed == [0])
    }

    @Test func similarityThresholdOnBothSides() {
        let old = "Definir estándares de calidad de servicio para los trámites presenciales"
        let reworded = "Definir estándares de calidad de servicio para todos los trámites y canales"
        let unrelated = "Capacitar a los funcionarios en lenguaje claro"
        #expect(TextSimilarity.similarity(old, reworded) >= TextSimilarity.sameItemThreshold)
        #expect(TextSimilarity.similarity(old, unrelated) < TextSimilarity.sameItemThreshold)
        let matched = ItemMatcher(old: [(nil, old)], new: [(nil, unrelated), (nil, reworded)])
        #expect(matched.pairs.map(\.new) == [1] && matched.added == [0])
    }

    @Test func appendedSentenceIsAnAdditionToTheParagraph() {
        let builder = DiffBuilder(language: .es, institution: Institution(nombre: "X"))
        let changes = builder.paragraphs(
            [Paragraph(id: "p", texto: "El Servicio atiende a las personas.")],
            [Paragraph(id: "p", texto: "El Servicio atiende a las personas. También por teléfono.")])
        #expect(changes.map(\.tipo) == [.ampliado])
        #expect(changes.first?.textoAgregado == "También por teléfono.")
    }

    @Test func realMovesAreReportedButRenumberingIsNot() {
        // An insertion shifts numbers: no move. A swap is a move.
        let inserted = ItemMatcher(old: [("a", "a"), ("b", "b")], new: [("x", "x"), ("a", "a"), ("b", "b")])
        #expect(inserted.moved.isEmpty)
        let swapped = ItemMatcher(old: [("a", "a"), ("b", "b"), ("c", "c")], new: [("c", "c"), ("a", "a"), ("b", "b")])
        #expect(swapped.moved == [0])
    }

    @Test func jsonIsStableAndVersioned() throws {
        let (changes, bytes) = try VersionDiff.run(old: TestPaths.goreV1, new: TestPaths.goreV2, format: .json, language: .es)
        let json = String(decoding: bytes, as: UTF8.self)
        #expect(json.contains("\"schemaVersion\" : 1"))
        #expect(json.contains("\"tipo\" : \"agregado\""))
        let decoded = try JSONDecoder().decode(ChangeSet.self, from: Data(bytes))
        #expect(decoded == changes)
    }

    @Test func writersRenderTheChangeSummary() throws {
        for format in [VersionDiff.Format.html, .odt, .docx, .md] {
            let (_, bytes) = try VersionDiff.run(old: TestPaths.goreV2, new: TestPaths.gore, format: format, language: .es)
            #expect(bytes.count > 500)
        }
        let (_, odt) = try VersionDiff.run(old: TestPaths.goreV2, new: TestPaths.gore, format: .odt, language: .es)
        try ODFValidator.validate(odt, label: "cambios.odt")
    }

    /// Two generated 500-item versions diff quickly (measured in Benchmarks/, not asserted here).
    @Test func largeVersionsFinish() throws {
        var old = try Self.workspace(TestPaths.servicio)
        var new = old
        let items = (0..<500).map { PolicyObjective(id: "o\($0)", titulo: "Objetivo \($0)", texto: "texto del objetivo número \($0) con varias palabras", objetivosInstitucionales: ["oe-1"]) }
        old.policy?.objetivos.items = items
        new.policy?.objetivos.items = items.enumerated().map { index, item in
            var item = item
            if index % 10 == 0 { item.texto = (item.texto ?? "") + " y una frase más" }
            return item
        }
        let changes = ChangeSet.compute(old: old, new: new)
        #expect(changes.allChanges.filter { $0.elemento == "objetivo" }.count == 50)
    }
}
