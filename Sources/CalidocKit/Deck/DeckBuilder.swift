import Foundation

/// Builds the ``Presentation`` of a Comité session: session data + participation + the two change
/// sets + the Red de Expertos recommendations → `Templates/presentacion.mustache` → slides.
public enum DeckBuilder {
    /// Builds the deck of session `number` of the workspace at `directory` (validated first).
    public static func build(session number: Int, workspace directory: URL) throws -> Presentation {
        try build(session: number, workspace: try VersionDiff.load(directory))
    }

    /// Builds the deck of session `number` of a validated workspace; each version the session
    /// compares is loaded and validated once.
    public static func build(session number: Int, workspace validated: ValidatedWorkspace) throws -> Presentation {
        let workspace = validated.workspace
        let session = try SessionLoader.load(number: number, in: validated.directory)
        var resources: [Resource] = []
        var charts: [String: ChartData] = [:]
        var versions = DeckVersions(base: validated)
        let context = try context(session: session, workspace: workspace, versions: &versions, resources: &resources, charts: &charts)
        let blocks = try DocumentBuilder(workspace: validated).render(template: "presentacion", record: context)
        var metadata = DocumentBuilder.metadata(kind: .politica, title: context.titulo, workspace: workspace)
        metadata.kind = "presentacion"
        metadata.date = session.fecha
        metadata.footerText = workspace.manifest.pmg.comite
        return Presentation(metadata: metadata, slides: slides(from: blocks).flatMap(paginate), resources: resources, charts: charts)
    }

    static func context(
        session: Session, workspace: Workspace, versions: inout DeckVersions, resources: inout [Resource],
        charts: inout [String: ChartData]
    ) throws -> DeckContext {
        let manifest = workspace.manifest
        let ordinals = ["Primera", "Segunda", "Tercera", "Cuarta", "Quinta", "Sexta", "Séptima", "Octava", "Novena", "Décima"]
        let title = session.titulo ?? ((session.numero >= 1 && session.numero <= 10 ? ordinals[session.numero - 1] : "Sesión N°\(session.numero)") + " sesión")
        let recap = session.recordemos.map { recap in
            DeckContext.Recap(etapa: (recap.etapa ?? manifest.pmg.etapa.rawValue).uppercased(), objetivoHtml: RichText.html(recap.objetivo))
        }
        let instances = workspace.participation?.instancias ?? []
        let instanceContexts = instances.enumerated().map { index, instance -> DeckContext.Instance in
            let instanceCharts = (instance.desgloses ?? []).enumerated().map { chartIndex, breakdown -> DeckContext.Chart in
                let name = "grafico-\(index + 1)-\(chartIndex + 1).svg"
                resources.append(Resource(name: name, mediaType: "image/svg+xml",
                                          data: Array(BarChart.svg(breakdown, participants: instance.participantes).utf8),
                                          pixelWidth: 780, pixelHeight: 56 + 34 * breakdown.categorias.count))
                charts[name] = ChartData(title: breakdown.titulo, bars: breakdown.categorias.map { ($0.nombre, $0.participantes) },
                                         total: instance.participantes)
                return DeckContext.Chart(
                    src: name, alt: "Gráfico de barras: \(breakdown.titulo)", titulo: breakdown.titulo,
                    romano: RomanNumeral.lower(index + 1), nombre: instance.nombre, participantes: String(instance.participantes))
            }
            return DeckContext.Instance(
                romano: RomanNumeral.lower(index + 1), nombre: instance.nombre,
                descripcionHtml: RichText.html(instance.descripcion ?? ""),
                participantes: String(instance.participantes), total: String(instance.total),
                porcentaje: instance.share.truncatedDisplay.replacingOccurrences(of: " %", with: "%"),
                desde: SpanishDate.short(instance.desde), hasta: SpanishDate.short(instance.hasta ?? instance.desde),
                observaciones: (instance.observaciones ?? []).map { TemplateContext.HTMLParagraph(html: RichText.html($0)) },
                graficos: instanceCharts)
        }
        let results = try session.cambiosResultados.map { try changeContext($0, versions: &versions) }
        var recommendationChanges: DeckContext.Changes?
        var groups: [DeckContext.RecommendationGroup] = []
        if let pair = session.cambiosRecomendaciones {
            recommendationChanges = try changeContext(pair, versions: &versions)
            let reviewed = try versions.load(pair.anterior)
            let items = reviewed.workspace.recommendations?.items ?? workspace.recommendations?.items ?? []
            let sections = PolicySectionKey.allCases.filter { key in items.contains { $0.seccion == key } }
            groups = sections.enumerated().map { index, key in
                DeckContext.RecommendationGroup(
                    romano: RomanNumeral.upper(index + 1), titulo: key.spanishTitle,
                    items: items.filter { $0.seccion == key }.map { TemplateContext.PlainItem(texto: $0.texto) })
            }
        }
        return DeckContext(
            titulo: title.uppercased(),
            sistema: "Calidad de Servicio y Experiencia Usuaria".uppercased(),
            fechaLarga: SpanishDate.long(session.fecha),
            unidad: session.unidad ?? manifest.institucion.division ?? "",
            subunidad: session.subunidad ?? manifest.institucion.departamento ?? "",
            institucion: manifest.institucion.nombreCorto ?? manifest.institucion.nombre,
            contenido: session.contenido,
            recordemos: recap,
            tieneParticipacion: !instances.isEmpty,
            instancias: instanceContexts,
            resultados: results,
            recomendacionCambios: recommendationChanges,
            // Both absent (no recommendations reviewed) read as empty: a flag off, an empty list.
            tieneRecomendaciones: !groups.isEmpty,
            recomendaciones: groups)
    }

    static func changeContext(_ pair: VersionPair, versions: inout DeckVersions) throws -> DeckContext.Changes {
        let old = try versions.load(pair.anterior)
        let new = try versions.load(pair.nueva)
        let options = DiffOptions(phrases: try PhraseCatalogue.forWorkspace(new, language: .es))
        return DeckContext.Changes(secciones: ChangeSet.compute(old: old, new: new, options: options).templateSections())
    }
}
