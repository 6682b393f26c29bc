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

    /// A line without its kind ("L1: text" → "text").
    static func withoutKind(_ line: String) -> String {
        line.firstIndex(of: ":").map { String(line[line.index(after: $0)...]) } ?? line
    }

    /// A table row left with every cell empty.
    static func isEmptyRow(_ line: String) -> Bool {
        line.hasPrefix("R:") && line.dropFirst(2).allSatisfy { $0 == " " || $0 == "|" }
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
        #expect(accepted == after, "\(label): accepted ≠ new\n\(RedlineRoundTripTests.firstDifference(accepted, after))")
        // Apart from the rows below, rejecting gives the old version paragraph by paragraph.
        let rejectedText = rejected.filter { !Self.isEmptyRow($0) }
        let difference = RedlineRoundTripTests.firstDifference(rejectedText, before)
        if label == "servicio" {
            // Known defect: the last glossary terms deleted are written as empty `text:list-item`s
            // with the deletion point after the list, so rejecting brings them back as plain
            // paragraphs after the list ("P: SAIP: …" where the old version has "L1: SAIP: …").
            withKnownIssue("ODT redline: deleted last list items come back after the list") {
                #expect(rejectedText == before, "\(label): rejected ≠ old\n\(difference)")
            }
            #expect(rejectedText.map(Self.withoutKind) == before.map(Self.withoutKind), "\(label): rejected text ≠ old text")
        } else {
            #expect(rejectedText == before, "\(label): rejected ≠ old\n\(difference)")
        }
        // Known defect: a new table row (a new actor) is tracked cell by cell, not as a row, so
        // rejecting it leaves an empty row. LibreOffice marks a whole-row change with a row style
        // `loext:text-changes-only="false"` (seen converting the DOCX redline with soffice).
        let emptyRows = rejected.filter(Self.isEmptyRow).count - before.filter(Self.isEmptyRow).count
        // Intermittent: only the pairs that add an actor have such a row.
        withKnownIssue("ODT redline: a rejected new table row stays as an empty row", isIntermittent: true) {
            #expect(emptyRows == 0, "\(label)")
        }
        try ODFValidator.validate(redline, label: "ODT redline \(label)")
    }
}
