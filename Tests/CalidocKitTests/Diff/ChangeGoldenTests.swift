import Foundation
import Testing
@testable import CalidocKit

/// More golden files of the GORE versions: English v1 → v2 and Markdown v2 → v3 (CALIDOC_RECORD=1 re-records).
@Suite struct ChangeGoldenTests {
    static func render(_ old: URL, _ new: URL, _ format: VersionDiff.Format, _ language: MessageLanguage) throws -> String {
        String(decoding: try VersionDiff.run(old: old, new: new, format: format, language: language).1, as: UTF8.self)
    }

    @Test func englishResults() throws {
        Golden.check(try Self.render(TestPaths.goreV1, TestPaths.goreV2, .text, .en), named: "cambios-1-2.en.txt")
    }

    @Test func markdownRecommendations() throws {
        Golden.check(try Self.render(TestPaths.goreV2, TestPaths.gore, .md, .es), named: "cambios-2-3.md")
    }
}
