/// The template context of the Política (`politica.mustache`).
struct PolicyDocumentContext: TemplateRecord {
    let titulo: String
    let institucion: TemplateContext.InstitutionKeys
    let version: TemplateContext.VersionKeys
    let pmg: TemplateContext.PMGKeys
    let contexto: Background
    let definiciones: Definitions
    let principios: Section<Principle>
    let objetivos: Section<Objective>
    let relacion: Relations
    let usuarios: Section<Segment>
    let actores: Section<Actor>
    let directrices: Section<Guideline>
    let glosario: Section<Term>

    typealias HTMLParagraph = TemplateContext.HTMLParagraph

    /// The context section: paragraphs, with mission and vision unless the paragraphs state them.
    struct Background: TemplateRecord {
        let parrafos: [HTMLParagraph]
        let parrafosFinales: [HTMLParagraph]
        let declaraciones: [Statement]
    }

    /// One paragraph of the mission or vision, labelled on its first paragraph.
    struct Statement: TemplateRecord {
        let etiqueta: String
        let tieneEtiqueta: Bool
        let html: SafeHTML
    }

    /// The institution's strategic definitions.
    struct Definitions: TemplateRecord {
        let titulo: String
        let misionHtml: SafeHTML
        let visionHtml: SafeHTML
        let tieneTitulo: Bool
        let introduccion: [HTMLParagraph]
        let objetivos: [StrategicObjective]
    }

    /// An institutional strategic objective.
    struct StrategicObjective: TemplateRecord {
        let html: SafeHTML
        let id: String
        let numero: String
        let romano: String
    }

    /// A section of the Política: introduction, items, closing.
    struct Section<Item: TemplateRecord>: TemplateRecord {
        let introduccion: [HTMLParagraph]
        let items: [Item]
        let cierre: [HTMLParagraph]
    }

    /// A principle.
    struct Principle: TemplateRecord {
        let nombre: String
        let descripcionHtml: SafeHTML
    }

    /// A strategic objective of the Política.
    struct Objective: TemplateRecord {
        let titulo: String
        let separador: String
        let textoHtml: SafeHTML
        let tieneTexto: Bool
        let parrafosAdicionales: [HTMLParagraph]
        let numero: String
        let romano: String
    }

    /// How the Política's objectives relate to the institution's.
    struct Relations: TemplateRecord {
        let introduccion: [HTMLParagraph]
        let relaciones: [Relation]
        let cierre: [HTMLParagraph]
    }

    /// One relation, as paragraphs.
    struct Relation: TemplateRecord {
        let parrafos: [HTMLParagraph]
    }

    /// A user segment.
    struct Segment: TemplateRecord {
        let nombre: String
        let textoHtml: SafeHTML
        let parrafosAdicionales: [HTMLParagraph]
        let ejemplosLista: [TemplateContext.PlainItem]
        let tieneLista: Bool
        let vinculacion: [HTMLParagraph]
        let numeroAproximado: String
        let numeroImpreso: String
        let tieneNumeroImpreso: Bool
        let numero: String
        let romano: String
    }

    /// An actor and its involvement.
    struct Actor: TemplateRecord {
        let actor: String
        let rolEtiqueta: String
        let tieneEtiqueta: Bool
        let rolHtml: SafeHTML
        let responsabilidades: [HTMLParagraph]
    }

    /// A guideline.
    struct Guideline: TemplateRecord {
        let titulo: String
        let textoHtml: SafeHTML
        let tieneTexto: Bool
        let separador: String
    }

    /// A glossary entry.
    struct Term: TemplateRecord {
        let termino: String
        let definicionHtml: SafeHTML
    }
}

extension TemplateContext {
    static func policy(_ policy: Policy, workspace: Workspace) -> PolicyDocumentContext {
        let common = common(workspace, title: policy.titulo ?? "Política de Calidad de Servicio y Experiencia Usuaria")
        let strategic = policy.definicionesEstrategicas
        return PolicyDocumentContext(
            titulo: common.titulo, institucion: common.institucion, version: common.version, pmg: common.pmg,
            contexto: PolicyDocumentContext.Background(
                parrafos: paragraphs(policy.contexto.parrafos), parrafosFinales: paragraphs(policy.contexto.parrafosFinales),
                declaraciones: statements(policy)),
            definiciones: PolicyDocumentContext.Definitions(
                titulo: strategic.titulo ?? "",
                misionHtml: strategic.mision.map(RichText.html) ?? .empty,
                visionHtml: strategic.vision.map(RichText.html) ?? .empty,
                tieneTitulo: strategic.titulo != nil,
                introduccion: paragraphs(strategic.introduccion),
                objetivos: strategic.objetivos.enumerated().map { index, objective in
                    let number = numbers(index)
                    return PolicyDocumentContext.StrategicObjective(
                        html: RichText.html(objective.texto), id: objective.id, numero: number.numero, romano: number.romano)
                }),
            principios: section(policy.principios, items: policy.principios.items.map {
                PolicyDocumentContext.Principle(nombre: $0.nombre, descripcionHtml: RichText.html($0.descripcion))
            }),
            objetivos: section(policy.objetivos, items: policy.objetivos.items.enumerated().map(objective)),
            relacion: PolicyDocumentContext.Relations(
                introduccion: paragraphs(policy.relacion.introduccion),
                relaciones: (policy.relacion.relaciones ?? []).map { relation($0, policy: policy) }
                    + PolicyText.unrelatedObjectives(policy).map {
                        relationSentence(
                            policyObjectives: [$0], institutional: policy.objetivos.items[$0].objetivosInstitucionales ?? [],
                            policy: policy)
                    },
                cierre: paragraphs(policy.relacion.cierre)),
            usuarios: section(policy.usuarios, items: policy.usuarios.items.enumerated().map(segment)),
            actores: section(policy.actores, items: policy.actores.items.map { actor in
                PolicyDocumentContext.Actor(
                    actor: actor.actor, rolEtiqueta: actor.involucramiento.spanishLabel,
                    // A role typed with its label already ("Involucrado en …: …") is shown as typed, once.
                    tieneEtiqueta: PolicyText.typedInvolvementLabel(actor.rol) == nil,
                    rolHtml: RichText.html(actor.rol),
                    responsabilidades: actor.responsabilidades.map { HTMLParagraph(html: RichText.html($0)) })
            }),
            directrices: section(policy.directrices, items: policy.directrices.items.map { guideline in
                PolicyDocumentContext.Guideline(
                    titulo: guideline.titulo, textoHtml: guideline.texto.map(RichText.html) ?? .empty,
                    tieneTexto: guideline.texto != nil, separador: PolicyText.separator(after: guideline.titulo))
            }),
            glosario: section(policy.glosario, items: policy.glosario.items.map {
                PolicyDocumentContext.Term(termino: $0.termino, definicionHtml: RichText.html($0.definicion))
            }))
    }

    /// A section's introduction, items (already converted) and closing paragraphs.
    private static func section<Source: Codable & Hashable & Sendable, Item: TemplateRecord>(_ section: Section<Source>, items: [Item]) -> PolicyDocumentContext.Section<Item> {
        PolicyDocumentContext.Section(introduccion: paragraphs(section.introduccion), items: items, cierre: paragraphs(section.cierre))
    }

    private static func objective(_ index: Int, _ objective: PolicyObjective) -> PolicyDocumentContext.Objective {
        let texts = RichText.htmlParagraphs(objective.texto)
        let number = numbers(index)
        return PolicyDocumentContext.Objective(
            titulo: objective.titulo,
            separador: PolicyText.separator(after: objective.titulo),
            textoHtml: texts.first ?? .empty,
            tieneTexto: !texts.isEmpty,
            parrafosAdicionales: texts.dropFirst().map(PolicyDocumentContext.HTMLParagraph.init),
            numero: number.numero, romano: number.romano)
    }

    private static func relation(_ relation: StrategicRelation, policy: Policy) -> PolicyDocumentContext.Relation {
        if relation.texto != nil {
            return PolicyDocumentContext.Relation(parrafos: paragraphs(relation.texto))
        }
        // No text given: write the relation from the two objectives, in the reference document's style.
        let indices = relation.objetivosPolitica.compactMap { id in policy.objetivos.items.firstIndex { $0.id == id } }
        return relationSentence(policyObjectives: indices, institutional: relation.objetivosInstitucionales, policy: policy)
    }

    /// "El **Objetivo Estratégico N°1 de la Política**: *“…”* tiene directa relación con …".
    private static func relationSentence(policyObjectives: [Int], institutional: [String], policy: Policy) -> PolicyDocumentContext.Relation {
        let objectives = policy.objetivos.items
        let strategic = policy.definicionesEstrategicas.objetivos
        let policyParts = policyObjectives.map { index -> String in
            let item = objectives[index]
            let quote = PolicyText.quotation(item.titulo + (item.texto.map { PolicyText.separator(after: item.titulo) + " " + $0 } ?? ""))
            return "el **Objetivo Estratégico N°\(index + 1) de la Política**: *“\(escapingMarkers(quote))”*"
        }
        let strategicParts = institutional.compactMap { id -> String? in
            guard let index = strategic.firstIndex(where: { $0.id == id }) else { return nil }
            return "el objetivo estratégico institucional N°\(index + 1): *“\(escapingMarkers(PolicyText.quotation(strategic[index].texto)))”*"
        }
        guard !policyParts.isEmpty, !strategicParts.isEmpty else { return PolicyDocumentContext.Relation(parrafos: []) }
        // The verb agrees with the subject: one objective "tiene", several "tienen".
        let verb = policyParts.count > 1 ? " tienen" : " tiene"
        let sentence = spanishList(policyParts).prefixCapitalized + verb + " directa relación con " + spanishList(strategicParts) + "."
        return PolicyDocumentContext.Relation(parrafos: [PolicyDocumentContext.HTMLParagraph(html: RichText.html(sentence))])
    }

    /// A literal asterisk left in a quotation must not pair with the markup around it.
    private static func escapingMarkers(_ text: String) -> String {
        text.replacingOccurrences(of: "*", with: "\\*")
    }

    /// Mission and vision, unless the context paragraphs already state them (as the reference
    /// document does): typed once, printed once.
    private static func statements(_ policy: Policy) -> [PolicyDocumentContext.Statement] {
        let context = (policy.contexto.parrafos + (policy.contexto.parrafosFinales ?? [])).map(\.texto)
        var result: [PolicyDocumentContext.Statement] = []
        for (label, text) in [("Misión", policy.definicionesEstrategicas.mision), ("Visión", policy.definicionesEstrategicas.vision)] {
            guard let text, !PolicyText.isStated(text, in: context) else { continue }
            result += RichText.htmlParagraphs(text).enumerated().map {
                PolicyDocumentContext.Statement(etiqueta: label, tieneEtiqueta: $0.offset == 0, html: $0.element)
            }
        }
        return result
    }

    private static func segment(_ index: Int, _ segment: UserSegment) -> PolicyDocumentContext.Segment {
        let examples = segment.ejemplos ?? []
        let inline = segment.ejemplosComo == .texto
        var characteristics = RichText.htmlParagraphs(segment.caracteristicas)
        if inline && !examples.isEmpty {
            // The examples sentence closes the characteristics: after their last paragraph.
            let joined = spanishList(examples) + "."
            if let last = characteristics.popLast() {
                characteristics.append(last + SafeHTML.escaping(" " + joined))
            } else {
                characteristics = [SafeHTML.escaping(joined)]
            }
        }
        let number = numbers(index)
        let printed = SegmentNumber.printed(segment)
        return PolicyDocumentContext.Segment(
            nombre: segment.nombre,
            textoHtml: characteristics.first ?? .empty,
            parrafosAdicionales: characteristics.dropFirst().map(PolicyDocumentContext.HTMLParagraph.init),
            ejemplosLista: inline ? [] : examples.map(PlainItem.init),
            tieneLista: !inline && !examples.isEmpty,
            vinculacion: paragraphs(segment.vinculacion),
            numeroAproximado: segment.numeroAproximado.map(ChileanNumber.format) ?? "",
            // Printed after the name unless the segment's own text states the figure already.
            numeroImpreso: printed ?? "",
            tieneNumeroImpreso: printed != nil,
            numero: number.numero, romano: number.romano)
    }
}

extension String {
    /// The string with its first letter upper-cased.
    var prefixCapitalized: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
