import Foundation

/// One slide's XML: title and body placeholders, and charts drawn as native shapes (bars and
/// labels), which PowerPoint and LibreOffice show and edit without an image.
struct PPTXSlide {
    let slide: Slide
    let presentation: Presentation
    /// What the slide cannot show.
    let log: WarningLog

    func xml() -> [UInt8] {
        log.place = slide.title
        let isTitle = slide.layout != .content
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<p:sld \(PPTXShapes.namespaces)><p:cSld>" + PPTXShapes.groupStart
        xml += PPTXShapes.placeholder(id: 2, name: "Título", type: isTitle ? "ctrTitle" : "title", index: nil, frame: nil,
                                      paragraphs: paragraph(runs([.text(slide.title)], bold: false), properties: ""))
        let text = slide.blocks.filter { if case .figure = $0 { false } else { true } }
        var body = ""
        for block in text { body += paragraphs(block, level: 0, numbering: nil) }
        if !body.isEmpty || !isTitle {
            xml += PPTXShapes.placeholder(id: 3, name: isTitle ? "Subtítulo" : "Contenido", type: isTitle ? "subTitle" : nil, index: 1,
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
            xml += Self.chart(chart, firstID: &nextID, top: text.isEmpty ? 1_300_000 : 2_600_000)
        }
        xml += "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"
        return Array(xml.utf8)
    }

    private func paragraph(_ runs: String, properties: String) -> String {
        "<a:p>\(properties)\(runs.isEmpty ? "<a:endParaRPr lang=\"es-CL\"/>" : runs)</a:p>"
    }

    /// Paragraph XML of a block; list items get levels and bullets or automatic numbers.
    private func paragraphs(_ block: Block, level: Int, numbering: (String, Int)?) -> String {
        switch block {
        case .heading(_, let content, _):
            return paragraph(runs(content, bold: true), properties: "<a:pPr marL=\"0\" indent=\"0\"><a:buNone/></a:pPr>")
        case .paragraph(let content, _):
            if let numbering {
                let bullet = numbering.0 == "bullet" ? "<a:buFont typeface=\"Arial\"/><a:buChar char=\"•\"/>"
                    : "<a:buAutoNum type=\"\(numbering.0)\" startAt=\"\(numbering.1)\"/>"
                return paragraph(runs(content, bold: false), properties: "<a:pPr lvl=\"\(min(level, 8))\">\(bullet)</a:pPr>")
            }
            let indent = level > 0 ? " marL=\"\(285_750 * level)\"" : " marL=\"0\""
            return paragraph(runs(content, bold: false), properties: "<a:pPr\(indent) indent=\"0\"><a:buNone/></a:pPr>")
        case .list(let list):
            let scheme: String
            switch list.kind {
            case .bulleted: scheme = "bullet"
            case .decimal: scheme = "arabicPeriod"
            case .upperRoman: scheme = "romanUcPeriod"
            case .lowerRoman: scheme = "romanLcPeriod"
            case .lowerAlpha: scheme = "alphaLcParenR"
            }
            var xml = ""
            for (index, item) in list.items.enumerated() {
                for (position, child) in item.enumerated() {
                    if case .list = child {
                        xml += paragraphs(child, level: level + 1, numbering: nil)
                    } else {
                        xml += paragraphs(child, level: level + (position == 0 ? 0 : 1), numbering: position == 0 ? (scheme, list.start + index) : nil)
                    }
                }
            }
            return xml
        case .table(let table):
            log.log(.tableFlattened)
            return (table.headerRows + table.bodyRows).map { row in
                paragraph(runs([.text(row.cells.map { $0.blocks.map(\.plainText).joined(separator: " ") }.joined(separator: " — "))], bold: false),
                          properties: "<a:pPr marL=\"0\" indent=\"0\"><a:buNone/></a:pPr>")
            }.joined()
        case .blockQuote(let children, _), .section(let children, _):
            return children.map { paragraphs($0, level: level, numbering: nil) }.joined()
        case .figure(let figure):
            // Figures at the slide's top level are drawn as charts before this walk; nested ones cannot be shown.
            log.log(.image(alt: figure.image.alt))
            return ""
        case .tableOfContents:
            log.log(.tableOfContents)
            return ""
        }
    }

    private func runs(_ content: [Inline], bold: Bool, italic: Bool = false) -> String {
        content.map { inline -> String in
            switch inline {
            case .text(let text):
                guard !text.isEmpty else { return "" }
                var attributes = "lang=\"es-CL\""
                if bold { attributes += " b=\"1\"" }
                if italic { attributes += " i=\"1\"" }
                return "<a:r><a:rPr \(attributes) dirty=\"0\"/><a:t>\(XMLText.escaped(text))</a:t></a:r>"
            case .strong(let children), .span(_, let children): return runs(children, bold: true, italic: italic)
            case .emphasis(let children): return runs(children, bold: bold, italic: true)
            case .underline(let children), .link(_, let children): return runs(children, bold: bold, italic: italic)
            case .lineBreak: return "<a:br><a:rPr lang=\"es-CL\"/></a:br>"
            case .image(let image):
                log.log(.image(alt: image.alt))
                return runs([.text("[\(image.alt)]")], bold: bold, italic: italic)
            case .tracked(let change, let children): return change.kind == .insertion ? runs(children, bold: bold, italic: italic) : ""
            }
        }.joined()
    }

    /// Bars with their labels, counts and percentages.
    static func chart(_ chart: ChartData, firstID: inout Int, top: Int64) -> String {
        let left: Int64 = 3_200_000
        let labelWidth: Int64 = 2_600_000
        let maximumBar: Int64 = 6_000_000
        let row: Int64 = min(520_000, (PPTXShapes.height - top - 700_000) / Int64(max(chart.bars.count, 1)))
        let largest = Int64(max(chart.bars.map(\.1).max() ?? 1, 1))
        var xml = PPTXShapes.textBox(id: firstID, name: "Gráfico: \(chart.title)", frame: (left - labelWidth, top - 450_000, 8_000_000, 360_000),
                                     text: chart.title, size: 1600, colour: "0F3C78")
        firstID += 1
        for (index, bar) in chart.bars.enumerated() {
            let y = top + Int64(index) * row
            let length = max(maximumBar * Int64(bar.1) / largest, 12_700)
            xml += PPTXShapes.textBox(id: firstID, name: "Etiqueta \(bar.0)", frame: (left - labelWidth - 100_000, y, labelWidth, row - 80_000),
                                      text: bar.0, size: 1400, alignRight: true)
            xml += PPTXShapes.rectangle(id: firstID + 1, name: "Barra \(bar.0)", frame: (left, y + 40_000, length, row - 160_000), colour: "0F69B4")
            xml += PPTXShapes.textBox(id: firstID + 2, name: "Valor \(bar.0)", frame: (left + length + 90_000, y, 1_800_000, row - 80_000),
                                      text: "\(bar.1) (\(Ratio(bar.1, of: chart.total).display))", size: 1400)
            firstID += 3
        }
        return xml
    }
}
