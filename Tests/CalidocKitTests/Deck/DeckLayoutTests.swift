import Foundation
import Testing
@testable import CalidocKit

/// How the session deck is laid out (issue 16): slides filled before the text continues, a
/// section heading kept with its first item, a readable body size, numbering that restarts under
/// each heading in LibreOffice, the ODP's footer inside the slide, the institutional band and logo
/// on the title and closing slides. Structural checks parse the XML the writers wrote; the visual
/// check reads LibreOffice's PDF of both decks (`pdftotext -bbox`) and leaves a PNG of every slide
/// in `Output/previews/deck/` to look at.
@Suite struct DeckLayoutTests {
    /// The estimated height of a slide's body, in points, as `DeckBuilder.paginate` counts it.
    static func height(_ slide: Slide) -> Double {
        var total = 0.0
        for (index, block) in slide.blocks.enumerated() {
            let headsList: Bool = if index + 1 < slide.blocks.count, case .list = slide.blocks[index + 1] { true } else { false }
            if headsList {
                total += SlideTextMetrics.height(of: block, level: 0)
            } else if case .list(let list) = block {
                // Measured one level down, as items under a heading and their continuations are
                // (an upper bound for the other lists).
                total += list.items.reduce(0) { $0 + SlideTextMetrics.height(ofItem: $1, level: 2) }
            } else {
                total += SlideTextMetrics.height(of: block, level: 0)
            }
        }
        return total
    }

    /// The first unit of a slide: its first block, its first list item, or a heading with its
    /// first item (its whole section when that is three quarters of a slide at most).
    static func firstUnitHeight(_ slide: Slide) -> Double {
        guard let first = slide.blocks.first else { return 0 }
        if case .list(let list) = first, let item = list.items.first { return SlideTextMetrics.height(ofItem: item, level: 2) }
        if case .paragraph = first, slide.blocks.count > 1, case .list(let list) = slide.blocks[1], let item = list.items.first {
            let heading = SlideTextMetrics.height(of: first, level: 0)
            let whole = heading + list.items.reduce(0) { $0 + SlideTextMetrics.height(ofItem: $1, level: 2) }
            let capacity = SlideTextMetrics.bodyHeight * SlideTextMetrics.margin
            return whole <= capacity * SlidePages.wholeSection ? whole : heading + SlideTextMetrics.height(ofItem: item, level: 2)
        }
        return SlideTextMetrics.height(of: first, level: 0)
    }

    /// A copy of the GORE workspace with a logo in its manifest.
    static func goreWithLogo() throws -> URL {
        let folder = try TestPaths.temporaryFolder().appending(path: "gore")
        try FileManager.default.copyItem(at: TestPaths.gore, to: folder)
        try Data(KitchenSink.png).write(to: folder.appending(path: "logo.png"))
        let manifest = folder.appending(path: "calidoc.yaml")
        let text = try String(contentsOf: manifest, encoding: .utf8)
        #expect(text.contains("institucion:\n"))
        try text.replacingOccurrences(of: "institucion:\n", with: "institucion:\n  logo: logo.png\n").write(to: manifest, atomically: true, encoding: .utf8)
        return folder
    }

    /// The deck of the workspace in `format`, through `DeckOutput` as `calidoc deck` writes it.
    static func deck(_ workspace: URL, _ format: OutputFormat) throws -> [UInt8] {
        let out = try TestPaths.temporaryFolder()
        let result = try DeckOutput.build(session: 3, workspace: workspace, formats: [format], outputRoot: out)
        return Array(try Data(contentsOf: try #require(result.written.first)))
    }

    @Test func slidesAreFilledBeforeTheTextContinues() throws {
        let deck = try DeckTests.presentation()
        let capacity = SlideTextMetrics.bodyHeight * SlideTextMetrics.margin
        for (index, slide) in deck.slides.enumerated() where slide.layout == .content && index + 1 < deck.slides.count {
            let next = deck.slides[index + 1]
            guard next.title == slide.title.replacingOccurrences(of: " (continuación)", with: "") + " (continuación)" else { continue }
            // It continues because the next unit did not fit, and it is at least half full unless
            // that unit (an item, or a heading with its first item) takes more than half a slide.
            #expect(Self.height(slide) + Self.firstUnitHeight(next) > capacity, "\(slide.title) could hold more")
            #expect(Self.height(slide) >= capacity / 2 || Self.firstUnitHeight(next) > capacity / 2,
                    "\(slide.title) is less than half full")
        }
        // The three short statements of "Directrices y líneas de acción" share a slide.
        let statements = ["Se elimina la línea de acción relacionada", "Se agrega una nueva línea de acción",
                          "Se modifica la redacción de “Establecer estándares de calidad de servicio”"]
        let holding = deck.slides.filter { slide in
            let text = PlainTextWriter().text(Document(metadata: deck.metadata, blocks: slide.blocks))
            return statements.contains { text.contains($0) }
        }
        #expect(holding.count == 1, "\(holding.map(\.title))")
    }

    @Test func aSectionHeadingStaysWithItsFirstItem() throws {
        let deck = try DeckTests.presentation()
        for slide in deck.slides where slide.layout == .content {
            guard case .paragraph(let content, _)? = slide.blocks.last else { continue }
            // A paragraph may end a slide, but not one that heads a list ("II. Actores y roles:").
            #expect(!content.plainText.hasSuffix(":"), "\(slide.title) ends with «\(content.plainText)»")
        }
        let long = DeckBuilder.paginate(Slide(layout: .content, title: "Largo", blocks: (1...6).flatMap { section -> [Block] in
            [.paragraph(content: [.strong([.text("\(RomanNumeral.upper(section)). Sección:")])], attributes: .empty),
             .list(ListBlock(kind: .lowerRoman, items: (1...3).map { _ in
                 [KitchenSink.paragraph(String(repeating: "Una frase de largo mediano que ocupa casi toda una línea. ", count: 2))]
             }))]
        }))
        #expect(long.count > 1)
        for slide in long {
            if case .paragraph? = slide.blocks.last { Issue.record("\(slide.title) ends with a heading") }
        }
    }

    @Test func bodyTextIsReadable() throws {
        let deck = try DeckTests.presentation()
        #expect(SlideTextMetrics.bodySize >= 18 && SlideTextMetrics.pptxBodySize >= 18)
        let pptx = try ZipReader(bytes: try PPTXWriter().write(deck))
        let master = try #require(XMLInspector(pptx.text("ppt/slideMasters/slideMaster1.xml") ?? ""))
        let sizes = master.strings("//p:bodyStyle/*/a:defRPr/@sz").compactMap(Int.init)
        #expect(!sizes.isEmpty && sizes.allSatisfy { $0 >= 1800 }, "\(sizes)")
        let odp = try ZipReader(bytes: try ODPWriter().write(deck))
        let content = try #require(XMLInspector(odp.text("content.xml") ?? ""))
        #expect(content.strings("//style:style[@style:name='PD']/style:text-properties/@fo:font-size") == ["20pt"])
    }

    /// PPTX: each section heading is a level-0 paragraph with a blank bullet and its items are at
    /// level 1 starting at 1, which LibreOffice restarts (it counts back over bullet-less paragraphs).
    @Test func pptxNumberingRestartsUnderEachHeading() throws {
        let deck = try DeckTests.presentation()
        let archive = try ZipReader(bytes: try PPTXWriter().write(deck))
        var headings = 0
        for number in 1...deck.slides.count {
            let slide = try #require(XMLInspector(archive.text("ppt/slides/slide\(number).xml") ?? ""))
            let heading = "//a:p[a:pPr/a:buChar/@char=' ']"
            headings += slide.count(heading)
            #expect(slide.count(heading + "/following-sibling::a:p[1][a:pPr/@lvl='1' and a:pPr/a:buAutoNum/@startAt='1']") == slide.count(heading),
                    "slide \(number)")
        }
        #expect(headings >= 6)
    }

    @Test func odpListsAreNumberedAndTheFooterFits() throws {
        let deck = try DeckTests.presentation()
        let archive = try ZipReader(bytes: try ODPWriter().write(deck))
        let content = try #require(XMLInspector(archive.text("content.xml") ?? ""))
        let used = Set(content.strings("//draw:page//text:list/@text:style-name"))
        #expect(!used.isEmpty)
        for name in used {
            #expect(content.count("//office:automatic-styles/text:list-style[@style:name='\(name)']") == 1, "\(name)")
        }
        #expect(content.strings("//text:list-style[@style:name='D_Numbering_20_ivx']/text:list-level-style-number[@text:level='1']/@style:num-format") == ["i"])
        #expect(content.count("//draw:page//text:list[@text:style-name='D_Numbering_20_ivx']") >= 6)
        let styles = try #require(XMLInspector(archive.text("styles.xml") ?? ""))
        let frame = "//style:master-page/draw:frame"
        func centimetres(_ attribute: String) -> Double { Double(styles.strings(frame + "/@" + attribute).first?.dropLast(2) ?? "") ?? .infinity }
        #expect(centimetres("svg:x") + centimetres("svg:width") <= ODPWriter.width)
        #expect(centimetres("svg:y") + centimetres("svg:height") <= ODPWriter.height)
        let footerStyle = styles.strings(frame + "//text:p/@text:style-name").first ?? ""
        #expect(styles.strings("//style:style[@style:name='\(footerStyle)']/style:text-properties/@fo:font-size") == ["10pt"])
    }

    /// The logo (the manifest's `institucion.logo`) and the institutional band on the title and
    /// closing slides only, in both decks, which stay valid.
    @Test func titleAndClosingSlidesCarryTheLogoAndColour() throws {
        let workspace = try Self.goreWithLogo()
        let pptx = try ZipReader(bytes: try Self.deck(workspace, .pptx))
        #expect(pptx.data("ppt/media/logo-calidoc.png") == KitchenSink.png)
        let slides = pptx.entryNames.filter { $0.hasPrefix("ppt/slides/slide") && $0.hasSuffix(".xml") }.count
        for number in 1...slides {
            let slide = try #require(XMLInspector(pptx.text("ppt/slides/slide\(number).xml") ?? ""))
            let relationships = try #require(XMLInspector(pptx.text("ppt/slides/_rels/slide\(number).xml.rels") ?? ""))
            let branded = number == 1 || number == slides
            #expect(slide.count("//p:pic[p:blipFill/a:blip/@r:embed='rIdLogo']") == (branded ? 1 : 0), "slide \(number)")
            #expect(slide.count("//p:sp[p:nvSpPr/p:cNvPr/@name='Franja institucional']") == (branded ? 1 : 0), "slide \(number)")
            #expect(relationships.strings("//pr:Relationship[@Id='rIdLogo']/@Target") == (branded ? ["../media/logo-calidoc.png"] : []))
        }
        #expect(pptx.text("[Content_Types].xml")?.contains("Extension=\"png\"") == true)
        let odpBytes = try Self.deck(workspace, .odp)
        let folder = try ODFValidator.validate(odpBytes, label: "sesion-3.odp con logo")
        let odp = try ZipReader(bytes: odpBytes)
        #expect(odp.data("Pictures/logo-calidoc.png") == KitchenSink.png)
        let content = try #require(XMLInspector(try String(contentsOf: folder.appending(path: "content.xml"), encoding: .utf8)))
        let pages = content.count("//draw:page")
        #expect(content.count("//draw:page[1]//draw:image[@xlink:href='Pictures/logo-calidoc.png']") == 1)
        #expect(content.count("//draw:page[\(pages)]//draw:image[@xlink:href='Pictures/logo-calidoc.png']") == 1)
        #expect(content.count("//draw:image[@xlink:href='Pictures/logo-calidoc.png']") == 2)
        #expect(content.count("//draw:page[1]/draw:rect[@draw:style-name='Franja_institucional']") == 1)
        let manifest = try #require(XMLInspector(odp.text("META-INF/manifest.xml") ?? ""))
        #expect(manifest.count("//manifest:file-entry[@manifest:full-path='Pictures/logo-calidoc.png']") == 1)
    }

    /// LibreOffice renders both decks: no text leaves its slide, the items under each section
    /// heading start again at "i.", no heading ends a slide; every slide as a PNG for a look.
    @Test func libreOfficeRendersTheDecks() throws {
        guard let soffice = ExternalTool.require("soffice"), let pdftotext = ExternalTool.require("pdftotext"),
            let pdftoppm = ExternalTool.require("pdftoppm")
        else { return }
        let workspace = try Self.goreWithLogo()
        let previews = TestPaths.repository.appending(path: "Output/previews/deck")
        try FileManager.default.createDirectory(at: previews, withIntermediateDirectories: true)
        let folder = try TestPaths.temporaryFolder()
        var files: [URL] = []
        for format in [OutputFormat.odp, .pptx] {
            let file = folder.appending(path: "sesion-3-\(format.fileExtension).\(format.fileExtension)")
            try Data(try Self.deck(workspace, format)).write(to: file)
            files.append(file)
        }
        let profile = try TestPaths.temporaryFolder()
        let (status, output) = try ExternalTool.run(
            soffice, ["-env:UserInstallation=file://\(profile.path)", "--headless", "--convert-to", "pdf", "--outdir", folder.path] + files.map(\.path))
        #expect(status == 0, "\(output)")
        for file in files {
            let name = file.deletingPathExtension().lastPathComponent
            let pdf = folder.appending(path: name + ".pdf")
            let (_, layout) = try ExternalTool.run(pdftotext, ["-layout", pdf.path, "-"])
            let lines = layout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            for (index, line) in lines.enumerated() where line.range(of: #"^(I|II|III|IV|V|VI|VII)\. .*:$"#, options: .regularExpression) != nil {
                let next = index + 1 < lines.count ? lines[index + 1] : ""
                #expect(next.hasPrefix("i.") || next.hasPrefix("•"), "\(name): «\(line)» is followed by «\(next)»")
            }
            let (_, boxes) = try ExternalTool.run(pdftotext, ["-bbox", pdf.path, "-"])
            #expect(Self.wordsOutsideTheirPage(boxes).isEmpty, "\(name): \(Self.wordsOutsideTheirPage(boxes).prefix(5))")
            let (pngStatus, _) = try ExternalTool.run(pdftoppm, ["-png", "-r", "50", pdf.path, previews.appending(path: name).path])
            #expect(pngStatus == 0)
        }
    }

    /// Words of `pdftotext -bbox` output whose box leaves its page.
    static func wordsOutsideTheirPage(_ html: String) -> [String] {
        var outside: [String] = []
        var width = 0.0
        var height = 0.0
        func number(_ name: String, in line: Substring) -> Double? {
            guard let range = line.range(of: name + "=\"") else { return nil }
            return Double(line[range.upperBound...].prefix { $0 != "\"" })
        }
        for line in html.split(separator: "\n") {
            if line.contains("<page ") {
                width = number("width", in: line) ?? 0
                height = number("height", in: line) ?? 0
            } else if line.contains("<word "), let xMax = number("xMax", in: line), let yMax = number("yMax", in: line),
                let xMin = number("xMin", in: line), let yMin = number("yMin", in: line)
            {
                if xMin < 0 || yMin < 0 || xMax > width + 0.5 || yMax > height + 0.5 { outside.append(String(line)) }
            }
        }
        return outside
    }
}
