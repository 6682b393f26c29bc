import Foundation
import Testing
@testable import CalidocKit

@Suite struct ODTWriterTests {
    static func odt(_ document: Document, options: WriterOptions = WriterOptions()) throws -> (bytes: [UInt8], archive: ZipReader) {
        let bytes = try ODTWriter().write(document, options: options)
        return (bytes, try ZipReader(bytes: bytes))
    }

    static func goreDocument() throws -> Document {
        try DocumentModelTests.document(.politica, TestPaths.gore)
    }

    @Test func packageLayoutFollowsODF() throws {
        let (bytes, archive) = try Self.odt(KitchenSink.document())
        #expect(archive.entryNames.first == "mimetype")
        #expect(archive.text("mimetype") == "application/vnd.oasis.opendocument.text")
        // Stored, uncompressed, right after the first local header.
        #expect(String(decoding: bytes[38..<(38 + 39)], as: UTF8.self) == "application/vnd.oasis.opendocument.text")
        #expect(Set(archive.entryNames).isSuperset(of: ["content.xml", "styles.xml", "meta.xml", "settings.xml", "META-INF/manifest.xml"]))
        let manifest = try #require(XMLInspector(archive.text("META-INF/manifest.xml") ?? ""))
        let listed = Set(manifest.strings("//manifest:file-entry/@manifest:full-path"))
        for name in archive.entryNames where name != "mimetype" && name != "META-INF/manifest.xml" {
            #expect(listed.contains(name), "\(name) missing from the manifest")
        }
        #expect(try ODTWriter().write(KitchenSink.document(), options: WriterOptions()) == bytes)  // deterministic
    }

    @Test func stylesAreNamedNotDirect() throws {
        let (_, archive) = try Self.odt(KitchenSink.document())
        let content = try #require(XMLInspector(archive.text("content.xml") ?? ""))
        #expect(content.strings("//text:h/@text:style-name").allSatisfy { $0.hasPrefix("Heading_20_") || $0.hasPrefix("Salto_") })
        #expect(content.strings("//text:h[@text:outline-level='2']") == ["I. Texto", "II. Tablas y figuras"])
        #expect(Set(content.strings("//text:list/@text:style-name")) == ["List_20_1", "Numbering_20_abc", "Numbering_20_IVX", "Numbering_20_123", "Numbering_20_ivx"])
        #expect(content.strings("//text:list-item/@text:start-value") == ["3"])
        #expect(Set(content.strings("//text:span/@text:style-name")).isSuperset(of: ["Strong_20_Emphasis", "Emphasis", "Underline"]))
        #expect(content.count("//table:table-header-rows/table:table-row") == 2)
        #expect(content.count("//table:covered-table-cell") == 2)
        #expect(content.strings("//table:table-cell[@table:number-rows-spanned='2']//text:p") == ["alto"])
        #expect(content.count("//text:list[@text:style-name='Numbering_20_123']//text:list-item") == 5)
        // Text safety: tabs, runs of spaces, line breaks; no control characters.
        #expect(content.count("//text:tab") >= 1)
        #expect(content.strings("//text:s/@text:c").contains("2"))
        #expect(content.count("//text:line-break") == 1)
        #expect(!(archive.text("content.xml") ?? "").contains("\u{1}"))
        #expect((archive.text("content.xml") ?? "").contains("ñandú control"))
        // Automatic styles only for tables and page breaks.
        let automatic = Set(content.strings("//office:automatic-styles/style:style/@style:family"))
        #expect(automatic.isSubset(of: ["table", "table-column", "table-cell", "paragraph"]))
        let styles = try #require(XMLInspector(archive.text("styles.xml") ?? ""))
        let names = Set(styles.strings("//office:styles/style:style/@style:name"))
        #expect(names.isSuperset(of: ["Heading_20_1", "Heading_20_4", "Text_20_body", "Table_20_Heading", "Table_20_Contents", "Contents_20_1", "Title"]))
        #expect(styles.strings("//style:style[@style:name='Heading_20_2']/@style:default-outline-level") == ["2"])
        #expect(styles.strings("//style:default-style[@style:family='paragraph']/style:text-properties/@fo:country") == ["CL"])
        #expect(styles.strings("//style:page-layout-properties/@fo:page-width") == ["21cm"])
        #expect(styles.count("//style:footer//text:page-number") == 1 && styles.count("//style:footer//text:page-count") == 1)
        #expect(styles.strings("//style:header//draw:image/@xlink:href") == ["Pictures/logo.png"])
    }

    @Test func tableOfContentsIsFilledIn() throws {
        let (_, archive) = try Self.odt(try Self.goreDocument())
        let content = try #require(XMLInspector(archive.text("content.xml") ?? ""))
        #expect(content.strings("//text:index-body/text:p") == [
            "I. Contexto", "II. Principios orientadores de la Política", "III. Objetivos estratégicos de la Política",
            "IV. Relación de la Política con las definiciones estratégicas institucionales",
            "V. Caracterización de usuarios y usuarias de los servicios", "VI. Actores y roles",
            "VII. Directrices y líneas de acción", "VIII. Glosario",
        ])
        #expect(content.strings("//table:table[@table:name='Tabla1']/table:table-header-rows//text:p") == ["ACTOR", "ROL", "RESPONSABILIDADES / FUNCIONES"])
    }

    @Test func metaCarriesTitleInstitutionAndLanguage() throws {
        let (_, archive) = try Self.odt(try Self.goreDocument())
        let meta = try #require(XMLInspector(archive.text("meta.xml") ?? ""))
        #expect(meta.strings("//dc:title") == ["Política de Calidad de Servicio y Experiencia Usuaria"])
        #expect(meta.strings("//meta:initial-creator") == ["Gobierno Regional Metropolitano de Santiago"])
        #expect(meta.strings("//dc:language") == ["es-CL"])
        #expect(meta.strings("//meta:creation-date") == ["2024-10-24T12:00:00"])
        #expect(meta.strings("//meta:user-defined[@meta:name='Versión']") == ["3"])
    }

    /// Every part validates against the OASIS ODF 1.3 schema (jing and xmllint).
    @Test func partsValidateAgainstTheODFSchema() throws {
        try ODFValidator.validate(try Self.odt(KitchenSink.document()).bytes, label: "kitchen sink")
        try ODFValidator.validate(try Self.odt(KitchenSink.document(rows: 2000)).bytes, label: "stress")
        let out = try TestPaths.temporaryFolder()
        for sample in [TestPaths.gore, TestPaths.servicio] {
            for url in try BuildPipeline().run(.init(workspace: sample, formats: [.odt], outputRoot: out)).written {
                try ODFValidator.validate([UInt8](try Data(contentsOf: url)), label: url.lastPathComponent)
            }
        }
    }

    /// LibreOffice opens the GORE policy: every heading and the last glossary term are in its PDF.
    @Test func libreOfficeConvertsTheGOREPolicy() throws {
        let out = try TestPaths.temporaryFolder()
        let file = try #require(try BuildPipeline().run(.init(workspace: TestPaths.gore, formats: [.odt], outputRoot: out)).written.first)
        guard let (text, pages) = try LibreOffice.pdfText(of: file) else { return }
        let flat = InlineWhitespace.collapse(text)
        for heading in ["I. Contexto", "VI. Actores y roles", "VIII. Glosario", "Personas Usuarías", "Página 1 de"] {
            #expect(flat.contains(heading), "PDF lacks \(heading)")
        }
        #expect((8...20).contains(pages), "pages: \(pages)")
    }

    /// odfpy, an independent reader, finds the model's headings, table cells and list items.
    @Test func odfpyReadsTheSameContent() throws {
        guard let python = ExternalTool.require("python") else { return }
        let document = try Self.goreDocument()
        let file = try TestPaths.temporaryFolder().appending(path: "politica.odt")
        try Data(try ODTWriter().write(document, options: WriterOptions())).write(to: file)
        let script = """
            import sys
            from odf.opendocument import load
            from odf import text, table, teletype
            doc = load(sys.argv[1])
            for h in doc.getElementsByType(text.H):
                print('H', h.getAttribute('outlinelevel'), teletype.extractText(h))
            print('CELLS', len(doc.getElementsByType(table.TableCell)))
            print('ITEMS', len(doc.getElementsByType(text.ListItem)))
            """
        let (status, output) = try ExternalTool.run(python, ["-c", script, file.path])
        #expect(status == 0, "odfpy: \(output)")
        #expect(output.contains("H 2 I. Contexto"))
        #expect(output.contains("H 2 VIII. Glosario"))
        let headings = output.split(separator: "\n").filter { $0.hasPrefix("H ") }.count
        #expect(headings == 8)
        #expect(output.contains("CELLS 27"))  // 3 header + 8 × 3 body
        let tables = DocumentModelTests.tables(in: document.blocks)
        #expect(tables.reduce(0) { $0 + ($1.headerRows + $1.bodyRows).reduce(0) { $0 + $1.cells.count } } == 27)
    }

    /// A reference ODT (another font, margins and a header logo) restyles the output.
    @Test func referenceDocumentRestyles() throws {
        let (_, plain) = try Self.odt(try Self.goreDocument())
        var styles = try #require(plain.text("styles.xml"))
        styles = styles.replacingOccurrences(of: "Liberation Sans", with: "DejaVu Serif")
            .replacingOccurrences(of: "fo:margin-left=\"2.5cm\"", with: "fo:margin-left=\"3.5cm\"")
            .replacingOccurrences(of: "<text:p text:style-name=\"Header\">",
                                  with: "<text:p text:style-name=\"Header\"><draw:frame draw:name=\"LogoRef\" text:anchor-type=\"as-char\" svg:width=\"1cm\" svg:height=\"1cm\"><draw:image xlink:href=\"Pictures/logo-institucional.png\" xlink:type=\"simple\" xlink:show=\"embed\" xlink:actuate=\"onLoad\"/></draw:frame>")
        // Drop one style so the merge must add it back.
        styles = styles.replacingOccurrences(of: "<style:style style:name=\"Table_20_Heading\"", with: "<style:style style:name=\"Otro_estilo\"")
        let reference = try ZipPackage.archive([
            PackagePart(path: "mimetype", text: "application/vnd.oasis.opendocument.text", compression: .stored),
            PackagePart(path: "styles.xml", text: styles),
            PackagePart(path: "content.xml", text: plain.text("content.xml") ?? ""),
            PackagePart(path: "Pictures/logo-institucional.png", data: KitchenSink.png),
            PackagePart(path: "META-INF/manifest.xml", text: plain.text("META-INF/manifest.xml") ?? ""),
        ], date: "2025-01-01")
        let (bytes, archive) = try Self.odt(try Self.goreDocument(), options: WriterOptions(referenceDocument: reference, referenceName: "ref.odt"))
        let merged = try #require(archive.text("styles.xml"))
        #expect(merged.contains("DejaVu Serif") && !merged.contains("style:font-name=\"Liberation Sans\"") || merged.contains("svg:font-family=\"'DejaVu Serif'\""))
        #expect(merged.contains("fo:margin-left=\"3.5cm\""))
        #expect(merged.contains("style:name=\"Table_20_Heading\""))
        #expect(archive.data("Pictures/logo-institucional.png") == KitchenSink.png)
        try ODFValidator.validate(bytes, label: "with reference")
        #expect(throws: WriterError.self) {
            _ = try ODTWriter().write(KitchenSink.document(), options: WriterOptions(referenceDocument: [1, 2, 3], referenceName: "roto.odt"))
        }
    }
}
