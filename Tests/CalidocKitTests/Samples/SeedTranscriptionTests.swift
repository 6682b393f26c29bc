import Foundation
import Testing
@testable import CalidocKit

/// The GORE Santiago sample against the seed text, section by section.
@Suite struct SeedTranscriptionTests {
    /// The seed's Política (second half of the file), markup stripped, white space collapsed.
    static func seedPolicyText() throws -> String {
        let text = try String(contentsOf: TestPaths.seed, encoding: .utf8)
        guard let start = text.range(of: "POLÍTICA DE CALIDAD DE SERVICIO Y EXPERIENCIA USUARIA\n\nI. Contexto") else {
            Issue.record("seed text not found at \(TestPaths.seed.path)")
            return ""
        }
        return normalized(String(text[start.lowerBound...]))
    }

    static func normalized(_ text: String) -> String {
        InlineWhitespace.collapse(RichText.plain(text).replacingOccurrences(of: "\t", with: " "))
            .trimmingCharacters(in: .whitespaces)
    }

    static func policy(_ url: URL = TestPaths.gore) throws -> Policy {
        let loaded = WorkspaceLoader.load(at: url)
        #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty)
        return try #require(loaded.workspace?.policy)
    }

    func expectInSeed(_ fragment: String, _ seed: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let text = Self.normalized(fragment)
        #expect(seed.contains(text), "not in the seed: \(text.prefix(120))", sourceLocation: sourceLocation)
    }

    @Test func everyTextOfTheFinalPolicyComesFromTheSeed() throws {
        let seed = try Self.seedPolicyText()
        let policy = try Self.policy()
        for paragraph in policy.contexto.parrafos + (policy.contexto.parrafosFinales ?? []) { expectInSeed(paragraph.texto, seed) }
        for objective in policy.definicionesEstrategicas.objetivos { expectInSeed(objective.texto, seed) }
        for principle in policy.principios.items { expectInSeed("\(principle.nombre): \(principle.descripcion)", seed) }
        for objective in policy.objetivos.items {
            let paragraphs = RichText.paragraphs(objective.texto)
            expectInSeed("\(objective.titulo), \(RichText.plain(paragraphs.first ?? ""))", seed)
            for extra in paragraphs.dropFirst() { expectInSeed(extra, seed) }
        }
        for paragraph in (policy.objetivos.cierre ?? []) { expectInSeed(paragraph.texto, seed) }
        for paragraph in (policy.relacion.introduccion ?? []) + (policy.relacion.cierre ?? []) { expectInSeed(paragraph.texto, seed) }
        for segment in policy.usuarios.items {
            if let characteristics = segment.caracteristicas { expectInSeed("\(segment.nombre): \(characteristics)", seed) }
            if let link = segment.vinculacion { expectInSeed(link, seed) }
            for example in segment.ejemplos ?? [] { expectInSeed(example, seed) }
        }
        for actor in policy.actores.items {
            expectInSeed(actor.actor, seed)
            expectInSeed("\(actor.involucramiento.spanishLabel): \(actor.rol)", seed)
        }
        for guideline in policy.directrices.items { expectInSeed("\(guideline.titulo), \(guideline.texto ?? "")", seed) }
        for entry in policy.glosario.items { expectInSeed("\(entry.termino): \(entry.definicion)", seed) }
    }

    @Test func relationsReproduceSectionIV() throws {
        let seed = try Self.seedPolicyText()
        let policy = try Self.policy()
        // The seed's page break splits the third relation; white-space normalisation joins it again.
        #expect(policy.relacion.relaciones?.count == 3)
        for relation in policy.relacion.relaciones ?? [] { expectInSeed(relation.texto ?? "", seed) }
        // Intro + relations + closing reproduce the whole section.
        let section = ((policy.relacion.introduccion ?? []).map(\.texto) + (policy.relacion.relaciones ?? []).compactMap(\.texto)
            + (policy.relacion.cierre ?? []).map(\.texto)).joined(separator: " ")
        expectInSeed(section, seed)
    }

    @Test func countsMatchTheSeed() throws {
        let policy = try Self.policy()
        #expect(policy.definicionesEstrategicas.objetivos.count == 3)
        #expect(policy.principios.items.map(\.nombre) == [
            "Ética e Integridad", "Calidad y Generación de Valor Público", "Compromiso en el Servicio a las Personas",
            "Transparencia y Rendición de Cuentas", "Respeto y Buen Trato",
        ])
        #expect(policy.objetivos.items.count == 4)
        #expect(policy.usuarios.items.count == 9)
        #expect(policy.actores.items.map(\.actor) == [
            "Gobernador Regional", "Administrador/a Regional", "Jefatura División de Administración y Finanzas",
            "Jefatura Departamento de Modernización, Planificación Estratégica y Control de Gestión",
            "Jefatura Departamento de Ética, Integridad y Transparencia", "Encargado/a Oficina de Atención Ciudadana",
            "Representantes Asociaciones de Funcionarios", "Representantes del Consejo de la Sociedad Civil (COSOC)",
        ])
        #expect(policy.actores.items.map(\.responsabilidades.count) == [2, 2, 2, 1, 1, 2, 2, 2])
        #expect(policy.actores.items[5].responsabilidades[1].hasSuffix("gestión de Consultas, Sugerencias, Felicitaciones y Reclamos."))
        #expect(policy.directrices.items.map(\.titulo) == [
            "Desarrollar mecanismos de retroalimentación y medición de la satisfacción usuaria",
            "Definir estándares de calidad de servicio", "Definir estándares de eficiencia de servicio",
        ])
        #expect(policy.glosario.items.count == 10)
        #expect(policy.glosario.items.last?.termino == "Personas Usuarías")
    }

    @Test func theFiftyTwoMunicipalities() throws {
        let seed = try Self.seedPolicyText()
        let municipalities = try #require(try Self.policy().usuarios.items.first { $0.id == "usr-municipios" }?.ejemplos)
        #expect(municipalities.count == 52)
        #expect(Set(municipalities).count == 52)
        #expect(municipalities.first == "Colina")
        #expect(municipalities.last == "Talagante")
        for name in municipalities { #expect(seed.contains(name)) }
    }

    @Test func earlierVersionsDifferOnlyByTheDeckChanges() throws {
        let v1 = try Self.policy(TestPaths.goreV1)
        let v2 = try Self.policy(TestPaths.goreV2)
        let v3 = try Self.policy()
        #expect([v1, v2, v3].map(\.objetivos.items.count) == [3, 4, 4])
        #expect([v1, v2, v3].map(\.actores.items.count) == [7, 8, 8])
        #expect(!v1.actores.items.contains { $0.actor == "Administrador/a Regional" })
        #expect(v1.objetivos.cierre?.count == 2 && v2.objetivos.cierre?.count == 3)
        #expect(v1.objetivos.items.last?.texto?.contains("lenguaje claro") == false)
        #expect(v2.objetivos.items.last?.texto?.contains("lenguaje claro") == true)
        #expect([v1, v2, v3].map { $0.relacion.relaciones?.count ?? 0 } == [0, 0, 3])
        #expect(v2.usuarios.items.allSatisfy { $0.numeroAproximado == nil })
        #expect(v3.usuarios.items.allSatisfy { $0.numeroAproximado != nil })
        #expect(v2.directrices.items.map(\.titulo) == [
            "Desarrollar mecanismos de retroalimentación y medición de la satisfacción usuaria",
            "Actualizar Protocolos de Atención", "Establecer estándares de servicio",
        ])
        // What the deck does not list stays the same.
        #expect(v1.principios == v3.principios)
        #expect(v1.glosario == v3.glosario)
        #expect(v1.contexto == v3.contexto)
        #expect(v2.usuarios.items.map(\.nombre) == v3.usuarios.items.map(\.nombre))
    }

    @Test func participationFiguresOfTheDeck() throws {
        let loaded = WorkspaceLoader.load(at: TestPaths.gore)
        let instances = try #require(loaded.workspace?.participation?.instancias)
        #expect(instances.map { "\($0.participantes)/\($0.total) \($0.share.truncatedDisplay)" } == ["151/275 54 %", "5/20 25 %"])
        #expect(instances.map(\.desde) == ["2024-08-20", "2024-08-22"])
        #expect(instances.map(\.hasta) == ["2024-08-23", "2024-08-29"])
        #expect(loaded.workspace?.recommendations?.items.count == 4)
    }

    @Test func everySampleVersionValidates() {
        for url in [TestPaths.gore, TestPaths.goreV1, TestPaths.goreV2, TestPaths.servicio] {
            let result = WorkspaceValidation.run(at: url)
            #expect(result.errors.isEmpty, "\(url.lastPathComponent): \(result.errors.map { $0.headline(.es) })")
        }
    }
}
