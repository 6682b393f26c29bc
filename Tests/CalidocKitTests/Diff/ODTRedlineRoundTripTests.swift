import Foundation
import Testing
@testable import CalidocKit

/// The ODT redline checked by an independent reader: `Fixtures/redline/odt_tracked_changes.py`
/// (odfpy) applies `text:tracked-changes` in accept or reject mode and lists the paragraphs (text,
/// heading, list depth, table rows); accepting every change must give calidoc's own ODT of the new
/// version and rejecting every change the old one.
@Suite struct ODTRedlineRoundTripTests {
    static let reader = TestPaths.fixtures.appending(path: "redline/odt_tracked_changes.py")

    static func lines(_ odt: [UInt8], python: URL, mode: String) throws -> [String] {
        let file = try RedlineTests.file(odt, "\(UUID().uuidString).odt")
        let (status, output) = try ExternalTool.run(python, [reader.path, file.path, mode])
        #expect(status == 0, "\(output.prefix(2000))")
        return output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
    }

    static func odt(_ folder: URL, builder: DocumentBuilder) throws -> [UInt8] {
        let workspace = try WorkspaceValidation.validated(at: folder)
        return try WriterRegistry.writer(for: .odt).write(try builder.build(.politica, from: workspace), options: WriterOptions())
    }

    @Test(arguments: ["GORE 1 → 2", "GORE 2 → 3", "servicio"])
    func rejectingGivesTheOldVersionAndAcceptingTheNew(_ label: String) throws {
        guard let python = ExternalTool.require("python") else { return }
        let (old, new) = try RedlineRoundTripTests.pair(label)
        let redline = try VersionDiff.redline(old: old, new: new, format: .odt).1
        let builder = try DocumentBuilder(workspace: try WorkspaceValidation.validated(at: new))
        let before = try Self.lines(try Self.odt(old, builder: builder), python: python, mode: "none")
        let after = try Self.lines(try Self.odt(new, builder: builder), python: python, mode: "none")
        let accepted = try Self.lines(redline, python: python, mode: "accept")
        let rejected = try Self.lines(redline, python: python, mode: "reject")
        // Paragraph by paragraph: text, heading, list depth, table rows (a new actor's row goes
        // when rejected: it is marked as a row; the glossary's deleted last terms come back as
        // items of the glossary).
        #expect(accepted == after, "\(label): accepted ≠ new\n\(RedlineRoundTripTests.firstDifference(accepted, after))")
        #expect(rejected == before, "\(label): rejected ≠ old\n\(RedlineRoundTripTests.firstDifference(rejected, before))")
        try ODFValidator.validate(redline, label: "ODT redline \(label)")
    }

    /// The servicio redline's structure: the new actor's row is marked as a row (LibreOffice's
    /// row style), the deleted last glossary terms have their point at the end of the last term
    /// left, inside the list, and no list item is left empty.
    @Test func wholeRowsAndLastItemsAreMarkedWhereTheyBelong() throws {
        let redline = try VersionDiff.redline(old: TestPaths.servicio, new: try RedlineRoundTripTests.servicioChanged(), format: .odt).1
        let content = try #require(XMLInspector(try ZipReader(bytes: redline).text("content.xml") ?? ""))
        let rowStyle = "//style:style[@style:family='table-row'][style:table-row-properties/@loext:text-changes-only='false']/@style:name"
        let styles = content.strings(rowStyle)
        #expect(styles.count == 1)
        let rows = "//table:table-row[@table:style-name='\(styles.first ?? "")']"
        #expect(content.count(rows) == 1)
        #expect(content.strings(rows + "//text:p").joined().contains("Fiscalía"))
        #expect(content.count("//text:list-item[not(*)]") == 0)
        // The deletion of «SAIP» and «Trámite relevante»: one point, at the end of «MESU»'s paragraph.
        let region = "//text:changed-region[text:deletion//text:p[starts-with(., 'SAIP')]]"
        #expect(content.count(region) == 1)
        #expect(content.count(region + "/text:deletion/text:list/text:list-item") == 2)
        let id = content.strings(region + "/@text:id").first ?? ""
        #expect(content.count("//text:list-item/text:p[contains(., 'MESU')]/text:change[@text:change-id='\(id)']") == 1)
    }
}
