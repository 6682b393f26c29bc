import Foundation
import Testing

/// The README shows the web application in pictures: every image it links must be in the
/// repository, be a real PNG of a sensible size, and describe itself (alternative text), so the
/// walkthrough never points at a missing or stale file.
@Suite struct ReadmeScreenshotsTests {
    static let readme = ServerFixture.repository.appending(path: "README.md")

    /// `![alt](path)` links of the README, in order.
    static func images() throws -> [(alt: String, path: String)] {
        let text = try String(contentsOf: readme, encoding: .utf8)
        let pattern = try NSRegularExpression(pattern: #"!\[([^\]]*)\]\(([^)\s]+)\)"#)
        let range = NSRange(text.startIndex..., in: text)
        return pattern.matches(in: text, range: range).compactMap { match in
            guard let alt = Range(match.range(at: 1), in: text), let path = Range(match.range(at: 2), in: text) else { return nil }
            return (String(text[alt]), String(text[path]))
        }
    }

    @Test func theWalkthroughShowsEveryStep() throws {
        let paths = try Self.images().map(\.path)
        for step in ["inicio", "editor", "error", "comparacion", "sesion", "revision"] {
            #expect(paths.contains(".capturas/\(step).png"), "README has no screenshot of «\(step)»")
        }
    }

    @Test func everyLinkedImageIsAPNGInTheRepository() throws {
        let images = try Self.images()
        #expect(!images.isEmpty)
        for image in images {
            #expect(!image.alt.trimmingCharacters(in: .whitespaces).isEmpty, "\(image.path) has no alternative text")
            #expect(!image.path.contains(".."), "\(image.path) leaves the repository")
            #expect(!image.path.hasPrefix("Output/"), "\(image.path) is generated, not committed")
            let url = ServerFixture.repository.appending(path: image.path)
            let data = try #require(FileManager.default.contents(atPath: url.path), "\(image.path) is missing")
            #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "\(image.path) is not a PNG")
            #expect(data.count < 400_000, "\(image.path) weighs \(data.count) bytes: shrink it")
        }
    }
}
