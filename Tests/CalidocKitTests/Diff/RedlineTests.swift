import Foundation
import Testing
@testable import CalidocKit

@Suite struct RedlineTests {
    static func redline(_ format: VersionDiff.Format, old: URL = TestPaths.goreV2, new: URL = TestPaths.gore) throws -> [UInt8] {
        try VersionDiff.redline(old: old, new: new, format: format).1
    }

    /// DOCX: real `w:ins`/`w:del` with the institution as author; the renamed guideline shows both wordings.
    @Test func docxHasInsertionsAndDeletions() throws {
        let bytes = try Self.redline(.docx)
        let archive = try ZipReader(bytes: bytes)
        let document = try #require(XMLInspector(archive.text("word/document.xml") ?? ""))
        let inserted = document.strings("//w:ins//w:t").joined()
        let deleted = document.strings("//w:del//w:delText").joined()
        #expect(inserted.contains("Definir estándares de eficiencia de servicio"))
        #expect(deleted.contains("Actualizar Protocolos de Atención"))
        #expect(deleted.contains("Establecer"))
        #expect(inserted.contains("Definir"))
        #expect(Set(document.strings("//w:ins/@w:author")) == ["Gobierno Regional Metropolitano de Santiago"])
        #expect(document.count("//w:moveFrom") == 0 && document.count("//w:moveTo") == 0)
        try DOCXWriterTests.validate(bytes, label: "redline")
        guard let (text, _) = try LibreOffice.pdfText(of: try Self.file(bytes, "redline.docx")) else { return }
        #expect(text.contains("VIII. Glosario"))
    }

    /// ODT: `text:tracked-changes` regions, schema-valid.
    @Test func odtHasTrackedChanges() throws {
        let bytes = try Self.redline(.odt, old: TestPaths.goreV1)
        let archive = try ZipReader(bytes: bytes)
        let content = try #require(XMLInspector(archive.text("content.xml") ?? ""))
        #expect(content.count("//text:tracked-changes/text:changed-region/text:insertion") > 0)
        #expect(content.count("//text:tracked-changes/text:changed-region/text:deletion") > 0)
        #expect(content.strings("//text:changed-region//dc:creator").allSatisfy { $0 == "Gobierno Regional Metropolitano de Santiago" })
        #expect(content.count("//text:change-start") == content.count("//text:change-end"))
        try ODFValidator.validate(bytes, label: "redline odt")
    }

    @Test func identicalVersionsHaveNoTrackedChanges() throws {
        let bytes = try Self.redline(.html, old: TestPaths.gore, new: TestPaths.gore)
        let html = String(decoding: bytes, as: UTF8.self)
        #expect(!html.contains("<ins") && !html.contains("<del"))
    }

    @Test func wordDiffKeepsCommonWords() {
        let change = TrackedChange(kind: .insertion, author: "A", date: "2025-01-01")
        let removal = TrackedChange(kind: .deletion, author: "A", date: "2025-01-01")
        let inlines = WordDiff.inlines(old: [.text("Establecer estándares de servicio")], new: [.text("Definir estándares de calidad de servicio")],
                                       insertion: change, deletion: removal)
        #expect(inlines == [
            .tracked(removal, [.text("Establecer ")]), .tracked(change, [.text("Definir ")]), .text("estándares de "),
            .tracked(change, [.text("calidad de ")]), .text("servicio"),
        ])
    }

    static func file(_ bytes: [UInt8], _ name: String) throws -> URL {
        let url = try TestPaths.temporaryFolder().appending(path: name)
        try Data(bytes).write(to: url)
        return url
    }
}
