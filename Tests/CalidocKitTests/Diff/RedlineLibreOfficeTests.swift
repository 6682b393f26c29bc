import Foundation
import Testing
@testable import CalidocKit

/// The redlines as LibreOffice resolves them: `Fixtures/redline/lo_tracked_changes.py` (Python-UNO)
/// opens each file in a headless LibreOffice, runs Edit ▸ Track Changes ▸ Accept All or Reject All
/// and lists the paragraphs with LibreOffice's own list labels; accepting every change of the ODT
/// redline must give what LibreOffice reads from calidoc's ODT of the new version, rejecting every
/// change what it reads from the old one — text, headings, list membership and numbers, table rows.
@Suite(.serialized) struct RedlineLibreOfficeTests {
    static let reader = TestPaths.fixtures.appending(path: "redline/lo_tracked_changes.py")
    static let labels = ["GORE 1 → 2", "GORE 2 → 3", "servicio"]

    /// The system Python with LibreOffice's UNO bridge (Debian `python3-uno`; a venv has no `uno`).
    static func unoPython() throws -> URL? {
        let python = URL(fileURLWithPath: "/usr/bin/python3")
        if FileManager.default.isExecutableFile(atPath: python.path), ExternalTool.find("soffice") != nil,
            (try? ExternalTool.run(python, ["-c", "import uno"]))?.0 == 0
        {
            return python
        }
        if ProcessInfo.processInfo.environment["CI"] != nil {
            Issue.record("python3-uno or LibreOffice is missing: .ci/setup should have installed them")
        } else {
            print("note: python3-uno not installed; skipping the LibreOffice redline check (run .ci/setup test)")
        }
        return nil
    }

    /// LibreOffice's lines of each file after `mode` (accept, reject, none), one soffice run for all.
    static func lines(_ files: [URL], python: URL, mode: String) throws -> [[String]] {
        let (status, output) = try ExternalTool.run(python, [reader.path, mode] + files.map(\.path))
        #expect(status == 0, "\(output.prefix(2000))")
        var result: [[String]] = []
        for line in output.split(separator: "\n").map(String.init) {
            if line.hasPrefix("== ") {
                result.append([])
            } else if !result.isEmpty {
                result[result.count - 1].append(line)
            }
        }
        #expect(result.count == files.count, "\(output.prefix(2000))")
        return result
    }

    @Test func libreOfficeResolvesTheODTRedlineToEachVersion() throws {
        guard let python = try Self.unoPython() else { return }
        var versions: [URL] = []
        var redlines: [URL] = []
        for label in Self.labels {
            let (old, new) = try RedlineRoundTripTests.pair(label)
            let builder = try DocumentBuilder(workspace: try WorkspaceValidation.validated(at: new))
            versions.append(try RedlineTests.file(try ODTRedlineRoundTripTests.odt(old, builder: builder), "\(UUID().uuidString).odt"))
            versions.append(try RedlineTests.file(try ODTRedlineRoundTripTests.odt(new, builder: builder), "\(UUID().uuidString).odt"))
            redlines.append(try RedlineTests.file(try VersionDiff.redline(old: old, new: new, format: .odt).1, "\(UUID().uuidString).odt"))
        }
        let plain = try Self.lines(versions, python: python, mode: "none")
        let accepted = try Self.lines(redlines, python: python, mode: "accept")
        let rejected = try Self.lines(redlines, python: python, mode: "reject")
        guard plain.count == 2 * Self.labels.count, accepted.count == Self.labels.count, rejected.count == Self.labels.count else { return }
        for (index, label) in Self.labels.enumerated() {
            let (before, after) = (plain[2 * index], plain[2 * index + 1])
            #expect(!before.isEmpty)
            #expect(accepted[index] == after, "\(label): accepted ≠ new\n\(RedlineRoundTripTests.firstDifference(accepted[index], after))")
            #expect(rejected[index] == before, "\(label): rejected ≠ old\n\(RedlineRoundTripTests.firstDifference(rejected[index], before))")
        }
    }

    /// The hand-made pairs of `ODTRedlineShapeTests` as LibreOffice resolves them: the same lines,
    /// list numbers included, as it reads from calidoc's ODT of each version.
    @Test func libreOfficeResolvesTheShapes() throws {
        guard let python = try Self.unoPython() else { return }
        let writer = ODTWriter()
        var versions: [URL] = []
        var redlines: [URL] = []
        for (_, old, new) in ODTRedlineShapeTests.shapes {
            for blocks in [old, new] {
                versions.append(try RedlineTests.file(try writer.write(ODTRedlineParagraphTests.document(blocks), options: WriterOptions()), "\(UUID().uuidString).odt"))
            }
            let redline = try writer.write(ODTRedlineShapeTests.redline(old: old, new: new), options: WriterOptions())
            redlines.append(try RedlineTests.file(redline, "\(UUID().uuidString).odt"))
        }
        let plain = try Self.lines(versions, python: python, mode: "none")
        let accepted = try Self.lines(redlines, python: python, mode: "accept")
        let rejected = try Self.lines(redlines, python: python, mode: "reject")
        let count = ODTRedlineShapeTests.shapes.count
        guard plain.count == 2 * count, accepted.count == count, rejected.count == count else { return }
        for (index, (name, _, _)) in ODTRedlineShapeTests.shapes.enumerated() {
            let (before, after) = (plain[2 * index], plain[2 * index + 1])
            #expect(accepted[index] == after, "\(name): accepted ≠ new\n\(RedlineRoundTripTests.firstDifference(accepted[index], after))")
            #expect(rejected[index] == before, "\(name): rejected ≠ old\n\(RedlineRoundTripTests.firstDifference(rejected[index], before))")
        }
    }
}
