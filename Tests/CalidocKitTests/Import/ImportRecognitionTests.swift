import Foundation
import Testing
@testable import CalidocKit

/// Recognition goldens: headings as institutions write them, typed list markers, Word's special
/// characters, objective references in section IV, involvements, example sentences.
@Suite struct ImportRecognitionTests {
    @Test(arguments: [
        ("I. Contexto", PolicySectionKind.contexto), ("1.- CONTEXTO", .contexto), ("Antecedentes generales", .contexto),
        ("II. PRINCIPIOS ORIENTADORES DE LA POLÍTICA", .principios), ("Principios", .principios), ("Valores institucionales", .principios),
        ("III.- Objetivos Estratégicos de la Politica", .objetivos), ("3) Objetivos", .objetivos),
        ("IV. Relación de la Política con las definiciones estratégicas institucionales", .relacion),
        ("Vinculación con las definiciones estratégicas", .relacion), ("Alineamiento estratégico", .relacion),
        ("V Caracterización de usuarios y usuarias de los servicios", .usuarios), ("Personas usuarias", .usuarios),
        ("VI. ACTORES Y ROLES", .actores), ("Roles y responsabilidades", .actores),
        ("VII. Directrices y líneas de acción", .directrices), ("Lineamientos", .directrices),
        ("VIII. Glosario", .glosario), ("8. Glosario de términos", .glosario), ("Definiciones", .glosario),
    ])
    func headingsAreRecognisedWithOrWithoutNumerals(heading: String, kind: PolicySectionKind) {
        #expect(PolicySectionKind.matching(heading)?.kind == kind)
    }

    @Test func institutionalObjectivesHeadingIsNotSectionThree() {
        #expect(PolicySectionKind.matching("Objetivos Estratégicos Institucionales") == nil)
        #expect(PolicySectionKind.matching("Misión institucional") == nil)
    }

    @Test func romanAndArabicNumeralsAreSplitOff() {
        let eight = PolicySectionKind.splitNumeral("VIII. Glosario")
        #expect(eight.0 == 8 && eight.1 == "Glosario")
        let three = PolicySectionKind.splitNumeral("3) Objetivos")
        #expect(three.0 == 3 && three.1 == "Objetivos")
        let none = PolicySectionKind.splitNumeral("Contexto")
        #expect(none.0 == nil && none.1 == "Contexto")
    }

    @Test func typedMarkersBecomeListItems() throws {
        func block(_ text: String) -> SourceBlock { SourceBlock(runs: [SourceRun(text: text, bold: false, italic: false)]) }
        let marked = SectionRecognizer.markTypedLists([block("1. Uno"), block("a) Letra"), block("- Viñeta"), block("ii. Romano"), block("Texto normal.")])
        #expect(marked.map(\.text) == ["Uno", "Letra", "Viñeta", "Romano", "Texto normal."])
        #expect(marked.map { $0.list?.level } == [0, 1, 1, 1, nil])
        #expect(marked.map { $0.list?.numbered } == [true, true, false, true, nil])
        #expect(SectionRecognizer.typedMarker("Sr. Pérez") == nil)
    }

    @Test func wordCharactersAreNormalised() {
        #expect(ImportText.normalized("a\u{00A0}b\u{00AD}c\td\u{2011}e\u{200B}f") == "a bc d-ef")
        #expect(ImportText.folded("  «VIII.—GLOSARIO» ") == "viii glosario")
        // Typographic quotes are the text itself: kept.
        #expect(ImportText.normalized("“Santiago”") == "“Santiago”")
    }

    @Test func runsBecomeLightMarkup() {
        let runs = [SourceRun(text: "Ética e Integridad: ", bold: true, italic: false), SourceRun(text: "Los *funcionarios* ", bold: false, italic: false),
                    SourceRun(text: "cita", bold: false, italic: true), SourceRun(text: ".", bold: false, italic: false)]
        #expect(ImportText.markup(runs) == "**Ética e Integridad:** Los \\*funcionarios\\* *cita*.")
    }

    @Test func sectionFourReferencesAreReadOutsideQuotations() {
        let gore = "Los objetivos de la presente Política, se encuentran enmarcados en los objetivos estratégicos institucionales, de tal manera que el **Objetivo Estratégico N°3 de la Política**: *“Desarrollar instancias N°9”* tiene directa relación con el objetivo estratégico N°1: *“Aumentar”*, en ese sentido."
        #expect(PolicyPlacement.objectiveReferences(gore).policy == [3])
        #expect(PolicyPlacement.objectiveReferences(gore).institutional == [1])
        let two = "El tercer objetivo estratégico: “Impulsar”, se vincula a los **Objetivos Estratégicos de la Política N°1**: “A” y N°2: “B”."
        #expect(PolicyPlacement.objectiveReferences(two).policy == [1, 2])
        #expect(PolicyPlacement.objectiveReferences(two).institutional == [3])
        let generated = "El **Objetivo Estratégico N°2 de la Política**: *“X”* tiene directa relación con el objetivo estratégico institucional N°1: *“Y”* y el objetivo estratégico institucional N°2: *“Z”*."
        #expect(PolicyPlacement.objectiveReferences(generated).policy == [2])
        #expect(PolicyPlacement.objectiveReferences(generated).institutional == [1, 2])
    }

    @Test func involvementIsReadFromTheLabelOrInferred() {
        #expect(PolicyPlacement.involvement(in: "involucrado en la gobernanza de la politica") == .gobernanza)
        #expect(PolicyPlacement.involvement(in: "involucrado en el monitoreo y evaluacion del plan de mejoramiento") == .monitoreoEvaluacion)
        #expect(PolicyPlacement.involvement(in: "atender a las personas en oficinas") == .entregaServicios)
        #expect(PolicyPlacement.involvement(in: "secretaria de actas") == nil)
        #expect(PolicyPlacement.actorColumn("cargo") == .actor)
        #expect(PolicyPlacement.actorColumn("responsabilidades funciones") == .responsibilities)
        #expect(PolicyPlacement.actorColumn("rol") == .role)
    }

    @Test func segmentNamesNumbersAndExampleSentences() throws {
        let block = SourceBlock(runs: [SourceRun(text: "Las universidades y academia (aprox. 78): En la Región hay 39 universidades.", bold: false, italic: false)])
        let segment = PolicyPlacement.segment(block)
        #expect(segment.nombre == "Las universidades y academia")
        #expect(segment.numeroAproximado == 78)
        #expect(segment.caracteristicas == "En la Región hay 39 universidades.")
        #expect(PolicyPlacement.firstFigure("Según la Ley N°19.418 y el censo 2017, viven 7.112.808 personas") == 7_112_808)
        let (kept, examples) = try #require(PolicyPlacement.examplesSentence("Son comunas rurales. Colina, Lampa, Til Til, Pirque y San José de Maipo."))
        #expect(kept == "Son comunas rurales.")
        #expect(examples == ["Colina", "Lampa", "Til Til", "Pirque", "San José de Maipo"])
        #expect(PolicyPlacement.examplesSentence("Trabajan en turismo, comercio y servicios.") == nil)
    }

    @Test func missionAndVisionAreFoundInTheContext() {
        let context = [
            "La Estrategia Regional ha definido la visión para la Región de la siguiente manera: “Santiago, una ciudad-región humana”.",
            "El Gobierno de Santiago tiene la misión de liderar la Región. En consecuencia, quiere ser percibido como visión de futuro de la siguiente manera: Seremos líderes en la gestión pública.",
        ]
        #expect(PolicyPlacement.statement(in: context, word: "mision", last: false) == "El Gobierno de Santiago tiene la misión de liderar la Región.")
        #expect(PolicyPlacement.statement(in: context, word: "vision", last: true) == "Seremos líderes en la gestión pública.")
    }
}
