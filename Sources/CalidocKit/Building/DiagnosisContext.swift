/// The template context of the Diagnóstico (`diagnostico.mustache`), with derived figures computed here.
struct DiagnosisContext: TemplateRecord {
    let titulo: String
    let institucion: TemplateContext.InstitutionKeys
    let version: TemplateContext.VersionKeys
    let pmg: TemplateContext.PMGKeys
    let periodo: String
    let introduccion: [TemplateContext.HTMLParagraph]
    let cierre: [TemplateContext.HTMLParagraph]
    let fortalezas: [Finding]
    let debilidades: [Finding]
    let riesgos: [Finding]
    let puntosCriticos: [Finding]
    let ambitos: [Area]
    let tramites: [Procedure]
    let tieneTramites: Bool
    let reclamos: [ComplaintYear]
    let tieneReclamos: Bool
    let saip: [InformationRequestYear]
    let tieneSaip: Bool
    let mesu: [SatisfactionYear]
    let tieneMesu: Bool
    let otrasFuentes: [TemplateContext.HTMLParagraph]

    /// A strength, weakness, risk or critical point, with its source.
    struct Finding: TemplateRecord {
        let html: SafeHTML
        let fuente: String
        let tieneFuente: Bool
    }

    /// A priority area.
    struct Area: TemplateRecord {
        let nombre: String
        let descripcion: [TemplateContext.HTMLParagraph]
        let numero: String
        let romano: String
    }

    /// A relevant procedure and its yearly times.
    struct Procedure: TemplateRecord {
        let nombre: String
        let justificacion: String
        let hitoInicio: String
        let hitoFinal: String
        let tiempoEsperado: String
        let unidad: String
        let anios: [ProcedureYear]
    }

    /// One year of a procedure's times.
    struct ProcedureYear: TemplateRecord {
        let anio: String
        let promedio: String
        let mediana: String
        let minimo: String
        let maximo: String
        let fueraPlazo: String
        let total: String
        let porcentaje: String
    }

    /// One year of complaints.
    struct ComplaintYear: TemplateRecord {
        let anio: String
        let recibidos: String
        let respondidos: String
        let porcentaje: String
        let mas20: String
        let fueraPlazo: String
        let promedio: String
        let mediana: String
        let minimo: String
        let maximo: String
    }

    /// One year of information requests (SAIP).
    struct InformationRequestYear: TemplateRecord {
        let anio: String
        let recibidas: String
        let respondidas: String
        let porcentaje: String
        let hasta10: String
        let hasta15: String
        let hasta20: String
        let mas20: String
        let fueraPlazo: String
        let promedio: String
    }

    /// One year of the satisfaction survey (MESU).
    struct SatisfactionYear: TemplateRecord {
        let anio: String
        let satisfechos: String
        let neta: String
        let encuestas: String
        let tieneCanales: Bool
        let canales: [Channel]
    }

    /// Satisfaction by channel.
    struct Channel: TemplateRecord {
        let canal: String
        let satisfechos: String
    }
}

extension TemplateContext {
    static func diagnosis(_ diagnosis: Diagnosis, workspace: Workspace) -> DiagnosisContext {
        let title = diagnosis.titulo ?? "Diagnóstico de Calidad de Servicio y Experiencia Usuaria"
        let common = common(workspace, title: title)
        func findings(_ items: [Finding]) -> [DiagnosisContext.Finding] {
            items.map { DiagnosisContext.Finding(html: RichText.html($0.texto), fuente: $0.fuente ?? "", tieneFuente: $0.fuente != nil) }
        }
        let sources = diagnosis.fuentes
        return DiagnosisContext(
            titulo: common.titulo, institucion: common.institucion, version: common.version, pmg: common.pmg,
            periodo: diagnosis.periodo,
            introduccion: paragraphs(diagnosis.introduccion),
            cierre: paragraphs(diagnosis.cierre),
            fortalezas: findings(diagnosis.fortalezas),
            debilidades: findings(diagnosis.debilidades),
            riesgos: findings(diagnosis.riesgos),
            puntosCriticos: findings(diagnosis.puntosCriticos),
            ambitos: diagnosis.ambitosPrioritarios.enumerated().map { index, area in
                let number = numbers(index)
                return DiagnosisContext.Area(
                    nombre: area.nombre, descripcion: paragraphs(area.descripcion), numero: number.numero, romano: number.romano)
            },
            tramites: (sources?.tramites ?? []).map(procedure),
            tieneTramites: !(sources?.tramites ?? []).isEmpty,
            reclamos: (sources?.reclamos ?? []).map { year in
                DiagnosisContext.ComplaintYear(
                    anio: String(year.anio), recibidos: ChileanNumber.format(year.recibidos),
                    respondidos: ChileanNumber.format(year.respondidos), porcentaje: year.answeredShare.display,
                    mas20: year.respondidosMas20Dias.map(ChileanNumber.format) ?? "—",
                    fueraPlazo: year.lateShare?.display ?? "N/A",
                    promedio: number(year.promedio), mediana: number(year.mediana),
                    minimo: number(year.minimo), maximo: number(year.maximo))
            },
            tieneReclamos: !(sources?.reclamos ?? []).isEmpty,
            saip: (sources?.saip ?? []).map { year in
                DiagnosisContext.InformationRequestYear(
                    anio: String(year.anio), recibidas: ChileanNumber.format(year.recibidas),
                    respondidas: ChileanNumber.format(year.respondidas), porcentaje: year.answeredShare.display,
                    hasta10: year.hasta10Dias.map(ChileanNumber.format) ?? "—",
                    hasta15: year.hasta15Dias.map(ChileanNumber.format) ?? "—",
                    hasta20: year.hasta20Dias.map(ChileanNumber.format) ?? "—",
                    mas20: year.mas20Dias.map(ChileanNumber.format) ?? "—",
                    fueraPlazo: year.lateShare?.display ?? "N/A", promedio: number(year.promedio))
            },
            tieneSaip: !(sources?.saip ?? []).isEmpty,
            mesu: (sources?.mesu ?? []).map { year in
                DiagnosisContext.SatisfactionYear(
                    anio: String(year.anio),
                    satisfechos: ChileanNumber.format(year.porcentajeSatisfechos, decimals: 1) + " %",
                    neta: year.satisfaccionNeta.map { ChileanNumber.format($0, decimals: 1) } ?? "—",
                    encuestas: year.encuestas.map(ChileanNumber.format) ?? "—",
                    tieneCanales: !(year.canales ?? []).isEmpty,
                    canales: (year.canales ?? []).map {
                        DiagnosisContext.Channel(canal: $0.canal, satisfechos: ChileanNumber.format($0.porcentajeSatisfechos, decimals: 1) + " %")
                    })
            },
            tieneMesu: !(sources?.mesu ?? []).isEmpty,
            otrasFuentes: paragraphs(sources?.otras))
    }

    private static func number(_ value: Double?) -> String {
        value.map { ChileanNumber.compact($0, maximumDecimals: 1) } ?? "—"
    }

    private static func procedure(_ procedure: RelevantProcedure) -> DiagnosisContext.Procedure {
        let justification: String
        switch procedure.justificacion {
        case .masividad: justification = "Masividad (volumen de transacciones)"
        case .objetivosEstrategicos: justification = "Asociado a objetivos estratégicos de la institución"
        case .otra: justification = "Otra razón: \(procedure.otraRazon ?? "")"
        }
        return DiagnosisContext.Procedure(
            nombre: procedure.nombre, justificacion: justification,
            hitoInicio: procedure.hitoInicio, hitoFinal: procedure.hitoFinal,
            tiempoEsperado: ChileanNumber.compact(procedure.tiempoEsperado) + " " + procedure.unidad.rawValue,
            unidad: procedure.unidad.rawValue,
            anios: (procedure.anios ?? []).map { year in
                DiagnosisContext.ProcedureYear(
                    anio: String(year.anio), promedio: number(year.promedio), mediana: number(year.mediana),
                    minimo: number(year.minimo), maximo: number(year.maximo),
                    fueraPlazo: year.fueraDePlazo.map(ChileanNumber.format) ?? "—",
                    total: year.total.map(ChileanNumber.format) ?? "—",
                    porcentaje: year.lateShare?.display ?? "N/A")
            })
    }
}
