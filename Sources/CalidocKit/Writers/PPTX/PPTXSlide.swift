import Foundation

/// One slide's XML: title and body placeholders, and charts drawn as native shapes (bars and
/// labels), which PowerPoint and LibreOffice show and edit without an image.
struct PPTXSlide {
    let slide: Slide
    let presentation: Presentation
    /// What the slide cannot show.
    let log: WarningLog
    /// Whether the slide uses calidoc's master (a reference deck brings its own look, so the
    /// institutional band and logo are left to it).
    var ownMaster = true

    /// The relationship id of the logo image, in the slides that show it.
    static let logoRelationship = "rIdLogo"

    /// Whether this slide shows the logo (a PNG or JPEG one: an SVG needs an extension PowerPoint
    /// alone reads).
    static func showsLogo(_ slide: Slide, _ presentation: Presentation, ownMaster: Bool) -> Resource? {
        guard ownMaster, SlideBranding.isBranded(slide), let logo = SlideBranding.logo(of: presentation),
            logo.mediaType == "image/png" || logo.mediaType == "image/jpeg"
        else { return nil }
        return logo
    }

    func xml() -> [UInt8] {
        log.place = slide.title
        let isTitle = slide.layout != .content
        let writer = XMLWriter(standalone: true)
        writer.start("p:sld")
        PPTXShapes.declareNamespaces(writer)
        writer.start("p:cSld")
        PPTXShapes.startShapeTree(writer)
        if ownMaster && SlideBranding.isBranded(slide) {
            PPTXShapes.rectangle(writer, id: 4, name: "Franja institucional",
                                 frame: (0, 0, PPTXShapes.width, Int64(Double(PPTXShapes.height) * SlideBranding.bandHeight)),
                                 colour: SlideBranding.colour)
        }
        if let logo = Self.showsLogo(slide, presentation, ownMaster: ownMaster) {
            let frame = SlideBranding.logoFrame(logo)
            let width = Double(PPTXShapes.width)
            let height = Double(PPTXShapes.height)
            PPTXShapes.picture(writer, id: 5, name: "Logo", description: "Logo de \(presentation.metadata.institution)",
                               relationship: Self.logoRelationship,
                               frame: (Int64(frame.x * width), Int64(frame.y * height), Int64(frame.width * width), Int64(frame.height * height)))
        } else if ownMaster, SlideBranding.isBranded(slide), SlideBranding.logo(of: presentation) != nil {
            log.log(.image(alt: "logo"))
        }
        PPTXShapes.placeholder(
            writer, id: 2, name: "Título", type: isTitle ? "ctrTitle" : "title", index: nil, frame: nil,
            paragraphs: [PPTXParagraph(layout: .inherited, runs: runs([.text(slide.title)], bold: false))])
        let text = slide.blocks.filter { if case .figure = $0 { false } else { true } }
        let body = bodyParagraphs(text)
        if !body.isEmpty || !isTitle {
            PPTXShapes.placeholder(writer, id: 3, name: isTitle ? "Subtítulo" : "Contenido", type: isTitle ? "subTitle" : nil, index: 1,
                                   frame: nil, paragraphs: body)
        }
        var nextID = 10
        for block in slide.blocks {
            guard case .figure(let figure) = block else { continue }
            guard let chart = presentation.charts[figure.image.source] else {
                // Only charts have a native drawing; a picture would need an SVG extension or a raster.
                log.log(.image(alt: figure.image.alt))
                continue
            }
            Self.chart(writer, chart, firstID: &nextID, top: text.isEmpty ? 1_300_000 : 2_600_000)
        }
        writer.end()
        writer.end()
        writer.element("p:clrMapOvr") { writer.element("a:masterClrMapping") }
        writer.end()
        return writer.finish()
    }

    /// The slide's body paragraphs. A paragraph followed by a list is the heading of that list's
    /// section ("II. Actores y roles:"): it is a level-0 paragraph with a blank bullet and the
    /// items go one level below it. LibreOffice numbers a paragraph by counting back over the
    /// paragraphs of its level until one of a lower level, skipping paragraphs without a bullet,
    /// whatever `startAt` says; a heading at level 0 with a (blank) bullet ends the count, so the
    /// items under each heading start again at "i.", as PowerPoint numbers them from `startAt`.
    private func bodyParagraphs(_ blocks: [Block]) -> [PPTXParagraph] {
        var result: [PPTXParagraph] = []
        var underHeading = false
        for (index, block) in blocks.enumerated() {
            let nextIsList: Bool = if index + 1 < blocks.count, case .list = blocks[index + 1] { true } else { false }
            switch block {
            case .paragraph(let content, _) where nextIsList:
                result.append(PPTXParagraph(layout: .sectionHeading, runs: runs(content, bold: false)))
                underHeading = true
            case .list where underHeading:
                result += paragraphs(block, level: 1, numbering: nil)
                underHeading = false
            default:
                result += paragraphs(block, level: 0, numbering: nil)
                underHeading = false
            }
        }
        return result
    }

    /// The paragraphs of a block; list items get levels and bullets or automatic numbers.
    private func paragraphs(_ block: Block, level: Int, numbering: (String, Int)?) -> [PPTXParagraph] {
        switch block {
        case .heading(_, let content, _):
            return [PPTXParagraph(layout: .plain(margin: 0), runs: runs(content, bold: true))]
        case .paragraph(let content, _):
            if let numbering {
                let layout: PPTXParagraph.Layout = numbering.0 == "bullet"
                    ? .bullet(level: level) : .numbered(level: level, scheme: numbering.0, start: numbering.1)
                return [PPTXParagraph(layout: layout, runs: runs(content, bold: false))]
            }
            return [PPTXParagraph(layout: .plain(margin: level > 0 ? 285_750 * Int64(level) : 0), runs: runs(content, bold: false))]
        case .list(let list):
            let scheme: String
            switch list.kind {
            case .bulleted: scheme = "bullet"
            case .decimal: scheme = "arabicPeriod"
            case .upperRoman: scheme = "romanUcPeriod"
            case .lowerRoman: scheme = "romanLcPeriod"
            case .lowerAlpha: scheme = "alphaLcParenR"
            }
            var result: [PPTXParagraph] = []
            for (index, item) in list.items.enumerated() {
                for (position, child) in item.enumerated() {
                    if case .list = child {
                        result += paragraphs(child, level: level + 1, numbering: nil)
                    } else {
                        result += paragraphs(child, level: level + (position == 0 ? 0 : 1), numbering: position == 0 ? (scheme, list.start + index) : nil)
                    }
                }
            }
            return result
        case .table(let table):
            log.log(.tableFlattened)
            return (table.headerRows + table.bodyRows).map { row in
                PPTXParagraph(
                    layout: .plain(margin: 0),
                    runs: runs([.text(row.cells.map { $0.blocks.map(\.plainText).joined(separator: " ") }.joined(separator: " — "))], bold: false))
            }
        case .blockQuote(let children, _), .section(let children, _):
            return children.flatMap { paragraphs($0, level: level, numbering: nil) }
        case .figure(let figure):
            // Figures at the slide's top level are drawn as charts before this walk; nested ones cannot be shown.
            log.log(.image(alt: figure.image.alt))
            return []
        case .tableOfContents:
            log.log(.tableOfContents)
            return []
        }
    }

    private func runs(_ content: [Inline], bold: Bool, italic: Bool = false) -> [PPTXParagraph.Run] {
        content.flatMap { inline -> [PPTXParagraph.Run] in
            switch inline {
            case .text(let text):
                return text.isEmpty ? [] : [.text(text, bold: bold, italic: italic)]
            case .strong(let children): return runs(children, bold: true, italic: italic)
            case .span(let classes, let children):
                let style = SpanStyle(classes: classes)
                return runs(children, bold: bold || style.bold, italic: italic || style.italic)
            case .emphasis(let children): return runs(children, bold: bold, italic: true)
            case .underline(let children), .link(_, let children): return runs(children, bold: bold, italic: italic)
            case .lineBreak: return [.lineBreak]
            case .image(let image):
                log.log(.image(alt: image.alt))
                return runs([.text("[\(image.alt)]")], bold: bold, italic: italic)
            case .tracked(let change, let children): return change.kind == .insertion ? runs(children, bold: bold, italic: italic) : []
            }
        }
    }

    /// Bars with their labels, counts and percentages.
    static func chart(_ writer: XMLWriter, _ chart: ChartData, firstID: inout Int, top: Int64) {
        let left: Int64 = 3_200_000
        let labelWidth: Int64 = 2_600_000
        let maximumBar: Int64 = 6_000_000
        let row: Int64 = min(520_000, (PPTXShapes.height - top - 700_000) / Int64(max(chart.bars.count, 1)))
        let largest = Int64(max(chart.bars.map(\.1).max() ?? 1, 1))
        PPTXShapes.textBox(writer, id: firstID, name: "Gráfico: \(chart.title)", frame: (left - labelWidth, top - 450_000, 8_000_000, 360_000),
                           text: chart.title, size: 1600, colour: "0F3C78")
        firstID += 1
        for (index, bar) in chart.bars.enumerated() {
            let y = top + Int64(index) * row
            let length = max(maximumBar * Int64(bar.1) / largest, 12_700)
            PPTXShapes.textBox(writer, id: firstID, name: "Etiqueta \(bar.0)", frame: (left - labelWidth - 100_000, y, labelWidth, row - 80_000),
                               text: bar.0, size: 1400, alignRight: true)
            PPTXShapes.rectangle(writer, id: firstID + 1, name: "Barra \(bar.0)", frame: (left, y + 40_000, length, row - 160_000), colour: "0F69B4")
            PPTXShapes.textBox(writer, id: firstID + 2, name: "Valor \(bar.0)", frame: (left + length + 90_000, y, 1_800_000, row - 80_000),
                               text: "\(bar.1) (\(Ratio(bar.1, of: chart.total).display))", size: 1400)
            firstID += 3
        }
    }
}
