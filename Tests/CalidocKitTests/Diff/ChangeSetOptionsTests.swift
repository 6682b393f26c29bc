import Foundation
import Testing
@testable import CalidocKit

/// Quote style, traceability sources, paragraph insertions and markup in quotes.
@Suite struct ChangeSetOptionsTests {
    static func workspace(_ url: URL) throws -> Workspace {
        try #require(WorkspaceLoader.load(at: url).workspace)
    }

    @Test func quoteStyleIsAnOption() throws {
        let old = try Self.workspace(TestPaths.goreV2)
        let new = try Self.workspace(TestPaths.gore)
        let curly = ChangeSet.compute(old: old, new: new).allChanges.map(\.enunciado)
        let angle = ChangeSet.compute(old: old, new: new, options: DiffOptions(quotes: .latinas)).allChanges.map(\.enunciado)
        #expect(curly.contains("Se agrega una nueva línea de acción: “Definir estándares de eficiencia de servicio”."))
        #expect(angle.contains("Se agrega una nueva línea de acción: «Definir estándares de eficiencia de servicio»."))
        #expect(!angle.joined().contains("“"))
    }

    /// Old recommendations are all traced; the new version's only when a change answers them.
    @Test func traceabilityUsesOldAndAnsweredNewRecommendations() throws {
        var old = try Self.workspace(TestPaths.goreV2)
        var new = try Self.workspace(TestPaths.gore)
        old.recommendations?.items.append(Recommendation(id: "rec-sin-respuesta", seccion: .glosario, texto: "Se recomienda ampliar el glosario."))
        new.recommendations = Recommendations(items: [
            Recommendation(id: "rec-nueva", seccion: .directrices, texto: "Se recomienda una línea sobre eficiencia."),
            Recommendation(id: "rec-nueva-sin-cambio", seccion: .glosario, texto: "Se recomienda otra cosa."),
        ])
        let index = try #require(new.policy?.directrices.items.firstIndex { $0.id == "dir-estandares-eficiencia" })
        new.policy?.directrices.items[index].respondeA = ["rec-nueva"]
        let changes = ChangeSet.compute(old: old, new: new)
        let ids = changes.recomendaciones.map(\.id)
        #expect(ids.contains("rec-relacion") && ids.contains("rec-sin-respuesta") && ids.contains("rec-nueva"))
        #expect(!ids.contains("rec-nueva-sin-cambio"))
        #expect(changes.unansweredRecommendations.map(\.id) == ["rec-sin-respuesta"])
        #expect(changes.recomendaciones.first { $0.id == "rec-nueva" }?.cambios.first?.hasPrefix("Se agrega una nueva línea de acción") == true)
    }

    /// Identical versions trace nothing and warn about nothing.
    @Test func noChangesNoTraceability() throws {
        let workspace = try Self.workspace(TestPaths.gore)
        let changes = ChangeSet.compute(old: workspace, new: workspace)
        #expect(changes.recomendaciones.isEmpty && changes.unansweredRecommendations.isEmpty)
    }

    @Test func wordsInsertedInsideAParagraphAreQuotedExactly() {
        let builder = DiffBuilder(language: .es, institution: Institution(nombre: "X"))
        let changes = builder.paragraphs(
            [Paragraph(texto: "El Servicio atiende a las personas en todas sus oficinas.")],
            [Paragraph(texto: "El Servicio atiende a las personas, con **lenguaje claro**, en todas sus oficinas.", motivo: "incorporando el lenguaje claro")])
        #expect(changes.map(\.tipo) == [.ampliado])
        // "personas." became "personas,": punctuation glued to words does not break the insertion.
        #expect(changes.first?.textoAgregado == "con lenguaje claro")
        #expect(TextSimilarity.addition(from: "uno dos cinco", to: "uno dos tres cuatro cinco") == "tres cuatro")
        #expect(TextSimilarity.addition(from: "uno dos", to: "cero uno dos") == "cero")
        #expect(TextSimilarity.addition(from: "uno dos tres", to: "uno X dos Y tres") == nil)
        #expect(TextSimilarity.addition(from: "uno dos tres", to: "uno cuatro tres") == nil)
        #expect(changes.first?.enunciado.contains("incorporando el lenguaje claro") == true)
    }

    /// JSON: sorted keys, empty optionals omitted, and the words appended to objective N°3 given apart.
    @Test func jsonCarriesTheAppendedWords() throws {
        let (_, bytes) = try VersionDiff.run(old: TestPaths.goreV1, new: TestPaths.goreV2, format: .json, language: .es)
        let json = String(decoding: bytes, as: UTF8.self)
        // No recommendations in version 1: the key is left out, not written empty.
        #expect(json.hasPrefix("{\n  \"schemaVersion\""))
        #expect(!json.contains("\"recomendaciones\"") && !json.contains("[\n\n") && !json.contains("[]"))
        let decoded = try JSONDecoder().decode(ChangeSet.self, from: Data(bytes))
        let reworded = try #require(decoded.allChanges.first { $0.id == "obj-transparencia" })
        #expect(reworded.textoAgregado?.hasPrefix("Esto, por medio de un lenguaje claro") == true)
        #expect(reworded.numeroAnterior == 3 && reworded.numeroNuevo == 4)
        let added = try #require(decoded.allChanges.first { $0.id == "obj-satisfaccion" })
        #expect(added.textoAnterior == nil && added.numeroAnterior == nil)
        #expect(!json.contains("null"))
    }

    /// Markdown: every statement its own paragraph, no four-space indent (a code block there).
    @Test func markdownKeepsStatementsApart() throws {
        let (_, bytes) = try VersionDiff.run(old: TestPaths.goreV1, new: TestPaths.goreV2, format: .md, language: .es)
        let markdown = String(decoding: bytes, as: UTF8.self)
        #expect(markdown.contains("## I. Objetivos:\n\ni. Se agrega un nuevo objetivo"))
        #expect(markdown.contains("”.\n\nii. Se modifica la redacción del objetivo N°3"))
        #expect(!markdown.split(separator: "\n").contains { $0.hasPrefix("    ") })
        #expect(markdown.contains("\n- Colaborar directamente con el Gobernador Regional"))
    }

    /// The deck quotes an objective as título + ", " + texto with the light markup removed.
    @Test func quotesDropLightMarkup() {
        var builder = DiffBuilder(language: .es, institution: Institution(nombre: "X"))
        let old = Policy.sampleLists(objectives: [PolicyObjective(id: "a", titulo: "Uno", texto: "texto uno")])
        let new = Policy.sampleLists(objectives: [
            PolicyObjective(id: "a", titulo: "Uno", texto: "texto uno"),
            PolicyObjective(id: "b", titulo: "**Aumentar** la satisfacción", texto: "desarrollando *procesos* internos."),
        ])
        builder.policy(old, new)
        #expect(builder.sections.flatMap(\.cambios).map(\.enunciado) == [
            "Se agrega un nuevo objetivo: “Aumentar la satisfacción, desarrollando procesos internos”.",
        ])
    }
}

extension Policy {
    /// A minimal policy with only objectives.
    static func sampleLists(objectives: [PolicyObjective]) -> Policy {
        Policy(
            contexto: PolicyContext(parrafos: []), definicionesEstrategicas: StrategicDefinitions(objetivos: []),
            principios: Section(items: []), objetivos: Section(items: objectives), relacion: StrategicRelationSection(),
            usuarios: Section(items: []), actores: Section(items: []), directrices: Section(items: []), glosario: Section(items: []))
    }
}
