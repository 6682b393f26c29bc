import Foundation
import Testing

/// Golden files under `Fixtures/golden/`: compared exactly, re-recorded with `CALIDOC_RECORD=1`.
enum Golden {
    static func check(_ actual: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let url = TestPaths.fixtures.appending(path: "golden/\(name)")
        if ProcessInfo.processInfo.environment["CALIDOC_RECORD"] != nil {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file \(name); run with CALIDOC_RECORD=1 to create it", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let index = Array(zip(expectedLines, actualLines)).firstIndex { $0.0 != $0.1 } ?? min(expectedLines.count, actualLines.count)
            let want = index < expectedLines.count ? String(expectedLines[index]) : "<end>"
            let got = index < actualLines.count ? String(actualLines[index]) : "<end>"
            Issue.record(
                "golden \(name) differs at line \(index + 1):\n  expected: \(want)\n  actual:   \(got)\n(CALIDOC_RECORD=1 re-records)",
                sourceLocation: sourceLocation)
        }
    }
}
