import Foundation
import Testing
@testable import CalidocKit

@Suite struct PDFWriterTests {
    /// `--format pdf --pdfa` goes through LibreOffice and yields PDF/A-2b with every section.
    @Test func pdfAThroughLibreOffice() throws {
        guard ExternalTool.require("soffice") != nil, let pdftotext = ExternalTool.require("pdftotext") else { return }
        let out = try TestPaths.temporaryFolder()
        var request = BuildPipeline.Request(workspace: TestPaths.gore, formats: [.pdf], outputRoot: out)
        request.pdfA = true
        let file = try #require(try BuildPipeline().run(request).written.first)
        let bytes = try Data(contentsOf: file)
        #expect(bytes.starts(with: Array("%PDF".utf8)))
        let raw = String(decoding: bytes, as: UTF8.self)
        #expect(raw.contains("<pdfaid:part>2</pdfaid:part>"))
        #expect(raw.contains("<pdfaid:conformance>B</pdfaid:conformance>"))
        let (_, text) = try ExternalTool.run(pdftotext, [file.path, "-"])
        for heading in ["I. Contexto", "VIII. Glosario", "Personas Usuarías"] { #expect(text.contains(heading)) }
    }
}
