import Foundation
import Testing
@testable import CalidocKit

/// Paragraph roles, page breaks and redline marks are typed once from the template's classes.
@Suite struct TypedRoleTests {
    @Test func classesBecomeTypedValuesOnce() throws {
        let title = Attributes(id: "t", classes: ["seccion", "titulo"])
        #expect(title.role == .title && !title.startsPage && title.mark == nil)
        #expect(Attributes(classes: ["subtitulo"]).role == .subtitle)
        #expect(Attributes(classes: ["seccion", "salto-pagina"]).startsPage)
        #expect(Attributes(classes: ["cambio-insertado"]).mark == .insertion)
        #expect(Attributes(classes: ["cambio-eliminado"]).mark == .deletion)
        #expect(Attributes(classes: ["Titulo", "otra"]).role == .body)
        // Made typed, the class is there for HTML and the dump; marking keeps the rest.
        let marked = Attributes(id: "p", classes: ["destacado"], role: .subtitle).marked(.insertion)
        #expect(marked.classes == ["destacado", "subtitulo", "cambio-insertado"] && marked.role == .subtitle && marked.mark == .insertion)
        // The canonical JSON form is unchanged (id and classes only) and decodes to the same values.
        let json = try JSONEncoder().encode(marked)
        #expect(String(decoding: json, as: UTF8.self).contains("\"classes\""))
        #expect(!String(decoding: json, as: UTF8.self).contains("role"))
        #expect(try JSONDecoder().decode(Attributes.self, from: json) == marked)
    }

    /// The XHTML reader types the roles: the writers see them without reading class names.
    @Test func readerTypesTheRoles() throws {
        let blocks = try XHTMLReader.parseFragment(
            "<h1 class=\"titulo\">T</h1><p class=\"subtitulo\">S</p><section class=\"seccion salto-pagina\"><p>x</p></section>")
        guard case .heading(_, _, let heading) = blocks[0], case .paragraph(_, let paragraph) = blocks[1],
            case .section(_, let section) = blocks[2]
        else {
            Issue.record("unexpected blocks \(blocks)")
            return
        }
        #expect(heading.role == .title && paragraph.role == .subtitle && section.startsPage)
    }

    /// A redline's paragraph mark is a typed value the DOCX writer turns into a tracked paragraph mark.
    @Test func docxMarksTrackedParagraphs() throws {
        let change = TrackedChange(kind: .deletion, author: "I", date: "2025-01-01")
        let document = Document(
            metadata: DocumentMetadata(title: "T", institution: "I", version: "1", date: "2025-01-01", kind: "prueba"),
            blocks: [.paragraph(content: [.tracked(change, [.text("borrado")])], attributes: Attributes(role: .body, mark: .deletion))])
        let archive = try ZipReader(bytes: try DOCXWriter().write(document, options: WriterOptions()))
        let tree = try #require(archive.data("word/document.xml").flatMap(XMLTree.init))
        #expect(tree.nodes("/w:document/w:body/w:p/w:pPr/w:rPr/w:del").count == 1)
        #expect(tree.strings("/w:document/w:body/w:p/w:del/w:r/w:delText") == ["borrado"])
    }
}
