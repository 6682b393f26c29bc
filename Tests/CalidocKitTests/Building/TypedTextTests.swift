import Foundation
import Testing
@testable import CalidocKit

/// Issue 13: whatever is typed appears in the document, once and in correct Spanish, or
/// validation says why not, at the line of the input.
@Suite struct TypedTextTests {
    static func servicioPolicy() throws -> String {
        try String(contentsOf: TestPaths.servicio.appending(path: "politica.yaml"), encoding: .utf8)
    }

    /// Validates and builds the servicio sample with `politica.yaml` replaced by `policy`.
    static func build(_ policy: String) throws -> (validation: WorkspaceValidation, text: String) {
        var files: [InputFile: [UInt8]] = [:]
        for file in [InputFile.manifest, .plan, .diagnostico, .participacion, .recomendaciones] {
            files[file] = [UInt8](try Data(contentsOf: TestPaths.servicio.appending(path: file.rawValue)))
        }
        files[.politica] = Array(policy.utf8)
        let validation = WorkspaceValidation.run(files: files, directory: TestPaths.servicio)
        let workspace = try #require(validation.loaded.workspace)
        let document = try DocumentBuilder(workspace: workspace).build(.politica, from: workspace)
        return (validation, SeedTranscriptionTests.normalized(DocumentModelTests.text(of: document.blocks)))
    }

    static func replacing(_ old: String, with new: String, in text: String) throws -> String {
        #expect(text.contains(old), "«\(old)» is not in the sample")
        return text.replacingOccurrences(of: old, with: new)
    }

    @Test func titleEndingInAPeriodGetsNoComma() throws {
        let policy = try Self.replacing(
            "titulo: Reducir los tiempos de respuesta\n", with: "titulo: Reducir los tiempos de respuesta en forma clara.\n",
            in: try Self.servicioPolicy())
        let text = try Self.build(policy).text
        #expect(!text.contains("clara.,"))
        #expect(text.contains("Reducir los tiempos de respuesta en forma clara. de los trámites relevantes"))
        #expect(text.contains("“Reducir los tiempos de respuesta en forma clara. de los trámites relevantes"))
    }

    /// Section IV: "tienen" for two objectives, quotations without their closing period, no «.”.».
    @Test func generatedRelationAgreesInNumber() throws {
        let text = try Self.build(try Self.servicioPolicy()).text
        #expect(text.contains(
            "El Objetivo Estratégico N°1 de la Política: “Reducir los tiempos de respuesta, de los trámites relevantes, cumpliendo los plazos "
                + "esperados en al menos el 90 % de las transacciones” y el Objetivo Estratégico N°2 de la Política: “Aumentar la satisfacción "
                + "usuaria, medida por la MESU, en todos los canales de atención” tienen directa relación con el objetivo estratégico "
                + "institucional N°1: “Reducir los tiempos de tramitación de los servicios de mayor demanda”."))
        #expect(text.contains("El Objetivo Estratégico N°2 de la Política: “Aumentar la satisfacción usuaria, medida por la MESU, en todos los canales de atención” tiene directa relación con"))
        #expect(!text.contains(".”."))
        #expect(!text.contains(".”*"))
    }

    @Test func aNewObjectiveIsNotMissingFromSectionIV() throws {
        let policy = try Self.replacing(
            "relacion:\n", with: """
                    - id: obj-datos
                      titulo: Usar los datos para decidir
                      texto: publicando cada trimestre los indicadores de atención.
                      objetivos_institucionales: [oe-3]
                relacion:

                """, in: try Self.servicioPolicy())
        let text = try Self.build(policy).text
        #expect(text.contains(
            "El Objetivo Estratégico N°4 de la Política: “Usar los datos para decidir, publicando cada trimestre los indicadores de atención” "
                + "tiene directa relación con el objetivo estratégico institucional N°3: “Fortalecer la transparencia y el uso de la información "
                + "para la toma de decisiones”. V. Caracterización"))
    }

    @Test func aRoleTypedWithItsLabelShowsItOnce() throws {
        let policy = try Self.replacing(
            "rol: Aprobar la Política y el Plan de Mejoramiento y dirigir el Sistema.",
            with: "rol: \"Involucrado en la gobernanza de la Política: Aprobar la Política y dirigir el Sistema.\"",
            in: try Self.servicioPolicy())
        let (validation, text) = try Self.build(policy)
        #expect(text.contains("Director/a Nacional Involucrado en la gobernanza de la Política: Aprobar la Política y dirigir el Sistema."))
        #expect(!text.contains("Política: Involucrado"))
        #expect(!validation.diagnostics.contains { $0.code == "R-ACT-02" })
        // A label that contradicts «involucramiento» is shown as typed, and validation says so.
        let wrong = try Self.replacing("\"Involucrado en la gobernanza de la Política", with: "\"Involucrado en la entrega de Servicios", in: policy)
        let diagnostic = try #require(try Self.build(wrong).validation.diagnostics.first { $0.code == "R-ACT-02" })
        #expect(diagnostic.headline(.es) == "\(Self.displayPath):107:12: advertencia: el rol de «Director/a Nacional» empieza con «Involucrado en la entrega de Servicios» "
            + "pero «involucramiento: gobernanza» corresponde a «Involucrado en la gobernanza de la Política» [R-ACT-02]")
    }

    static var displayPath: String { AtomicFile.shown(TestPaths.servicio.appending(path: "politica.yaml")) }

    @Test func missionAndVisionArePrintedOnce() throws {
        let policy = try Self.replacing(
            "  titulo: \"Objetivos estratégicos institucionales:\"\n",
            with: "  vision: Ser el Servicio mejor evaluado por las personas.\n  titulo: \"Objetivos estratégicos institucionales:\"\n",
            in: try Self.servicioPolicy())
        let text = try Self.build(policy).text
        #expect(text.contains(
            "evaluó con nota 6 o 7 su última experiencia. Misión: Facilitar a las personas el acceso a los beneficios y certificados del Estado, "
                + "mediante canales simples, oportunos y confiables. Visión: Ser el Servicio mejor evaluado por las personas. Objetivos estratégicos institucionales:"))
        // Stated already in the context (as the GORE document does): not repeated.
        let gore = try DocumentModelTests.document(.politica, TestPaths.gore)
        let goreText = DocumentModelTests.text(of: gore.blocks)
        #expect(!goreText.contains("Misión:"))
        #expect(goreText.components(separatedBy: "Seremos líderes en la gestión pública").count == 2)
    }

    /// `numero_aproximado` is printed after the segment's name, in Chilean figures, unless the
    /// segment's own text states it already (as the GORE document does): once, never twice.
    @Test func theApproximateNumberIsPrintedOnce() throws {
        let built = try Self.build(try Self.servicioPolicy())
        #expect(built.text.contains("Personas naturales (aprox. 1.850.000): Personas mayores de 18 años"))
        #expect(built.text.contains("Personas jurídicas (aprox. 96.000): Empresas de menor tamaño"))
        #expect(built.text.contains("Municipalidades (aprox. 345): Municipalidades que derivan"))
        #expect(built.validation.diagnostics.allSatisfy { $0.code != "R-USR-03" })
        // Stated in the text: not repeated.
        let stated = try Self.replacing(
            "Personas mayores de 18 años que solicitan", with: "Cerca de 1.850.000 personas mayores de 18 años que solicitan",
            in: try Self.servicioPolicy())
        let statedText = try Self.build(stated).text
        #expect(statedText.contains("Personas naturales: Cerca de 1.850.000 personas mayores"))
        #expect(statedText.components(separatedBy: "1.850.000").count == 2)
        // The GORE segments state their figures (7.112.808, 52 …) except two, printed after the name.
        let gore = DocumentModelTests.text(of: try DocumentModelTests.document(.politica, TestPaths.gore).blocks)
        #expect(gore.contains("Las universidades y academia (aprox. 78): En la Región"))
        #expect(gore.contains("Las asociaciones gremiales (aprox. 4): El GORE"))
        #expect(gore.contains("Los y las habitantes de la Región: La Región Metropolitana"))
        #expect(gore.components(separatedBy: "7.112.808").count == 2)
    }

    @Test func blankLineInPlainTextIsReportedAtItsLine() throws {
        let policy = try Self.replacing(
            "      descripcion: Diseñamos trámites que las personas puedan completar sin ayuda y en el menor número de pasos.\n",
            with: "      descripcion: Diseñamos trámites que las personas puedan completar\n\n        sin ayuda y en el menor número de pasos.\n",
            in: try Self.servicioPolicy())
        let (validation, text) = try Self.build(policy)
        let diagnostic = try #require(validation.diagnostics.first { $0.code == "R-TXT-03" })
        #expect(diagnostic.location == SourceLocation(file: Self.displayPath, line: 38, column: 1))
        #expect(diagnostic.message.es == "esta línea en blanco no separa párrafos: en un texto sin «|» el documento junta todo en un solo párrafo")
        #expect(text.contains("Simplicidad: Diseñamos trámites que las personas puedan completar sin ayuda"))
        // With «|» the blank line is a paragraph break, as documented, and nothing is reported.
        let literal = try Self.replacing(
            "descripcion: Diseñamos trámites que las personas puedan completar\n", with: "descripcion: |\n        Diseñamos trámites que las personas puedan completar\n",
            in: policy)
        #expect(!(try Self.build(literal).validation.diagnostics.contains { $0.code == "R-TXT-03" }))
    }

    @Test func aSentenceSplitByBracketsIsReported() throws {
        let policy = try Self.replacing(
            "      responsabilidades:\n        - Aprobar mediante resolución exenta la Política y el Plan.\n        - Presidir el Comité al menos una vez por semestre.\n",
            with: "      responsabilidades: [Aprobar la Política, el Plan y sus modificaciones.]\n",
            in: try Self.servicioPolicy())
        let diagnostic = try #require(try Self.build(policy).validation.diagnostics.first { $0.code == "R-TXT-04" })
        #expect(diagnostic.headline(.es) == "\(Self.displayPath):108:26: advertencia: la lista entre corchetes se separa en cada coma y queda en 2 elementos: "
            + "«Aprobar la Política», «el Plan y sus modificaciones.» [R-TXT-04]")
        // Identifiers in brackets are what brackets are for.
        #expect(!WorkspaceValidation.run(at: TestPaths.servicio).diagnostics.contains { $0.code == "R-TXT-04" })
    }

    @Test func unpairedMarkersAreReported() throws {
        let policy = try Self.replacing(
            "descripcion: Respondemos dentro de los plazos", with: "descripcion: Respondemos **siempre* dentro de los plazos",
            in: try Self.servicioPolicy())
        let diagnostic = try #require(try Self.build(policy).validation.diagnostics.first { $0.code == "R-TXT-02" })
        #expect(diagnostic.message.es == "el «*» de «Respondemos **siempre* dentro de» no abre ni cierra una negrita o cursiva y se imprimirá tal cual")
        #expect(diagnostic.location?.line == 40)
        let fine = try Self.replacing("**siempre*", with: "***siempre***", in: policy)
        #expect(!(try Self.build(fine).validation.diagnostics.contains { $0.code == "R-TXT-02" }))
    }

    /// The placeholder list stays in step with the files `init` writes.
    @Test func everyPlaceholderIsInTheInitTemplates() throws {
        let templates = try ["calidoc.yaml", "politica.yaml", "plan.yaml", "diagnostico.yaml"].map {
            try String(contentsOf: TestPaths.repository.appending(path: "Templates/init/\($0)"), encoding: .utf8)
        }.joined(separator: "\n")
        for placeholder in PlaceholderTextRule.placeholders where placeholder != "Nombre de la institución" {
            #expect(templates.contains(placeholder), "«\(placeholder)»")
        }
    }

    /// A text the built-in template cannot place (a control character that slipped past the
    /// loader) blames the input, at its line, never `Templates/politica.mustache`.
    @Test func aTextThatBreaksTheDocumentBlamesTheInput() throws {
        var workspace = try #require(WorkspaceLoader.load(at: TestPaths.servicio).workspace)
        workspace.policy?.objetivos.items[0].titulo = "Reducir los tiempos de respuesta\u{1B}[2J"
        let error = try #require(throws: BuildError.self) { try DocumentBuilder(workspace: workspace).build(.politica, from: workspace) }
        guard case .inputBreaksDocument(let document, let excerpt, _) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(document == "politica")
        #expect(excerpt.hasPrefix("Reducir los tiempos de respuesta\u{FFFD}[2J"))
        #expect(!error.message(.es).contains("mustache"))
        #expect(!error.message(.es).contains("\u{1B}"))
        let located = BuildPipeline.locate(error, in: WorkspaceLoader.load(at: TestPaths.servicio))
        #expect(located.first?.location == SourceLocation(file: Self.displayPath, line: 51, column: 15))
    }

    /// An optional field left out prints nothing, not the punctuation around it: the Plan of
    /// `calidoc init` has no «justificación de la prioridad», so «Prioridad: Alta» ends there. No
    /// paragraph of any document of that workspace ends in a dangling dash or separator.
    @Test func anEmptyOptionalFieldLeavesNoDanglingPunctuation() throws {
        let folder = try TestPaths.temporaryFolder().appending(path: "inicial")
        _ = try WorkspaceScaffold.create(in: folder, institution: "Servicio de Prueba", date: "2025-03-01")
        let workspace = try #require(WorkspaceValidation.run(at: folder).loaded.workspace)
        #expect(workspace.plan?.actividades.first?.justificacionPrioridad == nil)
        let builder = try DocumentBuilder(workspace: workspace)
        for kind in DocumentBuilder.availableKinds(in: workspace) {
            let document = try builder.build(kind, from: workspace)
            var leaves: [[Inline]] = []
            Redline.collect(document.blocks, into: &leaves)
            for text in leaves.map(\.plainText) {
                let trimmed = text.trimmingCharacters(in: .whitespaces)
                guard trimmed != "—" else { continue }  // a table cell with no value
                #expect(!trimmed.hasSuffix("—") && !trimmed.hasSuffix(" –") && !trimmed.hasSuffix(" -"), "\(kind): «\(text)»")
            }
            if kind == .plan { #expect(leaves.map(\.plainText).contains("Prioridad: Alta")) }
        }
    }
}
