import Foundation
import Testing
@testable import CalidocKit

/// The Informe de resultados is validated against the Plan: one failing input per rule, with its exact
/// message and location.
@Suite struct ProgressRuleTests {
    static let plan = """
        periodo: "2025"
        actividades:
          - id: A1
            nombre: Certificado en línea
            area_responsable: Atención
            poblacion_objetivo: Personas
            indicador: {nombre: Porcentaje en plazo, formula: (a / b) * 100, unidad: "%", meta: 90}
          - id: A2
            nombre: Tiempo de respuesta
            area_responsable: OIRS
            poblacion_objetivo: Personas
            indicador: {nombre: Días promedio, formula: a / b, unidad: días, linea_base: 20, meta: 10}

        """

    func findings(_ report: String) throws -> [String] {
        let rules = ValidationRuleTests()
        return try rules.findings(extra: ["plan.yaml": Self.plan, "avance.yaml": report])
            .filter { $0.hasPrefix("avance.yaml") || $0.contains("R-AVA") }
    }

    @Test func aConsistentReportIsValid() throws {
        #expect(try findings("""
            periodo: "2025"
            fecha_corte: 2025-12-31
            actividades:
              - actividad: A1
                estado: cumplida
                hitos: [{nombre: En producción, fecha_planificada: 2025-06-30, fecha_real: 2025-07-02}]
                mediciones: [{periodo: "2025", numerador: 950, denominador: 1000}]
              - actividad: A2
                estado: cumplida
                mediciones: [{periodo: "2025", numerador: 360, denominador: 40}]

            """) == [])
    }

    @Test func unknownDuplicateAndMissingActivities() throws {
        #expect(try findings("""
            periodo: "2025"
            fecha_corte: 2025-12-31
            actividades:
              - {actividad: A9, estado: en_curso}
              - {actividad: A1, estado: en_curso}
              - {actividad: A1, estado: no_iniciada}

            """) == [
            "avance.yaml:4:17 error R-AVA-01 «A9» no es el id de ninguna actividad del Plan",
            "avance.yaml:6:17 error R-AVA-01 la actividad «A1» ya se informó en la entrada N°2",
            "avance.yaml:4:3 warning R-AVA-03 la actividad «A2» del Plan no aparece en el informe de resultados",
        ])
    }

    @Test func lateAndRescheduledActivitiesSayWhy() throws {
        #expect(try findings("""
            periodo: "2025"
            fecha_corte: 2025-12-31
            actividades:
              - {actividad: A1, estado: atrasada}
              - {actividad: A2, estado: reprogramada, justificacion: Licitación desierta.}

            """) == [
            "avance.yaml:4:29 error R-AVA-02 la actividad «A1» está atrasada: explique por qué",
            "avance.yaml:5:29 error R-AVA-02 la actividad «A2» está reprogramada sin nuevo plazo",
        ])
    }

    @Test func cumplidaReachesItsMetaOrSaysWhy() throws {
        let report = """
            periodo: "2025"
            fecha_corte: 2025-12-31
            actividades:
              - actividad: A1
                estado: cumplida
                mediciones: [{periodo: "2025", numerador: 850, denominador: 1000}]
              - actividad: A2
                estado: cumplida
                mediciones: [{periodo: "2025", numerador: 480, denominador: 40}]

            """
        #expect(try findings(report) == [
            "avance.yaml:5:13 error R-AVA-04 la actividad «A1» está cumplida pero su indicador (85) no alcanza la meta (90)",
            "avance.yaml:8:13 error R-AVA-04 la actividad «A2» está cumplida pero su indicador (12) no alcanza la meta (10)",
        ])
        let explained = report.replacingOccurrences(of: "    estado: cumplida\n    mediciones: [{periodo: \"2025\", numerador: 850",
                                                    with: "    estado: cumplida\n    justificacion: El Comité la dio por cumplida.\n    mediciones: [{periodo: \"2025\", numerador: 850")
        #expect(try findings(explained).count == 1)
    }

    @Test func measurementsAreConsistentWithTheUnit() throws {
        #expect(try findings("""
            periodo: "2025"
            fecha_corte: 2025-12-31
            actividades:
              - actividad: A1
                estado: en_curso
                mediciones:
                  - {periodo: T1, numerador: 120, denominador: 100}
                  - {periodo: T2, numerador: 5, denominador: 0}
              - {actividad: A2, estado: en_curso}

            """) == [
            "avance.yaml:7:34 error R-AVA-06 medición «T1»: el indicador se mide en %, y el numerador (120) supera al denominador (100)",
            "avance.yaml:8:50 error R-AVA-05 medición «T2»: el denominador debe ser mayor que 0",
        ])
    }

    @Test func datesAreRealWithinThePlanAndNotAfterTheCutOff() throws {
        #expect(try findings("""
            periodo: "2025"
            fecha_corte: 2025-10-31
            actividades:
              - actividad: A1
                estado: en_curso
                hitos:
                  - {nombre: Uno, fecha_planificada: 2024-12-01}
                  - {nombre: Dos, fecha_planificada: 2025-11-31}
                  - {nombre: Tres, fecha_planificada: 2025-09-30, fecha_real: 2025-11-15}
              - {actividad: A2, estado: en_curso}

            """) == [
            "avance.yaml:7:42 error R-AVA-07 la fecha «2024-12-01» está fuera del período del Plan (2025)",
            "avance.yaml:8:42 error R-FEC-01 «2025-11-31» no es una fecha válida",
            "avance.yaml:9:67 error R-AVA-08 la fecha real «2025-11-15» es posterior a la fecha de corte del informe",
        ])
    }

    @Test func theReportNeedsThePlan() throws {
        let rules = ValidationRuleTests()
        let lines = try rules.findings(extra: ["avance.yaml": "periodo: \"2025\"\nfecha_corte: 2025-12-31\nactividades: []\n"])
        #expect(lines.contains { $0.contains("R-AVA-01 el informe de resultados necesita el Plan de Mejoramiento (plan.yaml)") })
    }
}

/// The computed results: values from numerator and denominator, compliance against the meta, and a
/// decreasing indicator measured as the share of the gap closed.
@Suite struct ActivityComplianceTests {
    @Test func percentagesAndDecreasingIndicators() throws {
        let workspace = try #require(WorkspaceLoader.load(at: TestPaths.servicio).workspace)
        let report = try #require(workspace.progress)
        let results = ActivityCompliance.all(report, plan: workspace.plan)
        #expect(results.map(\.progress.actividad) == ["A1", "A2", "A3", "A4", "A5", "A6"])
        #expect(results.allSatisfy { $0.activity != nil })
        #expect(ActivityCompliance.display(results[0].latestValue) == "91,3")
        #expect(results[0].reachesGoal == true)
        #expect(ActivityCompliance.display(results[1].percentOfGoal, decimals: 0) == "96")
        // A3: baseline 14,6 %, meta 10 %, measured 12 % → 57 % of the gap closed.
        #expect(results[2].decreasing)
        #expect(ActivityCompliance.display(results[2].percentOfGoal, decimals: 0) == "57")
        #expect(results[4].percentOfGoal == nil)
    }

    @Test func theSampleReportIsValid() throws {
        let result = WorkspaceValidation.run(at: TestPaths.servicio)
        #expect(!result.diagnostics.contains { $0.code.hasPrefix("R-AVA") })
        #expect(!result.diagnostics.contains { $0.severity == .error })
    }
}
