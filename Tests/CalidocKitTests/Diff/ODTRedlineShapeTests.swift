import Foundation
import Testing
@testable import CalidocKit

/// Hand-made version pairs of the shapes the generated pairs (`ODTRedlinePropertyTests`) found
/// failing: the ODT redline of each pair (``Redline/BlockDiff``), read by the independent odfpy
/// reader (`odt_tracked_changes.py`), gives calidoc's ODT of the old version when every change is
/// rejected and of the new one when every change is accepted.
@Suite struct ODTRedlineShapeTests {
    typealias Shapes = ODTRedlineShapeTests

    static func paragraph(_ text: String) -> Block { .paragraph(content: [.text(text)], attributes: Attributes(role: .body)) }
    static func heading(_ text: String) -> Block { .heading(level: 2, content: [.text(text)], attributes: Attributes(role: .body)) }
    static func list(_ items: [[Block]], kind: ListBlock.Kind = .decimal) -> Block { .list(ListBlock(kind: kind, start: 1, items: items)) }
    static func items(_ texts: String...) -> [[Block]] { texts.map { [paragraph($0)] } }
    /// A table of body rows, each cell its paragraphs (an actor: name, role, responsibilities).
    static func table(_ rows: [[[String]]]) -> Block {
        .table(Table(headerRows: [TableRow(cells: ["ACTOR", "ROL", "RESPONSABILIDADES"].map { TableCell(isHeader: true, blocks: [paragraph($0)]) })],
                     bodyRows: rows.map { TableRow(cells: $0.map { TableCell(blocks: $0.map(paragraph)) }) }))
    }

    /// The redline document of a pair, as ``Redline/document(old:new:kind:)`` makes it.
    static func redline(old: [Block], new: [Block]) -> Document {
        let diff = Redline.BlockDiff(insertion: ODTRedlineParagraphTests.insertion, deletion: ODTRedlineParagraphTests.deletion)
        return ODTRedlineParagraphTests.document(diff.blocks(old: old, new: new))
    }

    /// The odfpy lines of the old and new versions, and of the redline rejected and accepted.
    static func roundTrip(old: [Block], new: [Block], python: URL) throws -> (old: [String], new: [String], rejected: [String], accepted: [String]) {
        let writer = ODTWriter()
        let redline = try writer.write(redline(old: old, new: new), options: WriterOptions())
        try ODFValidator.validate(redline, label: "ODT redline shape")
        return (
            try ODTRedlineRoundTripTests.lines(try writer.write(ODTRedlineParagraphTests.document(old), options: WriterOptions()), python: python, mode: "none"),
            try ODTRedlineRoundTripTests.lines(try writer.write(ODTRedlineParagraphTests.document(new), options: WriterOptions()), python: python, mode: "none"),
            try ODTRedlineRoundTripTests.lines(redline, python: python, mode: "reject"),
            try ODTRedlineRoundTripTests.lines(redline, python: python, mode: "accept"))
    }

    /// The shapes: (name, old blocks, new blocks).
    static let shapes: [(String, [Block], [Block])] = [
        ("a list deleted whole before a heading",
         [paragraph("Intro."), list(items("uno", "dos", "tres")), heading("Siguiente"), paragraph("Final.")],
         [paragraph("Intro."), heading("Siguiente"), paragraph("Final.")]),
        ("a list deleted whole at the start of a section",
         [heading("Antes"), list(items("uno", "dos"), kind: .bulleted), heading("Siguiente")],
         [heading("Antes"), heading("Siguiente")]),
        ("the last items deleted after an item that ends with a nested list",
         [paragraph("Intro."), list([[paragraph("uno")], [paragraph("dos"), list(items("a", "b"), kind: .lowerAlpha)], [paragraph("tres")], [paragraph("cuatro")]]), heading("Siguiente")],
         [paragraph("Intro."), list([[paragraph("uno")], [paragraph("dos"), list(items("a", "b"), kind: .lowerAlpha)]]), heading("Siguiente")]),
        ("the last item, with a nested list, deleted",
         [paragraph("Intro."), list([[paragraph("uno")], [paragraph("dos"), list(items("a", "b"), kind: .bulleted)]]), paragraph("Final.")],
         [paragraph("Intro."), list([[paragraph("uno")]]), paragraph("Final.")]),
        ("the last nested items deleted",
         [list([[paragraph("uno"), list(items("a", "b", "c"), kind: .lowerAlpha)], [paragraph("dos")]])],
         [list([[paragraph("uno"), list(items("a"), kind: .lowerAlpha)], [paragraph("dos")]])]),
        ("items deleted in the middle and at the end, others inserted",
         [paragraph("Intro."), list(items("uno", "dos", "tres", "cuatro", "cinco")), heading("Siguiente")],
         [paragraph("Intro."), list(items("uno", "nuevo", "tres", "otro nuevo")), heading("Siguiente")]),
        ("a paragraph deleted before a heading, a list inserted whole",
         [paragraph("Intro."), paragraph("Párrafo que se va."), heading("Siguiente"), paragraph("Final.")],
         [paragraph("Intro."), list(items("nuevo uno", "nuevo dos")), heading("Siguiente"), paragraph("Final.")]),
        ("a list replaced by another",
         [paragraph("Intro."), list(items("uno", "dos")), paragraph("Final.")],
         [paragraph("Intro."), list(items("alfa", "beta", "gama"), kind: .bulleted), paragraph("Final.")]),
        ("items inserted at the end after a word added to the last item (LibreOffice merged the two insertions)",
         [paragraph("Intro."), list(items("uno", "dos tres cuatro")), paragraph("Final.")],
         [paragraph("Intro."), list(items("uno", "dos tres cuatro y más", "nuevo", "otro nuevo")), paragraph("Final.")]),
        ("a heading and its paragraph inserted after a list",
         [paragraph("Intro."), list(items("uno", "dos")), heading("Siguiente")],
         [paragraph("Intro."), list(items("uno", "dos")), heading("Nuevo título"), paragraph("Nuevo párrafo."), heading("Siguiente")]),
        ("the first paragraphs deleted",
         [paragraph("Primero."), paragraph("Segundo."), paragraph("Tercero."), heading("Siguiente")],
         [paragraph("Tercero."), heading("Siguiente")]),
        ("a paragraph deleted between a list and a heading (LibreOffice gave it back as an item of the list)",
         [paragraph("Intro."), list(items("uno", "dos")), paragraph("Párrafo que se va."), heading("Siguiente"), paragraph("Final.")],
         [paragraph("Intro."), list(items("uno", "dos")), heading("Siguiente"), paragraph("Final.")]),
        ("paragraphs deleted between two lists",
         [paragraph("Intro."), list(items("uno", "dos")), paragraph("Se va."), paragraph("También se va."), list(items("alfa", "beta"), kind: .bulleted)],
         [paragraph("Intro."), list(items("uno", "dos")), list(items("alfa", "beta"), kind: .bulleted)]),
        ("a paragraph deleted after a nested list, before a heading, another inserted in its place",
         [paragraph("Intro."), list([[paragraph("uno"), list(items("a", "b"), kind: .lowerAlpha)]]), paragraph("Párrafo que se va."), heading("Siguiente")],
         [paragraph("Intro."), list([[paragraph("uno"), list(items("a", "b"), kind: .lowerAlpha)]]), paragraph("Otro texto distinto del todo."), heading("Siguiente")]),
        ("the last items and a paragraph deleted between a list and a heading",
         [paragraph("Intro."), list(items("uno", "dos", "tres")), paragraph("Párrafo que se va."), heading("Siguiente")],
         [paragraph("Intro."), list(items("uno")), heading("Siguiente")]),
        ("a middle item deleted whose paragraph after a nested list is not numbered (LibreOffice numbered it)",
         [paragraph("Intro."), list([[paragraph("uno")], [paragraph("dos"), list(items("a", "b"), kind: .bulleted), paragraph("dos, continuación")], [paragraph("tres")]]), paragraph("Final.")],
         [paragraph("Intro."), list([[paragraph("uno")], [paragraph("tres")]]), paragraph("Final.")]),
        ("an actor with several responsibilities removed (LibreOffice's Accept All left its row empty)",
         [paragraph("Intro."), table([[["Comité"], ["Coordina"], ["Sesionar."]], [["Fiscalía"], ["Apoya"], ["Informar.", "Revisar.", "Firmar."]]]), paragraph("Final.")],
         [paragraph("Intro."), table([[["Comité"], ["Coordina"], ["Sesionar."]]]), paragraph("Final.")]),
        ("an actor with several responsibilities added",
         [paragraph("Intro."), table([[["Comité"], ["Coordina"], ["Sesionar."]]]), paragraph("Final.")],
         [paragraph("Intro."), table([[["Comité"], ["Coordina"], ["Sesionar."]], [["Fiscalía"], ["Apoya"], ["Informar.", "Revisar."]]]), paragraph("Final.")]),
        ("responsibilities of an actor removed, first and last",
         [table([[["Comité"], ["Coordina"], ["Sesionar.", "Informar al Comité de todo.", "Firmar las actas."]]])],
         [table([[["Comité"], ["Coordina"], ["Informar al Comité de todo."]]])]),
    ]

    @Test(arguments: 0..<Shapes.shapes.count)
    func rejectingGivesTheOldAndAcceptingTheNew(_ index: Int) throws {
        guard let python = ExternalTool.require("python") else { return }
        let (name, old, new) = Self.shapes[index]
        let lines = try Self.roundTrip(old: old, new: new, python: python)
        #expect(lines.rejected == lines.old, "\(name): rejected ≠ old\n\(RedlineRoundTripTests.firstDifference(lines.rejected, lines.old))")
        #expect(lines.accepted == lines.new, "\(name): accepted ≠ new\n\(RedlineRoundTripTests.firstDifference(lines.accepted, lines.new))")
    }

    /// The structure LibreOffice itself writes: a deleted middle item's point opens the next item
    /// left, its region the item then an empty paragraph (the break); deleted last items have their
    /// point at the end of the item before them, their region an empty paragraph then the items,
    /// numbered from where they stood.
    @Test func deletedItemsArePlacedAsLibreOfficeRestoresThem() throws {
        let (_, old, new) = try #require(Self.shapes.first { $0.0.hasPrefix("items deleted in the middle") })
        let (content, _, _) = try ODTRedlineParagraphTests.content(Self.redline(old: old, new: new))
        let tres = "//office:text/text:list/text:list-item/text:p[.='tres']"
        // Two points in «tres»: before its text (after the end of «nuevo»'s insertion) and after it.
        #expect(content.count(tres + "/text:change") == 2)
        #expect(content.count(tres + "/text:change[1]/following-sibling::text()") == 1)
        // After the second point, only the start of «otro nuevo»'s insertion.
        #expect(content.count(tres + "/text:change[2]/following-sibling::node()[not(self::text:change-start)]") == 0)
        let middle = try #require(content.strings(tres + "/text:change[1]/@text:change-id").first)
        let last = try #require(content.strings(tres + "/text:change[2]/@text:change-id").first)
        let region = { (id: String) in "//text:changed-region[@text:id='\(id)']/text:deletion" }
        #expect(content.strings(region(middle) + "/text:list/text:list-item/text:p") == ["dos"])
        #expect(content.strings(region(middle) + "/text:p") == [""])
        #expect(content.strings(region(last) + "/text:p") == [""])
        #expect(content.strings(region(last) + "/text:list/text:list-item/text:p") == ["cuatro", "cinco"])
        #expect(content.strings(region(last) + "/text:list/text:list-item/@text:start-value") == ["4"])
    }

    /// A paragraph deleted after a list and before a heading: the point opens the heading, the
    /// region is the paragraph between two empty ones of the heading's kind, and the break from the
    /// list's last item to the heading is tracked as inserted (the range ends where the point is).
    @Test func aParagraphDeletedAfterAListComesBackBetweenTwoBreaks() throws {
        let (_, old, new) = try #require(Self.shapes.first { $0.0.hasPrefix("a paragraph deleted between a list and a heading") })
        let (content, _, bytes) = try ODTRedlineParagraphTests.content(Self.redline(old: old, new: new))
        let heading = "//office:text/text:h[.='Siguiente']"
        let end = try #require(content.strings(heading + "/*[1]/self::text:change-end/@text:change-id").first)
        let point = try #require(content.strings(heading + "/*[2]/self::text:change/@text:change-id").first)
        #expect(content.count("//text:list-item/text:p[.='dos']/*[last()]/self::text:change-start[@text:change-id='\(end)']") == 1)
        #expect(content.count("//text:changed-region[@text:id='\(end)']/text:insertion") == 1)
        let region = "//text:changed-region[@text:id='\(point)']/text:deletion"
        #expect(content.strings(region + "/*[not(self::office:change-info)]") == ["", "Párrafo que se va.", ""])
        #expect(content.strings(region + "/text:h/@text:outline-level") == ["2", "2"])
        #expect(content.strings(region + "/text:p/@text:style-name") == ["Text_20_body"])
        try ODFValidator.validate(bytes, label: "paragraph deleted after a list")
    }

    /// A removed actor: each cell of its row holds one paragraph with one point, whose region
    /// holds all the cell's paragraphs (a point per paragraph left the breaks between them, and
    /// LibreOffice the row, on Accept All).
    @Test func aRemovedActorsCellsHoldOnePointEach() throws {
        let (_, old, new) = try #require(Self.shapes.first { $0.0.hasPrefix("an actor with several responsibilities removed") })
        let (content, _, bytes) = try ODTRedlineParagraphTests.content(Self.redline(old: old, new: new))
        let row = "//table:table-row[@table:style-name='\(ODFTextBody.trackedRowStyleName("Tabla1"))']"
        #expect(content.count(row) == 1)
        #expect(content.count(row + "/table:table-cell") == 3)
        #expect(content.count(row + "/table:table-cell[count(text:p) != 1]") == 0)
        #expect(content.count(row + "/table:table-cell/text:p[count(text:change) != 1]") == 0)
        let id = try #require(content.strings(row + "/table:table-cell[3]/text:p/text:change/@text:change-id").first)
        #expect(content.strings("//text:changed-region[@text:id='\(id)']/text:deletion/text:p") == ["Informar.", "Revisar.", "Firmar."])
        try ODFValidator.validate(bytes, label: "removed actor")
    }

    /// A word replaced by another: the insertion first, the deletion's point after it (as
    /// LibreOffice writes them), and the deleted word's space kept as `text:s`.
    @Test func aReplacedWordKeepsItsSpace() throws {
        let old = [Self.paragraph("Un “gobierno digital” tiene metas.")]
        let new = [Self.paragraph("Un “gobierno abierto” tiene metas.")]
        let (content, _, bytes) = try ODTRedlineParagraphTests.content(Self.redline(old: old, new: new))
        let body = "//office:text/text:p"
        #expect(content.strings(body + "/*[1]/self::text:change-start/@text:change-id").count == 1)
        #expect(content.count(body + "/text:change-end/following-sibling::*[1]/self::text:change") == 1)
        #expect(content.strings("//text:deletion/text:p") == ["digital”"])
        #expect(content.count("//text:deletion/text:p/text:s") == 1)
        try ODFValidator.validate(bytes, label: "replaced word")
    }
}
