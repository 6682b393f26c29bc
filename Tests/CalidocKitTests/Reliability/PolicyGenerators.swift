import CalidocKit
import PropertyBased

/// Generators of `politica.yaml` models: every section, optional fields present or absent.
///
/// References (objective ids, areas) are drawn from the same identifier generator, so they are not
/// consistent with each other: the round trip does not validate, and the document tests build
/// whatever the templates make of them.
enum PolicyGenerators {
    typealias Text = TextGenerators

    /// A section with optional introduction and closing around one to three items.
    static func section<Item>(_ item: AnyGenerator<Item>) -> AnyGenerator<Section<Item>> {
        zip(Text.optionalParagraphs, item.array(of: 1...3), Text.optionalParagraphs)
            .map { Section(introduccion: $0, items: $1, cierre: $2) }.eraseToAny()
    }

    static let strategicDefinitions: AnyGenerator<StrategicDefinitions> = zip(
        Text.optionalText, Text.optionalText, Text.optionalText, Text.optionalParagraphs,
        zip(Text.identifier, Text.text).map { StrategicObjective(id: $0, texto: $1) }.array(of: 1...3)
    ).map { StrategicDefinitions(mision: $0, vision: $1, titulo: $2, introduccion: $3, objetivos: $4) }.eraseToAny()

    static let principle: AnyGenerator<Principle> = zip(
        Text.identifier.optional, Text.text, Text.text, Text.optionalText, Text.identifiers
    ).map { Principle(id: $0, nombre: $1, descripcion: $2, motivo: $3, respondeA: $4) }.eraseToAny()

    static let objective: AnyGenerator<PolicyObjective> = zip(
        Text.identifier.optional, Text.text, Text.optionalText, Text.identifiers, Text.optionalText, Text.identifiers
    ).map {
        PolicyObjective(id: $0, titulo: $1, texto: $2, objetivosInstitucionales: $3, motivo: $4, respondeA: $5)
    }.eraseToAny()

    static let relation: AnyGenerator<StrategicRelationSection> = zip(
        Text.optionalParagraphs,
        zip(Text.identifier.optional, Text.identifier.array(of: 1...2), Text.identifier.array(of: 1...2), Text.optionalText)
            .map { StrategicRelation(id: $0, objetivosPolitica: $1, objetivosInstitucionales: $2, texto: $3) }
            .array(of: 0...2).optional,
        Text.optionalParagraphs
    ).map { StrategicRelationSection(introduccion: $0, relaciones: $1, cierre: $2) }.eraseToAny()

    static let userSegment: AnyGenerator<UserSegment> = zip(
        Text.identifier.optional, Text.text, Gen.int(in: 0...9_000_000).optional, Text.optionalText,
        Text.text.array(of: 1...3).optional, Gen<ExampleStyle>.case.optional, Text.optionalText, Text.optionalText
    ).map {
        UserSegment(
            id: $0, nombre: $1, numeroAproximado: $2, caracteristicas: $3, ejemplos: $4, ejemplosComo: $5,
            vinculacion: $6, motivo: $7)
    }.eraseToAny()

    static let actor: AnyGenerator<Actor> = zip(
        Text.identifier.optional, Text.text, Gen<Involvement>.case, Text.text, Text.text.array(of: 1...3), Text.optionalText
    ).map { Actor(id: $0, actor: $1, involucramiento: $2, rol: $3, responsabilidades: $4, motivo: $5) }.eraseToAny()

    static let guideline: AnyGenerator<Guideline> = zip(
        Text.identifier.optional, Text.text, Text.optionalText, Text.identifiers, Text.optionalText
    ).map { Guideline(id: $0, titulo: $1, texto: $2, ambitos: $3, motivo: $4) }.eraseToAny()

    static let glossaryEntry: AnyGenerator<GlossaryEntry> = zip(Text.identifier.optional, Text.text, Text.text)
        .map { GlossaryEntry(id: $0, termino: $1, definicion: $2) }.eraseToAny()

    /// A whole policy.
    static let policy: AnyGenerator<Policy> = zip(
        Text.optionalText,
        zip(Text.paragraphs, Text.optionalParagraphs).map { PolicyContext(parrafos: $0, parrafosFinales: $1) },
        strategicDefinitions, section(principle), section(objective), relation, section(userSegment),
        section(actor), zip(section(guideline), section(glossaryEntry))
    ).map { titulo, contexto, definitions, principios, objetivos, relacion, usuarios, actores, rest in
        Policy(
            titulo: titulo, contexto: contexto, definicionesEstrategicas: definitions, principios: principios,
            objetivos: objetivos, relacion: relacion, usuarios: usuarios, actores: actores, directrices: rest.0,
            glosario: rest.1)
    }.eraseToAny()
}
