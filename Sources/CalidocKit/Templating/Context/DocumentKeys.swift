/// The keys of each document's context, by root template: derived from the context records
/// themselves (``TemplateKeyProbe``), for the template check and the key reference.
enum DocumentKeys {
    /// One root template, what it produces, and the keys its context holds.
    struct Root: Sendable {
        /// Template name (`politica`).
        let template: String
        /// What it produces, in Spanish and English.
        let title: LocalizedMessage
        /// The context's keys.
        let keys: [TemplateKey]
    }

    /// Every root template, in the order the reference lists them.
    static let roots: [Root] = [
        Root(template: "politica", title: LocalizedMessage(es: "Política", en: "Policy"), keys: PolicyDocumentContext.keys),
        Root(template: "plan", title: LocalizedMessage(es: "Plan de Mejoramiento", en: "Improvement plan"), keys: PlanContext.keys),
        Root(template: "diagnostico", title: LocalizedMessage(es: "Diagnóstico", en: "Diagnosis"), keys: DiagnosisContext.keys),
        Root(template: "informe", title: LocalizedMessage(es: "Informe de resultados", en: "Results report"), keys: ProgressContext.keys),
        Root(template: "resolucion", title: LocalizedMessage(es: "Resolución", en: "Resolution"), keys: ResolutionContext.keys),
        Root(template: "cambios", title: LocalizedMessage(es: "Cambios entre versiones", en: "Changes between versions"),
             keys: ChangeDocumentContext.keys),
        Root(template: "presentacion", title: LocalizedMessage(es: "Presentación de la sesión", en: "Session deck"), keys: DeckContext.keys),
    ]

    /// The keys of the context `template` renders with, when it is a root template.
    static func keys(forTemplate template: String) -> [TemplateKey]? {
        roots.first { $0.template == template }?.keys
    }
}

extension TemplateRecord {
    /// The record's keys, in declaration order.
    static var keys: [TemplateKey] { TemplateKeyProbe.keys(of: Self.self) }
}
