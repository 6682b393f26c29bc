import Foundation

/// R-EST-01…04: complaints and SAIP figures are consistent (answered ≤ received, late ≤ answered,
/// SAIP bands cumulative and non-decreasing).
struct RequestStatisticsRule: ValidationRule {
    func check(_ workspace: Workspace, context: ValidationContext) -> [Diagnostic] {
        guard let sources = workspace.diagnosis?.fuentes else { return [] }
        var found: [Diagnostic] = []
        func problem(_ code: String, _ es: String, _ en: String, _ path: [any PathComponentConvertible]) {
            found.append(context.diagnostic(.error, code, es: es, en: en, file: .diagnostico, ["fuentes"] + path))
        }
        for (index, year) in (sources.reclamos ?? []).enumerated() {
            if year.respondidos > year.recibidos {
                problem("R-EST-01", "reclamos \(year.anio): respondidos (\(year.respondidos)) supera recibidos (\(year.recibidos))",
                        "complaints \(year.anio): answered (\(year.respondidos)) exceeds received (\(year.recibidos))",
                        ["reclamos", index, "respondidos"])
            }
            if let late = year.respondidosMas20Dias, late > year.respondidos {
                problem("R-EST-02", "reclamos \(year.anio): respondidos en más de 20 días (\(late)) supera respondidos (\(year.respondidos))",
                        "complaints \(year.anio): answered after 20 days (\(late)) exceeds answered (\(year.respondidos))",
                        ["reclamos", index, "respondidos_mas_20_dias"])
            }
        }
        for (index, year) in (sources.saip ?? []).enumerated() {
            if year.respondidas > year.recibidas {
                problem("R-EST-01", "SAIP \(year.anio): respondidas (\(year.respondidas)) supera recibidas (\(year.recibidas))",
                        "SAIP \(year.anio): answered (\(year.respondidas)) exceeds received (\(year.recibidas))",
                        ["saip", index, "respondidas"])
            }
            let bands: [(String, Int?)] = [
                ("hasta_10_dias", year.hasta10Dias), ("hasta_15_dias", year.hasta15Dias),
                ("hasta_20_dias", year.hasta20Dias),
            ]
            var previous: (String, Int)?
            for (key, value) in bands {
                guard let value else { continue }
                if let (previousKey, previousValue) = previous, value < previousValue {
                    problem("R-EST-03", "SAIP \(year.anio): los tramos son acumulados, «\(key)» (\(value)) no puede ser menor que «\(previousKey)» (\(previousValue))",
                            "SAIP \(year.anio): bands are cumulative, «\(key)» (\(value)) cannot be below «\(previousKey)» (\(previousValue))",
                            ["saip", index, key])
                }
                if value > year.respondidas {
                    problem("R-EST-03", "SAIP \(year.anio): «\(key)» (\(value)) supera respondidas (\(year.respondidas))",
                            "SAIP \(year.anio): «\(key)» (\(value)) exceeds answered (\(year.respondidas))", ["saip", index, key])
                }
                previous = (key, value)
            }
            if let within = year.hasta20Dias, let late = year.mas20Dias, within + late != year.respondidas {
                problem("R-EST-04", "SAIP \(year.anio): hasta 20 días (\(within)) + más de 20 días (\(late)) debe sumar las respondidas (\(year.respondidas))",
                        "SAIP \(year.anio): within 20 days (\(within)) + after 20 days (\(late)) must add up to answered (\(year.respondidas))",
                        ["saip", index, "mas_20_dias"])
            }
        }
        return found
    }
}

/// R-TRA-01…04: relevant procedures: 1 to 5 of them, a reason when the justification is "otra",
/// late transactions ≤ total, positive expected time, min ≤ median/mean ≤ max.
struct ProcedureRule: ValidationRule {
    func check(_ workspace: Workspace, context: ValidationContext) -> [Diagnostic] {
        guard let procedures = workspace.diagnosis?.fuentes?.tramites else { return [] }
        var found: [Diagnostic] = []
        if procedures.isEmpty || procedures.count > 5 {
            found.append(context.diagnostic(
                .error, "R-TRA-01", es: "se informan \(procedures.count) trámites relevantes; el sistema pide entre 1 y 5",
                en: "\(procedures.count) relevant procedures given; the system asks for 1 to 5",
                file: .diagnostico, ["fuentes", "tramites"]))
        }
        for (index, procedure) in procedures.enumerated() {
            let path: [any PathComponentConvertible] = ["fuentes", "tramites", index]
            if procedure.justificacion == .otra,
                (procedure.otraRazon ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            {
                found.append(context.diagnostic(
                    .error, "R-TRA-02", es: "el trámite «\(procedure.nombre)» se justifica por «otra» razón pero no la indica",
                    en: "procedure «\(procedure.nombre)» is justified by «otra» but gives no reason",
                    file: .diagnostico, path, hintES: "agregue «otra_razon»", hintEN: "add «otra_razon»",
                    formHintES: "escriba la razón en «Otra razón»", formHintEN: "write the reason in «Other reason»"))
            }
            if procedure.tiempoEsperado <= 0 {
                found.append(context.diagnostic(
                    .error, "R-TRA-03", es: "el tiempo esperado del trámite «\(procedure.nombre)» debe ser mayor que cero",
                    en: "the expected time of procedure «\(procedure.nombre)» must be above zero",
                    file: .diagnostico, path + ["tiempo_esperado"]))
            }
            for (position, year) in (procedure.anios ?? []).enumerated() {
                if let late = year.fueraDePlazo, let total = year.total, late > total {
                    found.append(context.diagnostic(
                        .error, "R-TRA-04",
                        es: "trámite «\(procedure.nombre)» \(year.anio): transacciones fuera de plazo (\(late)) supera el total (\(total))",
                        en: "procedure «\(procedure.nombre)» \(year.anio): late transactions (\(late)) exceed the total (\(total))",
                        file: .diagnostico, path + ["anios", position, "fuera_de_plazo"]))
                }
                if let low = year.minimo, let high = year.maximo, low > high {
                    found.append(context.diagnostic(
                        .error, "R-TRA-05", es: "trámite «\(procedure.nombre)» \(year.anio): el mínimo supera el máximo",
                        en: "procedure «\(procedure.nombre)» \(year.anio): minimum exceeds maximum",
                        file: .diagnostico, path + ["anios", position, "minimo"]))
                }
            }
        }
        return found
    }
}

/// R-MESU-01…02: MESU figures present when the manifest says MESU applies, percentages in range.
struct SatisfactionRule: ValidationRule {
    func check(_ workspace: Workspace, context: ValidationContext) -> [Diagnostic] {
        guard let diagnosis = workspace.diagnosis else { return [] }
        var found: [Diagnostic] = []
        let mesu = diagnosis.fuentes?.mesu ?? []
        if workspace.manifest.pmg.aplicaMESU != .no && mesu.isEmpty {
            found.append(context.diagnostic(
                .warning, "R-MESU-01", es: "el manifiesto indica que aplica MESU, pero el diagnóstico no trae sus resultados",
                en: "the manifest says MESU applies, but the diagnosis has no MESU results",
                file: .diagnostico, ["fuentes"], hintES: "agregue «fuentes.mesu»", hintEN: "add «fuentes.mesu»",
                formHintES: "agregue los resultados en «Fuentes» › «Medición de Satisfacción Usuaria»",
                formHintEN: "add the results under «Sources» › «User satisfaction survey»"))
        }
        for (index, year) in mesu.enumerated() {
            if !(0...100).contains(year.porcentajeSatisfechos) {
                found.append(context.diagnostic(
                    .error, "R-MESU-02", es: "MESU \(year.anio): el porcentaje \(year.porcentajeSatisfechos) no está entre 0 y 100",
                    en: "MESU \(year.anio): percentage \(year.porcentajeSatisfechos) is not between 0 and 100",
                    file: .diagnostico, ["fuentes", "mesu", index, "porcentaje_satisfechos"]))
            }
            for (position, channel) in (year.canales ?? []).enumerated() where !(0...100).contains(channel.porcentajeSatisfechos) {
                found.append(context.diagnostic(
                    .error, "R-MESU-02", es: "MESU \(year.anio), canal \(channel.canal): el porcentaje no está entre 0 y 100",
                    en: "MESU \(year.anio), channel \(channel.canal): percentage is not between 0 and 100",
                    file: .diagnostico, ["fuentes", "mesu", index, "canales", position]))
            }
            for (key, value) in [("satisfaccion_neta", year.satisfaccionNeta), ("evaluacion_neta", year.evaluacionNeta)] {
                if let value, !(-100...100).contains(value) {
                    found.append(context.diagnostic(
                        .error, "R-MESU-02", es: "MESU \(year.anio): «\(key)» debe estar entre -100 y 100",
                        en: "MESU \(year.anio): «\(key)» must be between -100 and 100",
                        file: .diagnostico, ["fuentes", "mesu", index, key]))
                }
            }
        }
        return found
    }
}
