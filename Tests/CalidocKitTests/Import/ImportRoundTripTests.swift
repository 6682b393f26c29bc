import Foundation
import Testing
@testable import CalidocKit

/// Importing the Política calidoc builds from the GORE sample and building it again gives the
/// same text, section by section (whitespace and Markdown markers aside).
@Suite struct ImportRoundTripTests {
    /// The text of each of the eight sections in a plain-text build.
    static func sections(_ text: String) -> [String] {
        let headings = PolicySectionKind.allCases.map(\.heading)
        var result: [String] = []
        for (index, heading) in headings.enumerated() {
            guard let start = text.range(of: heading) else {
                result.append("(falta «\(heading)»)")
                continue
            }
            let end = index + 1 < headings.count ? text.range(of: headings[index + 1], range: start.upperBound..<text.endIndex)?.lowerBound : nil
            let body = text[start.lowerBound..<(end ?? text.endIndex)]
            // The text, not its Markdown: emphasis markers, escapes and table rules left out.
            let words = body.filter { !"*\\_|".contains($0) }.split(whereSeparator: \.isWhitespace)
            result.append(words.filter { !$0.allSatisfy { "-:".contains($0) } }.joined(separator: " "))
        }
        return result
    }

    static func build(_ workspace: URL, formats: [OutputFormat]) throws -> [URL] {
        let out = try TestPaths.temporaryFolder()
        return try BuildPipeline().run(.init(workspace: workspace, formats: formats, outputRoot: out)).written
    }

    @Test(arguments: [OutputFormat.docx, .odt])
    func goreBuiltImportedAndBuiltAgainKeepsEverySectionsText(format: OutputFormat) throws {
        let written = try Self.build(TestPaths.gore, formats: [format, .md])
        let document = try #require(written.first { $0.pathExtension == format.rawValue })
        let originalText = try String(contentsOf: try #require(written.first { $0.pathExtension == "md" }), encoding: .utf8)
        let result = try PolicyImporter.run(document, date: "2024-10-24")
        #expect(result.report.unplaced.filter { !$0.location.hasPrefix("sección «Portada") }.isEmpty, "\(result.report.unplaced)")
        let folder = try TestPaths.temporaryFolder().appending(path: "gore-importado")
        _ = try ImportWorkspace.write(result, to: folder)
        let rebuilt = try Self.build(folder, formats: [.md])
        let rebuiltText = try String(contentsOf: try #require(rebuilt.first { $0.pathExtension == "md" }), encoding: .utf8)
        let before = Self.sections(originalText)
        let after = Self.sections(rebuiltText)
        for (index, kind) in PolicySectionKind.allCases.enumerated() {
            #expect(!before[index].hasPrefix("(falta") && before[index].count > 100, "\(kind.heading): \(before[index].prefix(200))")
            #expect(before[index] == after[index], "\(kind.heading) difiere:\n\(before[index].prefix(3000))\n---\n\(after[index].prefix(3000))")
        }
    }

    @Test func goreImportValidatesWithoutErrors() throws {
        let written = try Self.build(TestPaths.gore, formats: [.docx])
        let document = try #require(written.first { $0.pathExtension == "docx" })
        let result = try PolicyImporter.run(document, date: "2024-10-24")
        #expect(!result.report.validation.contains { $0.contains("error:") }, "\(result.report.validation)")
        #expect(result.reportText.contains("Texto fijo que calidoc escribe solo"))
    }
}
