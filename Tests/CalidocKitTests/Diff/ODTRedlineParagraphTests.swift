import Foundation
import Testing
@testable import CalidocKit

/// Issues 15 and 16: a paragraph a redline inserts or deletes as a whole is tracked as a whole in
/// ODT (its paragraph break too), the way LibreOffice writes it, so accepting or rejecting every
/// change leaves no empty paragraph: an insertion runs from the end of the paragraph before to the
/// end of the new one; a deletion leaves the body for its `text:deletion` region, ending with an
/// empty paragraph (the break) when its point opens the next paragraph.
@Suite struct ODTRedlineParagraphTests {
    static let insertion = TrackedChange(kind: .insertion, author: "Servicio", date: "2025-03-01")
    static let deletion = TrackedChange(kind: .deletion, author: "Servicio", date: "2025-03-01")

    static func paragraph(_ text: String, _ change: TrackedChange? = nil) -> Block {
        guard let change else { return .paragraph(content: [.text(text)], attributes: Attributes(role: .body)) }
        return .paragraph(content: [.tracked(change, [.text(text)])], attributes: Attributes(role: .body, mark: change.kind))
    }

    static func document(_ blocks: [Block]) -> Document {
        Document(metadata: DocumentMetadata(title: "Redline", institution: "Servicio", version: "2", date: "2025-03-01", kind: "politica"),
                 blocks: blocks)
    }

    static func content(_ document: Document) throws -> (XMLInspector, String, [UInt8]) {
        let bytes = try ODTWriter().write(document, options: WriterOptions())
        let text = try #require(try ZipReader(bytes: bytes).text("content.xml"))
        return (try #require(XMLInspector(text)), text, bytes)
    }

    static let sample = document([
        paragraph("Antes."),
        paragraph("Párrafo nuevo.", insertion),
        paragraph("Párrafo eliminado uno.", deletion),
        paragraph("Párrafo eliminado dos.", deletion),
        paragraph("Después."),
        paragraph("Último párrafo nuevo.", insertion),
    ])

    @Test func wholeParagraphsAreTrackedWithTheirBreak() throws {
        let (content, _, bytes) = try Self.content(Self.sample)
        // The body keeps the inserted paragraphs, not the deleted ones.
        #expect(content.strings("//office:text/text:p") == ["Antes.", "Párrafo nuevo.", "Después.", "Último párrafo nuevo."])
        // Insertion, as LibreOffice records a typed paragraph: from the end of the paragraph
        // before (its break) to the end of the new one.
        #expect(content.strings("//office:text/text:p[1]/*[last()]/self::text:change-start/@text:change-id") == ["ct1"])
        #expect(content.strings("//office:text/text:p[2]/*[last()]/self::text:change-end/@text:change-id") == ["ct1"])
        #expect(content.count("//office:text/text:p[2]//text:change-start") == 0)
        // Both deleted paragraphs in one region, then the empty paragraph of the deleted break,
        // marked where «Después.» starts.
        #expect(content.strings("//office:text/text:p[3]/*[1]/self::text:change/@text:change-id") == ["ct2"])
        let deleted = "//text:tracked-changes/text:changed-region[@text:id='ct2']/text:deletion"
        #expect(content.strings("\(deleted)/text:p") == ["Párrafo eliminado uno.", "Párrafo eliminado dos.", ""])
        #expect(content.strings("\(deleted)/text:p/@text:style-name") == ["Text_20_body", "Text_20_body", "Text_20_body"])
        #expect(content.strings("//text:changed-region[@text:id='ct1']/text:insertion/office:change-info/dc:creator") == ["Servicio"])
        // The last paragraph's insertion starts at the end of «Después.» and ends with the text.
        #expect(content.strings("//office:text/text:p[3]/*[last()]/self::text:change-start/@text:change-id") == ["ct3"])
        #expect(content.strings("//office:text/text:p[4]/*[last()]/self::text:change-end/@text:change-id") == ["ct3"])
        // No paragraph is left holding only a change mark.
        #expect(content.count("//office:text//text:p[not(ancestor::text:tracked-changes)][not(node()[not(self::text:change or self::text:change-end)])]") == 0)
        try ODFValidator.validate(bytes, label: "whole-paragraph redline")
    }

    /// Headings and list items are whole paragraphs too; an insertion with no paragraph before it
    /// runs from its start to the start of the next paragraph.
    @Test func headingsListsAndTables() throws {
        let heading = Block.heading(level: 2, content: [.tracked(Self.insertion, [.text("II. Nuevo")])], attributes: Attributes(role: .body, mark: .insertion))
        let list = Block.list(ListBlock(kind: .bulleted, start: 1, items: [[Self.paragraph("uno")], [Self.paragraph("dos", Self.deletion)], [Self.paragraph("tres")]]))
        let table = Block.table(Table(columnWidths: [1], headerRows: [], bodyRows: [TableRow(cells: [TableCell(blocks: [Self.paragraph("celda")])])]))
        let (content, _, bytes) = try Self.content(Self.document([heading, list, Self.paragraph("Nuevo.", Self.insertion), table]))
        #expect(content.strings("//text:h[1]/*[1]/self::text:change-start/@text:change-id") == ["ct1"])
        #expect(content.strings("//text:list/text:list-item[1]/text:p/*[1]/self::text:change-end/@text:change-id") == ["ct1"])
        // The deleted item has no item of its own: its point opens the next one, and its region
        // keeps it as an item of a list of the same style.
        #expect(content.strings("//office:text/text:list/text:list-item/text:p") == ["uno", "tres"])
        #expect(content.strings("//office:text/text:list/text:list-item[2]/text:p/*[1]/self::text:change/@text:change-id") == ["ct2"])
        #expect(content.strings("//text:changed-region[@text:id='ct2']/text:deletion/text:list[@text:style-name='List_20_1']/text:list-item/text:p") == ["dos"])
        // «Nuevo.» after the list: from the end of «tres» to its own end, before the table.
        #expect(content.strings("//office:text/text:list/text:list-item[2]/text:p/*[last()]/self::text:change-start/@text:change-id") == ["ct3"])
        #expect(content.strings("//office:text/table:table/preceding-sibling::*[1]/self::text:p/*[last()]/self::text:change-end/@text:change-id") == ["ct3"])
        try ODFValidator.validate(bytes, label: "redline headings, lists, tables")
    }

    /// The GORE redline (version 1 → 3): every whole-paragraph mark of the model is tracked as a whole.
    @Test func theGoreRedlineTracksWholeParagraphs() throws {
        let old = try #require(WorkspaceLoader.load(at: TestPaths.goreV1).workspace)
        let new = try #require(WorkspaceLoader.load(at: TestPaths.gore).workspace)
        let document = try Redline.document(old: old, new: new)
        func marks(_ blocks: [Block], _ kind: TrackedChange.Kind) -> Int {
            blocks.reduce(0) { total, block in
                switch block {
                case .heading(_, _, let attributes), .paragraph(_, let attributes): total + (attributes.mark == kind ? 1 : 0)
                case .list(let list): total + list.items.reduce(0) { $0 + marks($1, kind) }
                case .section(let children, _), .blockQuote(let children, _): total + marks(children, kind)
                case .table, .figure, .tableOfContents: total
                }
            }
        }
        let insertedParagraphs = marks(document.blocks, .insertion)
        #expect(insertedParagraphs > 0)
        let (content, _, bytes) = try Self.content(document)
        // A whole insertion's end is not in the paragraph its start is in, and its start is at an
        // edge of its paragraph: the end of the paragraph before the inserted ones (or the start
        // of the first, when nothing comes before it).
        let crossing = "//text:change-start[not(../text:change-end/@text:change-id = @text:change-id)]"
        let whole = content.count(crossing)
        #expect(whole > 0 && whole <= insertedParagraphs)
        #expect(content.count(crossing + "[following-sibling::node() and preceding-sibling::node()[not(self::text:change or self::text:change-end)]]") == 0)
        #expect(content.count("//text:change-start") == content.count("//text:change-end"))
        #expect(content.count("//office:text//text:p[not(ancestor::text:tracked-changes)][not(node()[not(self::text:change)])]") == 0)
        try ODFValidator.validate(bytes, label: "GORE redline")
    }

    /// LibreOffice reads the changes as whole paragraphs: converted to DOCX, the paragraph marks of
    /// the inserted and the deleted paragraphs are themselves tracked (`w:pPr/w:rPr/w:ins|w:del`).
    @Test func libreOfficeReadsWholeParagraphChanges() throws {
        guard let soffice = ExternalTool.require("soffice") else { return }
        let (_, _, bytes) = try Self.content(Self.sample)
        let folder = try TestPaths.temporaryFolder()
        let file = folder.appending(path: "redline.odt")
        try Data(bytes).write(to: file)
        let profile = try TestPaths.temporaryFolder()
        let (status, output) = try ExternalTool.run(soffice, [
            "-env:UserInstallation=file://\(profile.path)", "--headless", "--convert-to", "docx", "--outdir", folder.path, file.path,
        ])
        #expect(status == 0, "\(output)")
        let converted = try ZipReader(bytes: [UInt8](try Data(contentsOf: folder.appending(path: "redline.docx"))))
        let body = try #require(XMLInspector(converted.text("word/document.xml") ?? ""))
        let inserted = body.strings("//w:p[w:pPr/w:rPr/w:ins]")
        let deleted = body.strings("//w:p[w:pPr/w:rPr/w:del]")
        // As LibreOffice records a typed paragraph: the inserted break is the one after «Antes.».
        #expect(inserted.contains("Antes."), "\(inserted)")
        #expect(body.strings("//w:ins//w:t").joined().contains("Párrafo nuevo."))
        #expect(deleted.contains("Párrafo eliminado uno."), "\(deleted)")
        #expect(deleted.contains("Párrafo eliminado dos."), "\(deleted)")
        #expect(!deleted.contains("Antes.") && !deleted.contains("Después."))
    }
}
