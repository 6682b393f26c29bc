/// The template context of a Comité session deck (`presentacion.mustache`).
struct DeckContext: TemplateRecord {
    let titulo: String
    let sistema: String
    let fechaLarga: String
    let unidad: String
    let subunidad: String
    /// The institution's short name (a text here, not the documents' `institucion` record).
    let institucion: String
    let contenido: [String]
    let recordemos: Recap?
    let tieneParticipacion: Bool
    let instancias: [Instance]
    let resultados: Changes?
    let recomendacionCambios: Changes?
    let tieneRecomendaciones: Bool
    let recomendaciones: [RecommendationGroup]

    /// The «Recordemos» slide: the stage and its objective.
    struct Recap: TemplateRecord {
        let etapa: String
        let objetivoHtml: SafeHTML
    }

    /// A participation instance and its charts.
    struct Instance: TemplateRecord {
        let romano: String
        let nombre: String
        let descripcionHtml: SafeHTML
        let participantes: String
        let total: String
        let porcentaje: String
        let desde: String
        let hasta: String
        let observaciones: [TemplateContext.HTMLParagraph]
        let graficos: [Chart]
    }

    /// One breakdown chart of an instance (with the instance's name and figures, for its slide).
    struct Chart: TemplateRecord {
        let src: String
        let alt: String
        let titulo: String
        let romano: String
        let nombre: String
        let participantes: String
    }

    /// The changes between two versions.
    struct Changes: TemplateRecord {
        let secciones: [ChangeSectionContext]
    }

    /// The Red de Expertos recommendations of one Política section.
    struct RecommendationGroup: TemplateRecord {
        let romano: String
        let titulo: String
        let items: [TemplateContext.PlainItem]
    }
}
