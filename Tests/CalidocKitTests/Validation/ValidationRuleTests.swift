import Foundation
import Testing
@testable import CalidocKit

/// One failing input per rule, with its exact message and location.
@Suite struct ValidationRuleTests {
    /// A minimal valid policy; tests replace one fragment to break one rule.
    static let policy = """
        contexto:
          parrafos: [Contexto.]
        definiciones_estrategicas:
          objetivos:
            - {id: oe-1, texto: Objetivo institucional}
        principios: {items: [{nombre: Ética, descripcion: Actuar con probidad.}]}
        objetivos:
          items:
            - id: obj-1
              titulo: Mejorar
              objetivos_institucionales: [oe-1]
        relacion: {}
        usuarios:
          items:
            - {nombre: Personas, numero_aproximado: 10, caracteristicas: Unos 10 habitantes.}
        actores:
          items:
            - {actor: A, involucramiento: gobernanza, rol: R, responsabilidades: [x]}
            - {actor: B, involucramiento: entrega_servicios, rol: R, responsabilidades: [x]}
            - {actor: C, involucramiento: monitoreo_evaluacion, rol: R, responsabilidades: [x]}
        directrices: {items: [{id: dir-1, titulo: Directriz}]}
        glosario: {items: []}

        """

    func findings(policy: String = ValidationRuleTests.policy, extra: [String: String] = [:]) throws -> [String] {
        var files = ["calidoc.yaml": WorkspaceLoaderTests.manifest, "politica.yaml": policy]
        files.merge(extra) { $1 }
        let result = WorkspaceValidation.run(at: try TestPaths.workspace(files))
        let lines = result.diagnostics.map { diagnostic in
            let location = diagnostic.location.map { "\(URL(fileURLWithPath: $0.file).lastPathComponent):\($0.line):\($0.column)" } ?? "-"
            return "\(location) \(diagnostic.severity.rawValue) \(diagnostic.code) \(diagnostic.message.es)"
        }
        if ProcessInfo.processInfo.environment["CALIDOC_DEBUG"] != nil { print(lines) }
        return lines
    }

    @Test func theBaselinePolicyIsValid() throws {
        #expect(try findings() == [])
    }

    @Test func duplicateIds() throws {
        let policy = Self.policy.replacingOccurrences(of: "directrices: {items: [{id: dir-1", with: "directrices: {items: [{id: obj-1")
        #expect(try findings(policy: policy) == [
            "politica.yaml:21:28 error CAL-VA-001 el id «obj-1» está repetido en este archivo"
        ])
    }

    @Test func danglingReferenceWithSuggestion() throws {
        let policy = Self.policy.replacingOccurrences(of: "objetivos_institucionales: [oe-1]", with: "objetivos_institucionales: [oe-2]")
        let result = try findings(policy: policy)
        #expect(result == ["politica.yaml:11:35 error CAL-VA-002 «oe-2» no es el id de ningún objetivo estratégico institucional"])
    }

    @Test func actorsForEveryInvolvement() throws {
        let policy = Self.policy.replacingOccurrences(
            of: "    - {actor: C, involucramiento: monitoreo_evaluacion, rol: R, responsabilidades: [x]}\n", with: "")
        #expect(try findings(policy: policy) == [
            "politica.yaml:18:5 error R-ACT-01 ningún actor está «Involucrado en el monitoreo y evaluación del Plan de Mejoramiento»"
        ])
    }

    @Test func objectivesLinkedToInstitutionalObjectives() throws {
        let policy = Self.policy.replacingOccurrences(of: "      objetivos_institucionales: [oe-1]\n", with: "")
        #expect(try findings(policy: policy) == [
            "politica.yaml:9:7 error R-OBJ-01 el objetivo N°1 «Mejorar» no está vinculado a ningún objetivo estratégico institucional"
        ])
    }

    @Test func userSegmentsNeedNumberAndCharacteristics() throws {
        let policy = Self.policy.replacingOccurrences(
            of: "{nombre: Personas, numero_aproximado: 10, caracteristicas: Unos 10 habitantes.}", with: "{nombre: Personas}")
        #expect(try findings(policy: policy) == [
            "politica.yaml:15:7 warning R-USR-01 el segmento «Personas» no indica su número aproximado",
            "politica.yaml:15:7 warning R-USR-02 el segmento «Personas» no describe sus características",
        ])
    }

    static let diagnosis = """
        periodo: "2024"
        fortalezas: []
        debilidades: []
        riesgos: []
        puntos_criticos: []
        ambitos_prioritarios: [{id: amb-1, nombre: Tiempos}]
        fuentes:
          tramites:
            - nombre: Certificado
              justificacion: otra
              hito_inicio: a
              hito_final: b
              tiempo_esperado: 5
              unidad: día hábil
              anios: [{anio: 2024, fuera_de_plazo: 12, total: 10}]
          reclamos:
            - {anio: 2024, recibidos: 10, respondidos: 12, respondidos_mas_20_dias: 1}
          saip:
            - {anio: 2024, recibidas: 20, respondidas: 20, hasta_10_dias: 12, hasta_15_dias: 11, hasta_20_dias: 18, mas_20_dias: 2}

        """

    @Test func guidelinesRelateToPriorityAreasAndStatisticsAreConsistent() throws {
        let result = try findings(extra: ["diagnostico.yaml": Self.diagnosis])
        #expect(result == [
            "politica.yaml:21:23 warning R-DIR-01 la directriz «Directriz» no se relaciona con ningún ámbito prioritario del diagnóstico",
            "diagnostico.yaml:17:48 error R-EST-01 reclamos 2024: respondidos (12) supera recibidos (10)",
            "diagnostico.yaml:19:86 error R-EST-03 SAIP 2024: los tramos son acumulados, «hasta_15_dias» (11) no puede ser menor que «hasta_10_dias» (12)",
            "diagnostico.yaml:9:7 error R-TRA-02 el trámite «Certificado» se justifica por «otra» razón pero no la indica",
            "diagnostico.yaml:15:44 error R-TRA-04 trámite «Certificado» 2024: transacciones fuera de plazo (12) supera el total (10)",
        ])
    }

    static let plan = """
        periodo: "2025"
        actividades:
          - id: A1
            nombre: Sin nada
          - id: A2
            nombre: Meta fuera de rango
            area_responsable: OIRS
            poblacion_objetivo: Personas
            plazo: 2025-02-30
            indicador: {nombre: Porcentaje, formula: (a/b)*100, unidad: "%", meta: 120}

        """

    @Test func planActivitiesNeedAreaPopulationIndicatorAndValidDates() throws {
        let result = try findings(extra: ["plan.yaml": Self.plan])
        #expect(result == [
            "plan.yaml:3:5 error R-PLAN-01 la actividad «A1» no tiene área responsable",
            "plan.yaml:3:5 error R-PLAN-02 la actividad «A1» no indica su población objetivo",
            "plan.yaml:3:5 error R-PLAN-03 la actividad «A1» no tiene indicador",
            "plan.yaml:10:76 error R-PLAN-05 la meta 120.0 de la actividad «A2» no es un porcentaje entre 0 y 100",
            "plan.yaml:9:12 error R-FEC-01 «2025-02-30» no es una fecha válida",
        ])
    }

    @Test func participationFiguresAreConsistent() throws {
        let participation = """
            instancias:
              - nombre: Encuesta
                tipo: encuesta
                desde: 2024-08-23
                hasta: 2024-08-20
                participantes: 300
                total: 275
                desgloses: [{titulo: Estamento, categorias: [{nombre: A, participantes: 400}]}]

            """
        #expect(try findings(extra: ["participacion.yaml": participation]) == [
            "participacion.yaml:6:20 error R-PAR-01 «Encuesta»: participantes (300) debe estar entre 0 y el total (275), y el total ser mayor que cero",
            "participacion.yaml:8:17 error R-PAR-02 «Estamento» suma 400 personas, más que las 300 participantes",
            "participacion.yaml:5:12 error R-PAR-03 «Encuesta»: la fecha «hasta» (2024-08-20) es anterior a «desde» (2024-08-23)",
        ])
    }

    @Test func englishMessages() throws {
        let policy = Self.policy.replacingOccurrences(of: "      objetivos_institucionales: [oe-1]\n", with: "")
        let result = WorkspaceValidation.run(at: try TestPaths.workspace(["calidoc.yaml": WorkspaceLoaderTests.manifest, "politica.yaml": policy]))
        #expect(result.diagnostics.first?.message.en == "objective N°1 «Mejorar» is not linked to any institutional strategic objective")
    }

    @Test func derivedFigures() {
        #expect(Ratio(151, of: 275).truncatedDisplay == "54 %")
        #expect(Ratio(5, of: 20).truncatedDisplay == "25 %")
        #expect(Ratio(8, of: 14).display == "57,1 %")
        #expect(Ratio(5, of: 0).display == "N/A")
        #expect(RequestYear(anio: 2024, recibidos: 14, respondidos: 8, respondidosMas20Dias: 5).lateShare?.display == "62,5 %")
        #expect(ChileanNumber.format(7_112_808) == "7.112.808")
        #expect(ChileanNumber.format(54.94, decimals: 1) == "54,9")
    }
}
