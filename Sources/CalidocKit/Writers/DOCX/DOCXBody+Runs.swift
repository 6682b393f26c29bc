import Foundation

extension DOCXBody {
    /// Run formatting accumulated while walking nested inlines.
    struct RunFormat {
        var bold = false
        var italic = false
        var underline = false
        var characterStyle: String?
        /// Inside a deletion, text goes in `w:delText`.
        var isDeleted = false
        /// Inside `w:ins`/`w:del`, where WordprocessingML allows runs only (no hyperlinks, no nesting).
        var isTracked = false
    }

    mutating func runs(_ content: [Inline], format: RunFormat = RunFormat()) {
        for inline in content { run(inline, format: format) }
    }

    mutating func run(_ inline: Inline, format: RunFormat) {
        switch inline {
        case .text(let value): text(value, format: format)
        case .strong(let content):
            var inner = format
            inner.bold = true
            runs(content, format: inner)
        case .emphasis(let content):
            var inner = format
            inner.italic = true
            runs(content, format: inner)
        case .underline(let content):
            var inner = format
            inner.underline = true
            runs(content, format: inner)
        case .link(_, let content) where format.isTracked:
            var inner = format
            inner.characterStyle = "Hyperlink"
            runs(content, format: inner)
        case .link(let url, let content):
            let id = "rIdEnlace\(relationships.count + 1)"
            relationships.append(OOXMLRelationship(id: id, type: "hyperlink", target: url, isExternal: true))
            writer.start("w:hyperlink")
            writer.attribute("r:id", id)
            var inner = format
            inner.characterStyle = "Hyperlink"
            runs(content, format: inner)
            writer.end()
        case .lineBreak:
            writer.start("w:r")
            writer.element("w:br")
            writer.end()
        case .span(let classes, let content):
            var inner = format
            let style = SpanStyle(classes: classes)
            inner.bold = inner.bold || style.bold
            inner.italic = inner.italic || style.italic
            runs(content, format: inner)
        case .image(let image):
            drawing(image, maxWidthEMU: 6 * 360_000)
        case .tracked(_, let content) where format.isTracked:
            runs(content, format: format)
        case .tracked(let change, let content):
            trackedChangeCount += 1
            writer.start(change.kind == .insertion ? "w:ins" : "w:del")
            writer.attribute("w:id", String(10_000 + trackedChangeCount))
            writer.attribute("w:author", change.author)
            writer.attribute("w:date", PackageTimestamp.of(change.date) + "Z")
            var inner = format
            inner.isDeleted = change.kind == .deletion
            inner.isTracked = true
            runs(content, format: inner)
            writer.end()
        }
    }

    private func properties(_ format: RunFormat) {
        guard format.bold || format.italic || format.underline || format.characterStyle != nil else { return }
        writer.start("w:rPr")
        if let style = format.characterStyle { writer.element("w:rStyle", ["w:val": style]) }
        if format.bold {
            writer.element("w:b")
            writer.element("w:bCs")
        }
        if format.italic {
            writer.element("w:i")
            writer.element("w:iCs")
        }
        if format.underline { writer.element("w:u", ["w:val": "single"]) }
        writer.end()
    }

    /// Text in one run: tabs become `w:tab`, line breaks `w:br`, spaces are preserved.
    mutating func text(_ value: String, format: RunFormat = RunFormat()) {
        let clean = XMLText.sanitized(value)
        guard !clean.isEmpty else { return }
        writer.start("w:r")
        properties(format)
        for segment in TextSegment.split(clean) {
            switch segment {
            case .text(let text):
                writer.element(format.isDeleted ? "w:delText" : "w:t", ["xml:space": "preserve"], text: text)
            case .tab:
                writer.element("w:tab")
            case .lineBreak:
                writer.element("w:br")
            }
        }
        writer.end()
    }

    /// An inline picture (`wp:inline`) with its relationship and media part.
    mutating func drawing(_ image: Image, maxWidthEMU: Int64) {
        guard let resource = document.resource(named: image.source) else {
            log.log(.missingImage(source: image.source))
            text("[\(image.alt)]")
            return
        }
        if resource.mediaType == "image/svg+xml", let chart = resource.chart {
            // A chart drawn as SVG elsewhere is a native chart here: Word needs a raster fallback for SVG.
            self.chart(chart, alt: image.alt, maxWidthEMU: maxWidthEMU)
            return
        }
        guard resource.mediaType != "image/svg+xml" else {
            // SVG needs a raster fallback that Word requires; the alternative text stands in for it.
            log.log(.image(alt: image.alt))
            text("[\(image.alt)]")
            return
        }
        drawingCount += 1
        let fileExtension = ImageGeometry.fileExtension(resource.mediaType)
        let target = "media/imagen\(drawingCount).\(fileExtension)"
        let id = "rIdImagen\(drawingCount)"
        media.append(("word/" + target, resource.data, resource.mediaType))
        relationships.append(OOXMLRelationship(id: id, type: "image", target: target))
        let (widthCM, heightCM) = ImageGeometry.size(of: image, resource: resource, maxWidthCM: Double(maxWidthEMU) / 360_000)
        let width = String(Int64(widthCM * 360_000))
        let height = String(Int64(heightCM * 360_000))
        writer.start("w:r")
        writer.start("w:drawing")
        writer.start("wp:inline")
        for side in ["distT", "distB", "distL", "distR"] { writer.attribute(side, "0") }
        writer.element("wp:extent", ["cx": width, "cy": height])
        writer.element("wp:docPr", ["id": String(drawingCount), "name": "Imagen \(drawingCount)", "descr": image.alt])
        writer.start("wp:cNvGraphicFramePr")
        writer.element("a:graphicFrameLocks", ["noChangeAspect": "1"])
        writer.end()
        writer.start("a:graphic")
        writer.start("a:graphicData")
        writer.attribute("uri", "http://schemas.openxmlformats.org/drawingml/2006/picture")
        writer.start("pic:pic")
        writer.start("pic:nvPicPr")
        writer.element("pic:cNvPr", ["id": String(drawingCount), "name": "imagen\(drawingCount).\(fileExtension)"])
        writer.element("pic:cNvPicPr")
        writer.end()
        writer.start("pic:blipFill")
        writer.element("a:blip", ["r:embed": id])
        writer.start("a:stretch")
        writer.element("a:fillRect")
        writer.end()
        writer.end()
        writer.start("pic:spPr")
        writer.start("a:xfrm")
        writer.element("a:off", ["x": "0", "y": "0"])
        writer.element("a:ext", ["cx": width, "cy": height])
        writer.end()
        writer.start("a:prstGeom")
        writer.attribute("prst", "rect")
        writer.element("a:avLst")
        writer.end()
        writer.end()
        writer.end()
        writer.end()
        writer.end()
        writer.end()
        writer.end()
        writer.end()
    }

    /// A chart part (`word/charts/chartN.xml`) shown inline (`wp:inline` → `c:chart`), as wide as
    /// the text and as tall as its bars need.
    mutating func chart(_ chart: BarChartDrawing, alt: String, maxWidthEMU: Int64) {
        drawingCount += 1
        charts.append(DOCXChart.part(chart))
        let target = "charts/chart\(charts.count).xml"
        let id = "rIdGrafico\(charts.count)"
        relationships.append(OOXMLRelationship(id: id, type: "chart", target: target))
        let width = String(maxWidthEMU)
        // 1.6 cm for the title and the axis, 0.85 cm per bar.
        let height = String(Int64((1.9 + 0.85 * Double(max(chart.bars.count, 1))) * 360_000))
        writer.element("w:r") {
            writer.element("w:drawing") {
                writer.element("wp:inline", ["distT": "0", "distB": "0", "distL": "0", "distR": "0"]) {
                    writer.element("wp:extent", ["cx": width, "cy": height])
                    writer.element("wp:docPr", ["id": String(drawingCount), "name": "Gráfico \(charts.count)", "descr": alt])
                    writer.element("wp:cNvGraphicFramePr")
                    writer.element("a:graphic") {
                        writer.element("a:graphicData", ["uri": DOCXChart.chartNamespace]) {
                            writer.element("c:chart", ["xmlns:c": DOCXChart.chartNamespace, "r:id": id])
                        }
                    }
                }
            }
        }
    }
}
