import Foundation
import Testing
@testable import CalidocKit

/// The package readers on small hand-built documents: Word in Spanish (styles named «Título 1»,
/// numbering from numbering.xml, nested levels), LibreOffice's tracked changes and annotations,
/// a glossary as a definition list, a principles table.
@Suite struct ImportReaderTests {
    static let w = DOCXStyles.namespace

    static func docx(body: String, styles: String, numbering: String? = nil) throws -> [UInt8] {
        var parts = [
            PackagePart(path: "[Content_Types].xml", text: ImportHostileTests.contentTypes),
            PackagePart(path: "word/document.xml", text: "<?xml version=\"1.0\"?><w:document xmlns:w=\"\(w)\"><w:body>\(body)</w:body></w:document>"),
            PackagePart(path: "word/styles.xml", text: "<?xml version=\"1.0\"?><w:styles xmlns:w=\"\(w)\">\(styles)</w:styles>"),
        ]
        if let numbering {
            parts.append(PackagePart(path: "word/numbering.xml", text: "<?xml version=\"1.0\"?><w:numbering xmlns:w=\"\(w)\">\(numbering)</w:numbering>"))
        }
        return try ZipPackage.archive(parts, date: "2025-01-01")
    }

    static func p(_ text: String, style: String? = nil, num: (Int, Int)? = nil, bold: Bool = false) -> String {
        let properties = (style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? "") + (num.map { "<w:numPr><w:ilvl w:val=\"\($0.1)\"/><w:numId w:val=\"\($0.0)\"/></w:numPr>" } ?? "")
        return "<w:p><w:pPr>\(properties)</w:pPr><w:r>\(bold ? "<w:rPr><w:b/></w:rPr>" : "")<w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }

    @Test func spanishWordStylesAndNumberingLevels() throws {
        let styles = """
            <w:style w:type="paragraph" w:styleId="Ttulo1"><w:name w:val="Título 1"/></w:style>
            <w:style w:type="paragraph" w:styleId="Prrafodelista"><w:name w:val="Párrafo de lista"/></w:style>
            """
        let numbering = """
            <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>
            <w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num>
            """
        let body = [
            Self.p("Contexto", style: "Ttulo1"), Self.p("Texto del contexto."),
            Self.p("Caracterización de usuarios", style: "Ttulo1"), Self.p("Los usuarios son:"),
            Self.p("Municipios (aprox. 1.234): comunas de la Región.", style: "Prrafodelista", num: (3, 0)),
            Self.p("Colina", style: "Prrafodelista", num: (3, 1)), Self.p("Lampa", style: "Prrafodelista", num: (3, 1)),
            Self.p("Se vinculan por convenios.", style: "Prrafodelista"),
            Self.p("Glosario", style: "Ttulo1"),
            Self.p("Canal", bold: true), Self.p("Medio por el que una persona interactúa con el servicio."),
            Self.p("Trámite: gestión que una persona realiza ante el servicio."),
        ].joined()
        let result = try PolicyImporter.run(bytes: try Self.docx(body: body, styles: styles, numbering: numbering), name: "es.docx", date: "2025-01-01")
        let segment = try #require(result.policy.usuarios.items.first)
        #expect(segment.nombre == "Municipios")
        #expect(segment.numeroAproximado == 1234)
        #expect(segment.ejemplos == ["Colina", "Lampa"])
        #expect(segment.vinculacion == "Se vinculan por convenios.")
        #expect(result.policy.glosario.items.map(\.termino) == ["Canal", "Trámite"])
        #expect(result.policy.glosario.items.first?.definicion == "Medio por el que una persona interactúa con el servicio.")
        #expect(result.report.missingSections.count == 5)
        #expect(result.reportText.contains("II. Principios orientadores de la Política: complétela"))
    }

    /// A Word text box (written twice: DrawingML in `mc:Choice`, VML in `mc:Fallback`) is read once,
    /// after the paragraph that anchors it.
    @Test func textBoxesAreReadOnce() throws {
        let box = "<w:txbxContent>\(Self.p("Misión: Servir a la ciudadanía con trámites simples."))</w:txbxContent>"
        let anchored = """
            <w:p><w:r><w:t>Texto del contexto.</w:t></w:r><w:r>\
            <mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">\
            <mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">\
            <a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData>\
            <wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx>\(box)</wps:txbx></wps:wsp>\
            </a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>\
            <mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox>\(box)</v:textbox></v:shape></w:pict></mc:Fallback>\
            </mc:AlternateContent></w:r></w:p>
            """
        let styles = "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/></w:style>"
        let body = Self.p("I. Contexto", style: "Heading1") + anchored + Self.p("II. Principios", style: "Heading1") + Self.p("Probidad: actuar con rectitud.")
        let result = try PolicyImporter.run(bytes: try Self.docx(body: body, styles: styles), name: "caja.docx", date: "2025-01-01")
        #expect(result.policy.definicionesEstrategicas.mision == "Servir a la ciudadanía con trámites simples.")
        #expect(result.policyText.components(separatedBy: "Servir a la ciudadanía").count == 2, "\(result.policyText)")
        #expect(!result.reportText.contains("Servir a la ciudadanía"), "\(result.reportText)")
    }

    /// A LibreOffice text box (`draw:frame/draw:text-box`) is read after its anchoring paragraph.
    @Test func odtTextBoxesAreRead() throws {
        let content = """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0">
            <office:body><office:text>
            <text:h text:outline-level="1">I. Contexto</text:h>
            <text:p>Texto del contexto.<draw:frame draw:name="Marco1" svg:width="5cm"><draw:text-box><text:p>Misión: Servir a la ciudadanía con trámites simples.</text:p></draw:text-box></draw:frame></text:p>
            <text:h text:outline-level="1">II. Principios</text:h>
            <text:p>Probidad: actuar con rectitud.</text:p>
            </office:text></office:body></office:document-content>
            """
        let bytes = try ZipPackage.archive(
            [PackagePart(path: "mimetype", text: "application/vnd.oasis.opendocument.text", compression: .stored),
             PackagePart(path: "content.xml", text: content)],
            date: "2025-01-01")
        let result = try PolicyImporter.run(bytes: bytes, name: "caja.odt", date: "2025-01-01")
        #expect(result.policy.definicionesEstrategicas.mision == "Servir a la ciudadanía con trámites simples.")
        #expect(result.policy.contexto.parrafos.map(\.texto) == ["Texto del contexto."])
    }

    /// Actors written without a table: a list with nested responsibilities, and bold names with
    /// labelled lines; the fields are split, the involvement read or inferred and reported.
    @Test func actorsWrittenAsListsAreSplitIntoFields() throws {
        let styles = """
            <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
            <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style>
            """
        let numbering = """
            <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
            """
        let listed = [
            Self.p("VI. Actores y roles", style: "Heading1"),
            Self.p("Los actores de la Política son los siguientes:"),
            "<w:p><w:pPr><w:pStyle w:val=\"ListParagraph\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
                + "<w:r><w:rPr><w:b/></w:rPr><w:t>Comité de Calidad:</w:t></w:r>"
                + "<w:r><w:t xml:space=\"preserve\"> Involucrado en la gobernanza de la Política: lidera la Política.</w:t></w:r></w:p>",
            Self.p("Aprobar la Política.", style: "ListParagraph", num: (1, 1)),
            Self.p("Revisar sus resultados.", style: "ListParagraph", num: (1, 1)),
            Self.p("Encargada de Calidad: coordina el monitoreo.", style: "ListParagraph", num: (1, 0)),
            Self.p("Informar el avance de los indicadores.", style: "ListParagraph", num: (1, 1)),
        ].joined()
        let result = try PolicyImporter.run(bytes: try Self.docx(body: listed, styles: styles, numbering: numbering), name: "lista.docx", date: "2025-01-01")
        let actors = result.policy.actores.items
        #expect(actors.map(\.actor) == ["Comité de Calidad", "Encargada de Calidad"], "\(actors)")
        #expect(actors.first?.involucramiento == .gobernanza && actors.first?.rol == "lidera la Política.")
        #expect(actors.first?.responsabilidades == ["Aprobar la Política.", "Revisar sus resultados."])
        #expect(actors.last?.involucramiento == .monitoreoEvaluacion && actors.last?.responsabilidades == ["Informar el avance de los indicadores."])
        #expect(result.policy.actores.introduccion?.map(\.texto) == ["Los actores de la Política son los siguientes:"])

        let bold = [
            Self.p("VI. Actores y roles", style: "Heading1"),
            Self.p("Jefatura de Servicio", bold: true),
            Self.p("Rol: ejerce la gobernanza de la Política."),
            Self.p("Responsabilidades: firmar la resolución; asignar recursos."),
            Self.p("Funcionarios de atención", bold: true),
            Self.p("Rol: atienden a las personas en oficinas y canales digitales."),
            Self.p("Involucramiento: entrega de servicios"),
            Self.p("Registrar cada atención.", style: "ListParagraph", num: (1, 0)),
        ].joined()
        let second = try PolicyImporter.run(bytes: try Self.docx(body: bold, styles: styles, numbering: numbering), name: "negrita.docx", date: "2025-01-01")
        let people = second.policy.actores.items
        #expect(people.map(\.actor) == ["Jefatura de Servicio", "Funcionarios de atención"], "\(people)")
        #expect(people.first?.rol == "ejerce la gobernanza de la Política.")
        #expect(people.first?.responsabilidades == ["firmar la resolución", "asignar recursos."])
        #expect(people.first?.involucramiento == .gobernanza)
        #expect(people.last?.involucramiento == .entregaServicios && people.last?.responsabilidades == ["Registrar cada atención."])
        #expect(second.report.inferences.contains { $0.contains("no tiene tabla: los 2 actores") })
    }

    @Test func libreOfficeTrackedChangesAnnotationsAndSpaces() throws {
        let content = """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0">
            <office:automatic-styles><style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style></office:automatic-styles>
            <office:body><office:text>
            <text:tracked-changes><text:changed-region text:id="c1"><text:deletion><office:change-info><dc:creator>Ana</dc:creator></office:change-info><text:p>TEXTO BORRADO</text:p></text:deletion></text:changed-region></text:tracked-changes>
            <text:h text:outline-level="2">I. Contexto</text:h>
            <text:p>La<text:s text:c="3"/>institución<text:tab/>atiende<text:line-break/>a<text:change text:change-id="c1"/> personas<office:annotation><dc:creator>Comité</dc:creator><text:p>Revisar cifra</text:p></office:annotation> de la Región.</text:p>
            <text:h text:outline-level="2">II. Principios</text:h>
            <table:table><table:table-row><table:table-cell><text:p>Principio</text:p></table:table-cell><table:table-cell><text:p>Descripción</text:p></table:table-cell></table:table-row>
            <table:table-row><table:table-cell><text:p>Cercanía</text:p></table:table-cell><table:table-cell><text:p>Atendemos <text:span text:style-name="T1">en terreno</text:span>.</text:p></table:table-cell></table:table-row></table:table>
            </office:text></office:body></office:document-content>
            """
        let bytes = try ZipPackage.archive(
            [PackagePart(path: "mimetype", text: "application/vnd.oasis.opendocument.text", compression: .stored),
             PackagePart(path: "content.xml", text: content)],
            date: "2025-01-01")
        let result = try PolicyImporter.run(bytes: bytes, name: "lo.odt", date: "2025-01-01")
        #expect(result.policy.contexto.parrafos.map(\.texto) == ["La institución atiende a personas de la Región."])
        #expect(!result.policyText.contains("BORRADO"))
        #expect(result.report.trackedChanges == 1)
        #expect(result.report.comments == ["Comité, párrafo 2: «Revisar cifra»"])
        #expect(result.policy.principios.items.map(\.nombre) == ["Cercanía"])
        #expect(result.policy.principios.items.first?.descripcion == "Atendemos **en terreno**.")
    }

    @Test func unplacedContentIsKeptMarkedAndReportedWithItsLocation() throws {
        let styles = "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/></w:style>"
        let table = "<w:tbl><w:tr><w:tc>\(Self.p("a"))</w:tc><w:tc>\(Self.p("b"))</w:tc><w:tc>\(Self.p("c"))</w:tc></w:tr></w:tbl>"
        let body = [Self.p("Portada suelta"), Self.p("III. Objetivos", style: "Heading1"), Self.p("Introducción."), table].joined()
        let result = try PolicyImporter.run(bytes: try Self.docx(body: body, styles: styles), name: "x.docx", date: "2025-01-01")
        let entry = try #require(result.report.unplaced.first { $0.keptIn != nil })
        #expect(entry.location == "sección «III. Objetivos», párrafo 7")
        #expect(entry.text == "a | b | c")
        #expect(result.policy.objetivos.cierre?.first?.id == "revisar-importacion-1")
        #expect(result.reportText.contains("> a | b | c"))
    }

    @Test func actorsTableColumnsInAnyOrderAndExtraColumnsReported() throws {
        let styles = "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/></w:style>"
        func row(_ cells: [String]) -> String { "<w:tr>" + cells.map { "<w:tc>\(Self.p($0))</w:tc>" }.joined() + "</w:tr>" }
        let table = "<w:tbl>" + row(["Funciones", "Observaciones", "Cargo", "Rol"])
            + row(["Revisar los indicadores.", "Nota interna", "Jefatura de Planificación", "Involucrado en el monitoreo y evaluación del Plan de Mejoramiento: Monitorear el Plan."])
            + "</w:tbl>"
        let body = [Self.p("VI. Actores y roles", style: "Heading1"), table].joined()
        let result = try PolicyImporter.run(bytes: try Self.docx(body: body, styles: styles), name: "a.docx", date: "2025-01-01")
        let actor = try #require(result.policy.actores.items.first)
        #expect(actor.actor == "Jefatura de Planificación")
        #expect(actor.involucramiento == .monitoreoEvaluacion)
        #expect(actor.rol == "Monitorear el Plan.")
        #expect(actor.responsabilidades == ["Revisar los indicadores."])
        #expect(result.report.unplaced.contains { $0.text == "Nota interna" && $0.reason.contains("columna") })
    }
}
