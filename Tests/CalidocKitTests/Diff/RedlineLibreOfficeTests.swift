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
        try lines(files.map { (mode, $0) }, python: python)
    }

    /// LibreOffice's lines of each file after its own mode, one soffice run for all (starting
    /// LibreOffice takes longer than reading a small file).
    static func lines(_ jobs: [(mode: String, file: URL)], python: URL) throws -> [[String]] {
        let files = jobs.map(\.file)
        let (status, output) = try ExternalTool.run(python, [reader.path, "each"] + jobs.flatMap { [$0.mode, $0.file.path] })
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

    /// A version pair: calidoc's ODT of each version and the redline between them.
    struct Pair {
        let name: String
        let old: URL
        let new: URL
        let redline: URL
    }

    /// Checks `pairs` through one LibreOffice: the redline accepted reads as the new version,
    /// rejected as the old one. Returns the names of the pairs that differ.
    @discardableResult
    static func check(_ pairs: [Pair], python: URL) throws -> [String] {
        let jobs = pairs.flatMap { pair in [("none", pair.old), ("none", pair.new), ("accept", pair.redline), ("reject", pair.redline)] }
        let lines = try Self.lines(jobs, python: python)
        guard lines.count == jobs.count else { return pairs.map(\.name) }
        var failed: [String] = []
        for (index, pair) in pairs.enumerated() {
            let (before, after, accepted, rejected) = (lines[4 * index], lines[4 * index + 1], lines[4 * index + 2], lines[4 * index + 3])
            #expect(!before.isEmpty)
            #expect(accepted == after, "\(pair.name): accepted ≠ new\n\(RedlineRoundTripTests.firstDifference(accepted, after))")
            #expect(rejected == before, "\(pair.name): rejected ≠ old\n\(RedlineRoundTripTests.firstDifference(rejected, before))")
            if accepted != after || rejected != before { failed.append(pair.name) }
        }
        return failed
    }

    @Test func libreOfficeResolvesTheODTRedlineToEachVersion() throws {
        guard let python = try Self.unoPython() else { return }
        var pairs: [Pair] = []
        for label in Self.labels {
            let (old, new) = try RedlineRoundTripTests.pair(label)
            let builder = try DocumentBuilder(workspace: try WorkspaceValidation.validated(at: new))
            pairs.append(Pair(
                name: label,
                old: try RedlineTests.file(try ODTRedlineRoundTripTests.odt(old, builder: builder), "\(UUID().uuidString).odt"),
                new: try RedlineTests.file(try ODTRedlineRoundTripTests.odt(new, builder: builder), "\(UUID().uuidString).odt"),
                redline: try RedlineTests.file(try VersionDiff.redline(old: old, new: new, format: .odt).1, "\(UUID().uuidString).odt")))
        }
        try Self.check(pairs, python: python)
    }

    /// The hand-made pairs of `ODTRedlineShapeTests` as LibreOffice resolves them: the same lines,
    /// list numbers included, as it reads from calidoc's ODT of each version.
    @Test func libreOfficeResolvesTheShapes() throws {
        guard let python = try Self.unoPython() else { return }
        let writer = ODTWriter()
        var pairs: [Pair] = []
        for (name, old, new) in ODTRedlineShapeTests.shapes {
            let odt = { (blocks: [Block]) in
                try RedlineTests.file(try writer.write(ODTRedlineParagraphTests.document(blocks), options: WriterOptions()), "\(UUID().uuidString).odt")
            }
            let redline = try writer.write(ODTRedlineShapeTests.redline(old: old, new: new), options: WriterOptions())
            pairs.append(Pair(name: name, old: try odt(old), new: try odt(new), redline: try RedlineTests.file(redline, "\(UUID().uuidString).odt")))
        }
        try Self.check(pairs, python: python)
    }
}
