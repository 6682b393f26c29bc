import Foundation
import Testing
@testable import CalidocKit

/// Sections the GORE versions do not touch: plan activities and indicators, diagnosis findings,
/// user segments field by field, strategic definitions.
@Suite struct SectionCoverageTests {
    static func servicio() throws -> Workspace {
        try #require(WorkspaceLoader.load(at: TestPaths.servicio).workspace)
    }

    static func statements(_ old: Workspace, _ new: Workspace) -> [String] {
        ChangeSet.compute(old: old, new: new).allChanges.map(\.enunciado)
    }

    @Test func planActivitiesAndIndicators() throws {
        let old = try Self.servicio()
        var new = old
        new.plan?.actividades[0].indicador?.lineaBase = 80
        new.plan?.actividades[0].indicador?.meta = .value(95)
        new.plan?.actividades[1].plazo = "2025-12-31"
        new.plan?.actividades[1].motivo = "según el taller de funcionarios"
        let removed = try #require(new.plan?.actividades.last)
        new.plan?.actividades.removeLast()
        new.plan?.actividades.append(PlanActivity(id: "A9", nombre: "Encuesta de salida en oficinas"))
        let statements = Self.statements(old, new)
        #expect(statements.contains("Se modifica la meta y el indicador de la actividad A1."))
        #expect(statements.contains("Se modifica el plazo de la actividad A2, según el taller de funcionarios."))
        #expect(statements.contains("Se elimina la actividad \(removed.id): “\(removed.nombre)”."))
        #expect(statements.contains("Se agrega la actividad A9: “Encuesta de salida en oficinas”."))
        #expect(statements.count == 4)
    }

    @Test func diagnosisFindingsUseTheRightArticle() throws {
        let old = try Self.servicio()
        var new = old
        new.diagnosis?.fortalezas.append(Finding(id: "for-nueva", texto: "Atención en lengua de señas."))
        new.diagnosis?.debilidades.removeFirst()
        let statements = Self.statements(old, new)
        #expect(statements.contains("Se agrega una nueva fortaleza: “Atención en lengua de señas”."))
        #expect(statements.contains { $0.hasPrefix("Se elimina la debilidad: “") })
        #expect(statements.count == 2)
    }

    @Test func segmentFieldsAreNamed() throws {
        let old = try Self.servicio()
        var new = old
        let name = try #require(old.policy?.usuarios.items.first?.nombre)
        new.policy?.usuarios.items[0].numeroAproximado = 1_234
        new.policy?.usuarios.items[0].ejemplos = ["Ejemplo A", "Ejemplo B"]
        let statements = Self.statements(old, new)
        #expect(statements == ["Se modifica el número aproximado y los ejemplos de “\(name)”."])
    }

    @Test func strategicDefinitionsAreInTheContext() throws {
        let old = try Self.servicio()
        var new = old
        new.policy?.definicionesEstrategicas.mision = "Servir a las personas con trámites simples."
        new.policy?.definicionesEstrategicas.objetivos.append(StrategicObjective(id: "oe-nuevo", texto: "Reducir los tiempos de espera."))
        let changes = ChangeSet.compute(old: old, new: new)
        #expect(changes.secciones.map(\.clave) == ["contexto"])
        #expect(changes.allChanges.map(\.elemento).sorted() == ["mision", "objetivo_institucional"])
        #expect(changes.allChanges.map(\.enunciado).contains("Se agrega un nuevo objetivo estratégico institucional: “Reducir los tiempos de espera”."))
    }

    @Test func movedLineOfActionIsReportedOnce() throws {
        let old = try Self.servicio()
        var new = old
        let items = try #require(old.policy?.directrices.items)
        try #require(items.count >= 3)
        new.policy?.directrices.items = Array(items.dropFirst()) + [items[0]]
        let changes = ChangeSet.compute(old: old, new: new).allChanges
        #expect(changes.map(\.tipo) == [.movido])
        #expect(changes.first?.numeroAnterior == 1 && changes.first?.numeroNuevo == items.count)
    }
}
