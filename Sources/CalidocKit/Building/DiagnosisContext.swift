/// The template context of the Diagnóstico, with derived figures computed here.
extension TemplateContext {
    static func diagnosis(_ diagnosis: Diagnosis, workspace: Workspace) -> Values {
        let title = diagnosis.titulo ?? "Diagnóstico de Calidad de Servicio y Experiencia Usuaria"
        var values = common(workspace, title: title)
        values["periodo"] = diagnosis.periodo
        values["introduccion"] = paragraphs(diagnosis.introduccion)
        values["cierre"] = paragraphs(diagnosis.cierre)
        func findings(_ items: [Finding]) -> [Values] {
            items.map { ["html": RichText.inline($0.texto), "fuente": $0.fuente ?? "", "tiene_fuente": $0.fuente != nil] }
        }
        values["fortalezas"] = findings(diagnosis.fortalezas)
        values["debilidades"] = findings(diagnosis.debilidades)
        values["riesgos"] = findings(diagnosis.riesgos)
        values["puntos_criticos"] = findings(diagnosis.puntosCriticos)
        values["ambitos"] = numbered(diagnosis.ambitosPrioritarios.map {
            ["nombre": $0.nombre, "descripcion": paragraphs($0.descripcion)]
        })
        let sources = diagnosis.fuentes
        values["tramites"] = (sources?.tramites ?? []).map(procedure)
        values["tiene_tramites"] = !(sources?.tramites ?? []).isEmpty
        values["reclamos"] = (sources?.reclamos ?? []).map { year in
            [
                "anio": String(year.anio), "recibidos": ChileanNumber.format(year.recibidos),
                "respondidos": ChileanNumber.format(year.respondidos), "porcentaje": year.answeredShare.display,
                "mas20": year.respondidosMas20Dias.map(ChileanNumber.format) ?? "—",
                "fuera_plazo": year.lateShare?.display ?? "N/A",
                "promedio": number(year.promedio), "mediana": number(year.mediana),
                "minimo": number(year.minimo), "maximo": number(year.maximo),
            ] as Values
        }
        values["tiene_reclamos"] = !(sources?.reclamos ?? []).isEmpty
        values["saip"] = (sources?.saip ?? []).map { year in
            [
                "anio": String(year.anio), "recibidas": ChileanNumber.format(year.recibidas),
                "respondidas": ChileanNumber.format(year.respondidas), "porcentaje": year.answeredShare.display,
                "hasta10": year.hasta10Dias.map(ChileanNumber.format) ?? "—",
                "hasta15": year.hasta15Dias.map(ChileanNumber.format) ?? "—",
                "hasta20": year.hasta20Dias.map(ChileanNumber.format) ?? "—",
                "mas20": year.mas20Dias.map(ChileanNumber.format) ?? "—",
                "fuera_plazo": year.lateShare?.display ?? "N/A", "promedio": number(year.promedio),
            ] as Values
        }
        values["tiene_saip"] = !(sources?.saip ?? []).isEmpty
        values["mesu"] = (sources?.mesu ?? []).map { year in
            [
                "anio": String(year.anio),
                "satisfechos": ChileanNumber.format(year.porcentajeSatisfechos, decimals: 1) + " %",
                "neta": year.satisfaccionNeta.map { ChileanNumber.format($0, decimals: 1) } ?? "—",
                "encuestas": year.encuestas.map(ChileanNumber.format) ?? "—",
                "tiene_canales": !(year.canales ?? []).isEmpty,
                "canales": (year.canales ?? []).map {
                    ["canal": $0.canal, "satisfechos": ChileanNumber.format($0.porcentajeSatisfechos, decimals: 1) + " %"]
                },
            ] as Values
        }
        values["tiene_mesu"] = !(sources?.mesu ?? []).isEmpty
        values["otras_fuentes"] = paragraphs(sources?.otras)
        return values
    }

    private static func number(_ value: Double?) -> String {
        value.map { ChileanNumber.compact($0, maximumDecimals: 1) } ?? "—"
    }

    private static func procedure(_ procedure: RelevantProcedure) -> Values {
        let justification: String
        switch procedure.justificacion {
        case .masividad: justification = "Masividad (volumen de transacciones)"
        case .objetivosEstrategicos: justification = "Asociado a objetivos estratégicos de la institución"
        case .otra: justification = "Otra razón: \(procedure.otraRazon ?? "")"
        }
        return [
            "nombre": procedure.nombre, "justificacion": justification,
            "hito_inicio": procedure.hitoInicio, "hito_final": procedure.hitoFinal,
            "tiempo_esperado": ChileanNumber.compact(procedure.tiempoEsperado) + " " + procedure.unidad.rawValue,
            "unidad": procedure.unidad.rawValue,
            "anios": (procedure.anios ?? []).map { year in
                [
                    "anio": String(year.anio), "promedio": number(year.promedio), "mediana": number(year.mediana),
                    "minimo": number(year.minimo), "maximo": number(year.maximo),
                    "fuera_plazo": year.fueraDePlazo.map(ChileanNumber.format) ?? "—",
                    "total": year.total.map(ChileanNumber.format) ?? "—",
                    "porcentaje": year.lateShare?.display ?? "N/A",
                ] as Values
            },
        ]
    }
}
