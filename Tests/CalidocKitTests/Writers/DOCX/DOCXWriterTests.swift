import Foundation
import Testing
@testable import CalidocKit

@Suite struct DOCXWriterTests {
    static func docx(_ document: Document, options: WriterOptions = WriterOptions()) throws -> (bytes: [UInt8], archive: ZipReader) {
        let bytes = try DOCXWriter().write(document, options: options)
        return (bytes, try ZipReader(bytes: bytes))
    }

    /// WordprocessingML parts against ECMA-376 Transitional, package parts against OPC (xmllint).
    static func validate(_ bytes: [UInt8], label: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        guard let xmllint = ExternalTool.require("xmllint") else { return }
        let folder = try unzip(bytes)
        let schemas = TestPaths.shared.appending(path: "schemas/ooxml")
        let word = try FileManager.default.contentsOfDirectory(atPath: folder.appending(path: "word").path)
            .filter { $0.hasSuffix(".xml") }.map { folder.appending(path: "word/\($0)").path }
        #expect(word.count >= 6, sourceLocation: sourceLocation)
        let checks: [(String, [String])] = [
            ("local/wml-entry.xsd", word),
            ("opc/opc-contentTypes.xsd", [folder.appending(path: "[Content_Types].xml").path]),
            ("opc/opc-relationships.xsd", try FileManager.default.subpathsOfDirectory(atPath: folder.path)
                .filter { $0.hasSuffix(".rels") }.map { folder.appending(path: $0).path }),
        ]
        for (schema, files) in checks {
            let (status, output) = try ExternalTool.run(xmllint, ["--noout", "--schema", schemas.appending(path: schema).path] + files)
            #expect(status == 0, "xmllint \(schema) \(label): \(output.prefix(3000))", sourceLocation: sourceLocation)
        }
    }

    @Test func structureAndStyles() throws {
        let (bytes, archive) = try Self.docx(KitchenSink.document())
        #expect(archive.entryNames.first == "[Content_Types].xml")
        let body = try #require(XMLInspector(archive.text("word/document.xml") ?? ""))
        #expect(body.strings("//w:pStyle/@w:val").contains("Title"))
        #expect(body.strings("//w:p[w:pPr/w:pStyle/@w:val='Heading2']") == ["I. Texto", "II. Tablas y figuras"])
        #expect(body.count("//w:tr[w:trPr/w:tblHeader]") == 2)
        #expect(body.strings("//w:gridSpan/@w:val") == ["2"])
        #expect(body.strings("//w:vMerge/@w:val") == ["restart"])
        #expect(body.count("//w:vMerge[not(@w:val)]") == 1)
        #expect(body.count("//w:pageBreakBefore") >= 2)
        #expect(body.count("//w:tab") >= 1 && body.count("//w:br") == 1)
        #expect(body.strings("//w:instrText").first?.contains("TOC \\o \"1-3\" \\h") == true)
        #expect(body.strings("//w:hyperlink/@w:anchor").count == 3)  // h2, h2, h3 (TOC down to level 3)
        #expect(body.count("//w:bookmarkStart") == 4)
        #expect(!(archive.text("word/document.xml") ?? "").contains("\u{1}"))
        #expect(!(archive.text("word/document.xml") ?? "").contains("mc:"))
        // Each list instance has its own numbering with a start override; Roman list starts at 3.
        let numbering = try #require(XMLInspector(archive.text("word/numbering.xml") ?? ""))
        #expect(numbering.count("//w:num") == 8)
        #expect(numbering.strings("//w:num/w:lvlOverride/w:startOverride/@w:val").contains("3"))
        #expect(Set(numbering.strings("//w:abstractNum/w:lvl[@w:ilvl='0']/w:numFmt/@w:val")) == ["bullet", "decimal", "upperRoman", "lowerRoman", "lowerLetter"])
        let styles = try #require(XMLInspector(archive.text("word/styles.xml") ?? ""))
        let ids = Set(styles.strings("//w:style/@w:styleId"))
        #expect(ids.isSuperset(of: ["Normal", "Title", "Heading1", "Heading4", "ListParagraph", "TOCHeading", "TOC1", "Caption", "Hyperlink", "TablaCalidoc"]))
        #expect(styles.strings("//w:docDefaults//w:lang/@w:val") == ["es-CL"])
        #expect(styles.strings("//w:style[@w:styleId='Heading2']//w:outlineLvl/@w:val") == ["1"])
        #expect(body.strings("//w:sectPr/w:pgSz/@w:w") == ["11906"])
        let footer = try #require(XMLInspector(archive.text("word/footer1.xml") ?? ""))
        #expect(footer.strings("//w:instrText").map { $0.trimmingCharacters(in: .whitespaces) } == ["PAGE", "NUMPAGES"])
        #expect(archive.data("word/media/logo.png") == KitchenSink.png)
        #expect(try DOCXWriter().write(KitchenSink.document(), options: WriterOptions()) == bytes)
        let core = try #require(XMLInspector(archive.text("docProps/core.xml") ?? ""))
        _ = core
        #expect((archive.text("docProps/core.xml") ?? "").contains("<dc:creator>Institución «Ñuñoa» &amp; Cía</dc:creator>"))
        #expect((archive.text("docProps/core.xml") ?? "").contains("<dc:language>es-CL</dc:language>"))
    }

    @Test func partsValidateAgainstECMA376() throws {
        try Self.validate(try Self.docx(KitchenSink.document()).bytes, label: "kitchen sink")
        let out = try TestPaths.temporaryFolder()
        for sample in [TestPaths.gore, TestPaths.servicio] {
            for url in try BuildPipeline().run(.init(workspace: sample, formats: [.docx], outputRoot: out)).written {
                try Self.validate([UInt8](try Data(contentsOf: url)), label: url.lastPathComponent)
            }
        }
    }

    /// python-docx finds the same headings (with style names), table cells and list items as the model.
    @Test func pythonDocxReadsTheSameContent() throws {
        guard let python = ExternalTool.require("python") else { return }
        let document = try ODTWriterTests.goreDocument()
        let file = try TestPaths.temporaryFolder().appending(path: "politica.docx")
        try Data(try DOCXWriter().write(document, options: WriterOptions())).write(to: file)
        let script = """
            import sys, docx
            d = docx.Document(sys.argv[1])
            for p in d.paragraphs:
                if p.style.name.startswith('Heading'): print('H', p.style.name, p.text)
            print('LIST', sum(1 for p in d.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None))
            t = d.tables[0]
            print('TABLE', len(t.rows), len(t.columns), t.rows[2].cells[0].text)
            """
        let (status, output) = try ExternalTool.run(python, ["-c", script, file.path])
        #expect(status == 0, "python-docx: \(output)")
        #expect(output.contains("H Heading 2 I. Contexto"))
        #expect(output.contains("H Heading 2 VIII. Glosario"))
        #expect(output.contains("TABLE 9 3 Administrador/a Regional"))
        // List items of the model: every item of every list, nested ones included.
        func items(_ blocks: [Block]) -> Int {
            blocks.reduce(0) { total, block in
                switch block {
                case .list(let list): total + list.items.count + list.items.reduce(0) { $0 + items($1) }
                case .section(let children, _), .blockQuote(let children, _): total + items(children)
                case .table(let table): total + (table.headerRows + table.bodyRows).flatMap(\.cells).reduce(0) { $0 + items($1.blocks) }
                case .heading, .paragraph, .figure, .tableOfContents: total
                }
            }
        }
        #expect(output.contains("LIST \(items(document.blocks))"))
    }

    /// pandoc reads the DOCX back: every section and the whole actors table are there.
    @Test func pandocReadsItBack() throws {
        guard let pandoc = ExternalTool.require("pandoc") else { return }
        let out = try TestPaths.temporaryFolder()
        let file = try #require(try BuildPipeline().run(.init(workspace: TestPaths.gore, formats: [.docx], outputRoot: out)).written.first)
        let (status, text) = try ExternalTool.run(pandoc, ["-f", "docx", "-t", "plain", "--wrap=none", file.path])
        #expect(status == 0)
        let policy = try SeedTranscriptionTests.policy()
        for heading in ["I. Contexto", "IV. Relación de la Política con las definiciones estratégicas institucionales", "VIII. Glosario"] {
            #expect(text.contains(heading))
        }
        let flat = InlineWhitespace.collapse(text.replacingOccurrences(of: "|", with: " "))
        for actor in policy.actores.items {
            #expect(flat.contains(actor.actor) || text.contains(actor.actor.split(separator: " ").first ?? ""), "\(actor.actor)")
            for responsibility in actor.responsabilidades {
                #expect(flat.contains(String(responsibility.prefix(25))), "\(responsibility.prefix(40))")
            }
        }
    }

    @Test func libreOfficeConvertsIt() throws {
        let out = try TestPaths.temporaryFolder()
        let file = try #require(try BuildPipeline().run(.init(workspace: TestPaths.servicio, formats: [.docx], outputRoot: out)).written
            .first { $0.lastPathComponent == "diagnostico.docx" })
        guard let (text, pages) = try LibreOffice.pdfText(of: file) else { return }
        let flat = InlineWhitespace.collapse(text)
        for heading in ["I. Introducción", "II. Resultados del diagnóstico", "IV. Fuentes de información", "Página 1 de"] {
            #expect(flat.contains(heading), "PDF lacks \(heading)")
        }
        #expect((2...12).contains(pages), "pages: \(pages)")
    }

    /// A reference DOCX (another font, margins, a header with a logo) restyles the output.
    @Test func referenceDocumentRestyles() throws {
        let (_, plain) = try Self.docx(KitchenSink.document())
        let styles = (plain.text("word/styles.xml") ?? "").replacingOccurrences(of: "Liberation Sans", with: "DejaVu Serif")
            .replacingOccurrences(of: "<w:style w:type=\"paragraph\" w:styleId=\"Caption\">", with: "<w:style w:type=\"paragraph\" w:styleId=\"Otro\">")
        let header = (plain.text("word/header1.xml") ?? "").replacingOccurrences(of: "Institución «Ñuñoa» &amp; Cía", with: "Encabezado institucional")
        let document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"\(DOCXStyles.namespace)\" xmlns:r=\"\(OOXMLNamespace.officeRelationships)\"><w:body><w:p/>"
            + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId9\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
            + "<w:pgMar w:top=\"2000\" w:right=\"2000\" w:bottom=\"2000\" w:left=\"2500\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>"
        let reference = try ZipPackage.archive([
            PackagePart(path: "[Content_Types].xml", text: plain.text("[Content_Types].xml") ?? ""),
            PackagePart(path: "word/document.xml", text: document),
            PackagePart(path: "word/styles.xml", text: styles),
            PackagePart(path: "word/header1.xml", text: header),
            PackagePart(path: "word/_rels/header1.xml.rels", text: plain.text("word/_rels/header1.xml.rels") ?? ""),
            PackagePart(path: "word/media/logo.png", data: KitchenSink.png),
            PackagePart(path: "word/_rels/document.xml.rels", data: OOXMLRelationship.part([
                OOXMLRelationship(id: "rId9", type: "header", target: "header1.xml"),
            ])),
        ], date: "2025-01-01")
        let (bytes, archive) = try Self.docx(try ODTWriterTests.goreDocument(), options: WriterOptions(referenceDocument: reference, referenceName: "ref.docx"))
        let merged = archive.text("word/styles.xml") ?? ""
        #expect(merged.contains("w:ascii=\"DejaVu Serif\""))
        #expect(merged.contains("w:styleId=\"Caption\""))  // missing style added back
        #expect((archive.text("word/header1.xml") ?? "").contains("Encabezado institucional"))
        #expect(archive.data("word/media/logo.png") == KitchenSink.png)
        #expect((archive.text("word/document.xml") ?? "").contains("w:left=\"2500\""))
        #expect(archive.text("word/footer1.xml") == nil)
        try Self.validate(bytes, label: "with reference")
        #expect(throws: WriterError.self) {
            _ = try DOCXWriter().write(KitchenSink.document(), options: WriterOptions(referenceDocument: [0, 1], referenceName: "roto.docx"))
        }
    }
}
