import Foundation
import Testing
@testable import CalidocKit

/// Every kind of statement the diff writes, in both languages and both quotation styles, held to a
/// golden file (`frases-todas.txt`): the phrase catalogue (`Templates/frases/`) must reproduce the
/// wording exactly (CALIDOC_RECORD=1 re-records).
@Suite struct StatementCatalogueGoldenTests {
    typealias Edit = @Sendable (inout Workspace) -> Void

    /// Named edits of the servicio sample, each reaching one or more rules of the diff.
    static let edits: [(String, Edit)] = [
        ("principio renombrado", { $0.policy?.principios.items[0].nombre = "Simpleza" }),
        ("objetivo con otro título", { $0.policy?.objetivos.items[0].titulo = "Un título nuevo" }),
        ("principio incorporando", { $0.policy?.principios.items[1].descripcion += " Y avisamos por correo." }),
        ("principio reemplazando", { ws in
            let text = ws.policy?.principios.items[1].descripcion ?? ""
            let words = text.split(separator: " ")
            ws.policy?.principios.items[1].descripcion = (["Nosotros"] + words.dropFirst()).joined(separator: " ")
        }),
        ("principio eliminando", { ws in
            let text = ws.policy?.principios.items[1].descripcion ?? ""
            ws.policy?.principios.items[1].descripcion = text.split(separator: " ").dropLast(3).joined(separator: " ") + "."
        }),
        ("principio con motivo", { $0.policy?.principios.items[1].descripcion = "Otro texto completamente distinto del anterior."
            $0.policy?.principios.items[1].motivo = "ajustándolo a la ley" }),
        ("principio reescrito", { $0.policy?.principios.items[2].descripcion = "Otro texto completamente distinto del anterior, sin nada en común." }),
        ("principio agregado y eliminado", { ws in
            ws.policy?.principios.items.remove(at: 0)
            ws.policy?.principios.items.append(Principle(id: "pri-nuevo", nombre: "Cercanía", descripcion: "Estamos cerca.", motivo: "por pedido del Comité"))
            ws.policy?.principios.items.append(Principle(nombre: "Empatía", descripcion: "Escuchamos a las personas."))
        }),
        ("principios movidos", { ws in
            guard let items = ws.policy?.principios.items else { return }
            ws.policy?.principios.items = [items[2], items[0], items[1]]
        }),
        ("objetivos", { ws in
            let text = ws.policy?.objetivos.items[1].texto ?? ""
            ws.policy?.objetivos.items[1].texto = text + " Con más detalle."
            ws.policy?.objetivos.items.remove(at: 2)
            ws.policy?.objetivos.items.append(PolicyObjective(titulo: "Nuevo objetivo", texto: "Un texto nuevo."))
            ws.policy?.objetivos.items[0].objetivosInstitucionales = ["x"]
        }),
        ("misión y visión", { ws in
            ws.policy?.definicionesEstrategicas.mision = "Otra misión."
            ws.policy?.definicionesEstrategicas.vision = nil
        }),
        ("visión nueva", { ws in ws.policy?.definicionesEstrategicas.vision = "Una visión nueva." }),
        ("objetivos institucionales", { ws in
            ws.policy?.definicionesEstrategicas.objetivos[0].texto += " Ampliado."
            ws.policy?.definicionesEstrategicas.objetivos.remove(at: 1)
            ws.policy?.definicionesEstrategicas.objetivos.append(StrategicObjective(id: "OEI-9", texto: "Un objetivo institucional nuevo."))
        }),
        ("relaciones por objetivo", { ws in
            ws.policy?.relacion.relaciones?[0].texto = "Una relación escrita."
            ws.policy?.relacion.relaciones?.remove(at: 1)
        }),
        ("relaciones por primera vez", { _ in }),
        ("segmento eliminado y agregado", { ws in
            ws.policy?.usuarios.items.remove(at: 0)
            ws.policy?.usuarios.items.append(UserSegment(nombre: "Personas mayores", caracteristicas: "Mayores de 65."))
        }),
        ("un segmento modificado", { ws in
            ws.policy?.usuarios.items[0].caracteristicas = "Otras características."
            ws.policy?.usuarios.items[0].motivo = "según la encuesta"
        }),
        ("segmentos caracterizados", { ws in
            for index in ws.policy?.usuarios.items.indices ?? 0..<0 {
                ws.policy?.usuarios.items[index].ejemplos = ["Ejemplo \(index)"]
                ws.policy?.usuarios.items[index].caracteristicas = "Características \(index)."
            }
        }),
        ("segmentos con motivo de sección", { ws in
            for index in ws.policy?.usuarios.items.indices ?? 0..<0 {
                ws.policy?.usuarios.items[index].caracteristicas = "Características \(index)."
                ws.policy?.usuarios.items[index].numeroAproximado = 100 + index
            }
            ws.policy?.usuarios.motivo = "se desarrolla una caracterización para cada grupo."
        }),
        ("segmentos movidos", { ws in
            guard let items = ws.policy?.usuarios.items else { return }
            ws.policy?.usuarios.items = [items[2], items[0], items[1]]
        }),
        ("actor eliminado y agregado", { ws in
            ws.policy?.actores.items.remove(at: 0)
            ws.policy?.actores.items.append(Actor(actor: "Mesa de ayuda", involucramiento: .entregaServicios, rol: "Atender consultas.",
                                                  responsabilidades: ["Responder.", "Derivar."]))
        }),
        ("actor modificado", { ws in
            ws.policy?.actores.items[0].actor = "Director/a Ejecutivo/a"
            ws.policy?.actores.items[0].involucramiento = .monitoreoEvaluacion
            ws.policy?.actores.items[0].rol = "Otro rol."
            ws.policy?.actores.items[0].motivo = "por la nueva ley"
            ws.policy?.actores.items[1].responsabilidades.append("Una más.")
            ws.policy?.actores.items[2].responsabilidades += ["Una.", "Dos."]
        }),
        ("responsabilidades eliminadas", { ws in
            ws.policy?.actores.items[0].responsabilidades.removeFirst()
            if (ws.policy?.actores.items[1].responsabilidades.count ?? 0) >= 2 {
                ws.policy?.actores.items[1].responsabilidades.removeFirst(2)
            }
        }),
        ("responsabilidad reescrita", { ws in
            let first = ws.policy?.actores.items[0].responsabilidades[0] ?? ""
            ws.policy?.actores.items[0].responsabilidades[0] = first.replacingOccurrences(of: ".", with: "") + " cada mes."
            let second = ws.policy?.actores.items[1].responsabilidades[0] ?? ""
            ws.policy?.actores.items[1].responsabilidades[0] = "Siempre " + second
            let third = ws.policy?.actores.items[2].responsabilidades[0] ?? ""
            ws.policy?.actores.items[2].responsabilidades[0] = third.split(separator: " ").dropFirst().joined(separator: " ")
        }),
        ("actores movidos", { ws in
            guard let items = ws.policy?.actores.items else { return }
            ws.policy?.actores.items = [items[2], items[0], items[1]]
        }),
        ("líneas de acción", { ws in
            ws.policy?.directrices.items[0].titulo = "Un título distinto"
            ws.policy?.directrices.items[0].motivo = "según la Red"
            ws.policy?.directrices.items[1].texto = "Un texto distinto."
            ws.policy?.directrices.items[1].ambitos = ["zz"]
            ws.policy?.directrices.items.remove(at: 2)
            ws.policy?.directrices.items.append(Guideline(titulo: "Línea nueva", texto: "Texto."))
        }),
        ("líneas de acción movidas", { ws in
            guard let items = ws.policy?.directrices.items else { return }
            ws.policy?.directrices.items = [items[2], items[0], items[1]]
        }),
        ("glosario", { ws in
            ws.policy?.glosario.items[0].definicion += " Más."
            ws.policy?.glosario.items[1].termino = "Otro término"
            ws.policy?.glosario.items.remove(at: 2)
            ws.policy?.glosario.items.append(GlossaryEntry(termino: "Nuevo", definicion: "Definición nueva."))
        }),
        ("párrafos", { ws in
            ws.policy?.contexto.parrafos[0].texto += " Y algo más al final."
            ws.policy?.contexto.parrafos[1].texto = "Un párrafo completamente distinto."
            ws.policy?.contexto.parrafos[1].motivo = "por claridad"
            ws.policy?.contexto.parrafosFinales = [Paragraph(texto: "Nuevo cierre.", motivo: "la participación")]
            ws.policy?.principios.introduccion = nil
            ws.policy?.objetivos.cierre = [Paragraph(texto: "Otro cierre sin motivo.")]
        }),
        ("campos sueltos", { ws in
            ws.policy?.titulo = "Otro título de la Política"
            ws.manifest.institucion.sigla = "XYZ"
            ws.manifest.institucion.nombreCorto = nil
        }),
        ("plan", { ws in
            guard var plan = ws.plan else { return }
            plan.actividades[0].nombre = "Otro nombre"
            plan.actividades[0].prioridad = .baja
            plan.actividades[0].areaResponsable = "Otra área"
            plan.actividades[0].poblacionObjetivo = "Otra población"
            plan.actividades[0].plazo = "2030"
            plan.actividades[0].justificacionPrioridad = "Otra razón"
            plan.actividades[0].objetivo = "obj-x"
            plan.actividades[0].motivo = "por la evaluación"
            plan.actividades[1].indicador?.meta = .notCommitted
            plan.actividades[1].indicador?.nombre = "Otro indicador"
            plan.actividades[2].indicador?.formula = "a/b"
            plan.actividades.remove(at: 3)
            var added = plan.actividades[0]
            added.id = "A-99"
            added.nombre = "Una actividad nueva distinta"
            added.descripcion = "Nada en común con otras cosas."
            plan.actividades.append(added)
            plan.periodo = "2031"
            plan.introduccion = [Paragraph(texto: "Una introducción nueva.")]
            ws.plan = plan
        }),
        ("plan movido", { ws in
            guard let items = ws.plan?.actividades, items.count > 3 else { return }
            ws.plan?.actividades = [items[3], items[0], items[1], items[2]] + items.dropFirst(4)
        }),
        ("diagnóstico", { ws in
            guard var diagnosis = ws.diagnosis else { return }
            diagnosis.fortalezas[0].texto += " Y más."
            diagnosis.fortalezas.append(Finding(texto: "Una fortaleza nueva del todo."))
            diagnosis.debilidades.remove(at: 0)
            diagnosis.debilidades[0].texto = "Una debilidad reescrita por completo sin relación."
            diagnosis.riesgos.append(Finding(texto: "Un riesgo nuevo.", motivo: "por la auditoría"))
            diagnosis.puntosCriticos[0].fuente = "Otra fuente"
            diagnosis.puntosCriticos.append(Finding(texto: "Un punto crítico nuevo."))
            diagnosis.ambitosPrioritarios[0].nombre = "Ámbito renombrado"
            let description = diagnosis.ambitosPrioritarios[1].descripcion ?? ""
            diagnosis.ambitosPrioritarios[1].descripcion = description + " Ampliado."
            diagnosis.ambitosPrioritarios.remove(at: 2)
            diagnosis.ambitosPrioritarios.append(PriorityArea(id: "amb-9", nombre: "Ámbito nuevo", descripcion: "Descripción."))
            diagnosis.periodo = "2099"
            diagnosis.fuentes?.tramites?[0].nombre = "Trámite renombrado"
            ws.diagnosis = diagnosis
        }),
        ("segmento nuevo", { ws in
            ws.policy?.usuarios.items.append(UserSegment(nombre: "Personas mayores de ochenta años en zonas rurales", caracteristicas: "Mayores."))
            ws.policy?.usuarios.items[0].ejemplosComo = .texto
        }),
        ("segmento quitado", { ws in ws.policy?.usuarios.items.remove(at: 1) }),
        ("visión quitada", { ws in ws.policy?.definicionesEstrategicas.vision = nil }),
        ("documentos quitados", { ws in
            ws.plan = nil
            ws.diagnosis = nil
            ws.progress = nil
        }),
    ]

    /// One block per edit and per language/quotation style.
    static func render() throws -> String {
        var out = ""
        let base = try ChangeSetTests.workspace(TestPaths.servicio)
        for (name, edit) in edits {
            var old = base
            var new = base
            if name == "relaciones por primera vez" { old.policy?.relacion.relaciones = [] }
            if name == "visión quitada" { old.policy?.definicionesEstrategicas.vision = "Una visión." }
            if name == "documentos quitados" { swap(&old, &new) }
            edit(&new)
            if name == "documentos quitados" { swap(&old, &new); edit(&old) }
            out += block(name, old: old, new: new)
            if name == "documentos quitados" { out += block("documentos eliminados", old: new, new: old) }
        }
        for seed in DiffPropertyTests.seeds.prefix(12) {
            for withIds in [true, false] {
                let (old, new) = try DiffPropertyTests.versions(seed: seed, withIds: withIds)
                out += block("generado \(seed) \(withIds ? "con" : "sin") ids", old: old, new: new)
            }
        }
        let gore = [TestPaths.goreV1, TestPaths.goreV2, TestPaths.gore].map { (try? ChangeSetTests.workspace($0)) }
        if let v1 = gore[0], let v2 = gore[1], let v3 = gore[2] {
            out += block("GORE 1 → 2", old: v1, new: v2)
            out += block("GORE 2 → 3", old: v2, new: v3)
        }
        return out
    }

    static func block(_ name: String, old: Workspace, new: Workspace) -> String {
        var out = ""
        for language in [MessageLanguage.es, .en] {
            for quotes in DiffOptions.QuoteStyle.allCases {
                out += "## \(name) [\(language) \(quotes.rawValue)]\n"
                let changes = ChangeSet.compute(old: old, new: new, language: language, options: DiffOptions(quotes: quotes))
                for section in changes.secciones {
                    out += "# \(section.clave): \(section.titulo)\n"
                    for change in section.cambios {
                        out += "\(change.tipo.rawValue) \(change.elemento): \(change.enunciado)\n"
                        for detail in change.detalles { out += "  · \(detail)\n" }
                        for item in change.lista { out += "  - \(item)\n" }
                    }
                }
            }
        }
        return out
    }

    @Test func everyStatementKeepsItsWording() throws {
        Golden.check(try Self.render(), named: "frases-todas.txt")
    }
}
