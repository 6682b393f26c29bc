/// The slide master and its two layouts ("Título", "Título y objetos"), written through the ``XMLWriter``.
enum PPTXMaster {
    static let titleFrame: (Int64, Int64, Int64, Int64) = (457_200, 274_320, 11_277_600, 868_680)
    static let bodyFrame: (Int64, Int64, Int64, Int64) = (457_200, 1_234_440, 11_277_600, 4_937_760)

    static func master(_ metadata: DocumentMetadata) -> [UInt8] {
        let writer = XMLWriter(standalone: true)
        writer.start("p:sldMaster")
        PPTXShapes.declareNamespaces(writer)
        writer.start("p:cSld")
        PPTXShapes.startShapeTree(writer)
        PPTXShapes.placeholder(writer, id: 2, name: "Título", type: "title", index: nil, frame: titleFrame, paragraphs: [])
        PPTXShapes.placeholder(writer, id: 3, name: "Texto", type: "body", index: 1, frame: bodyFrame, paragraphs: [])
        PPTXShapes.rectangle(writer, id: 4, name: "Franja", frame: (0, PPTXShapes.height - 120_000, PPTXShapes.width, 120_000), colour: "0F69B4")
        PPTXShapes.textBox(writer, id: 5, name: "Pie", frame: (457_200, PPTXShapes.height - 420_000, 9_000_000, 260_000),
                           text: metadata.institution + " — " + (metadata.footerText ?? metadata.title), size: 1000, colour: "555555")
        writer.end()
        writer.end()
        writer.element("p:clrMap", [
            "bg1": "lt1", "tx1": "dk1", "bg2": "lt2", "tx2": "dk2", "accent1": "accent1", "accent2": "accent2", "accent3": "accent3",
            "accent4": "accent4", "accent5": "accent5", "accent6": "accent6", "hlink": "hlink", "folHlink": "folHlink",
        ])
        writer.element("p:sldLayoutIdLst") {
            writer.element("p:sldLayoutId", ["id": "2147483649", "r:id": "rIdLayout1"])
            writer.element("p:sldLayoutId", ["id": "2147483650", "r:id": "rIdLayout2"])
        }
        writer.element("p:txStyles") {
            writer.element("p:titleStyle") {
                writer.element("a:lvl1pPr", ["algn": "l"]) {
                    writer.element("a:defRPr", ["sz": "2600", "b": "1"]) {
                        writer.element("a:solidFill") { writer.element("a:srgbClr", ["val": "0F3C78"]) }
                        writer.element("a:latin", ["typeface": "+mj-lt"])
                    }
                }
            }
            writer.element("p:bodyStyle") {
                for level in 1...3 {
                    writer.element("a:lvl\(level)pPr", ["marL": String(285_750 * level), "indent": "-285750"]) {
                        writer.element("a:spcBef") { writer.element("a:spcPts", ["val": "400"]) }
                        writer.element("a:buFont", ["typeface": "Arial"])
                        writer.element("a:buChar", ["char": level == 1 ? "•" : "–"])
                        // One readable size for every level (the ODP's in proportion, see SlideTextMetrics).
                        writer.element("a:defRPr", ["sz": String(Int(SlideTextMetrics.pptxBodySize * 100))]) {
                            writer.element("a:solidFill") { writer.element("a:srgbClr", ["val": "1A1A1A"]) }
                            writer.element("a:latin", ["typeface": "+mn-lt"])
                        }
                    }
                }
            }
            writer.element("p:otherStyle") {
                writer.element("a:lvl1pPr") { writer.element("a:defRPr", ["sz": "1600"]) }
            }
        }
        writer.end()
        return writer.finish()
    }

    /// `type` is `title` (Título) or `obj` (Título y objetos).
    static func layout(type: String) -> [UInt8] {
        let writer = XMLWriter(standalone: true)
        writer.start("p:sldLayout")
        PPTXShapes.declareNamespaces(writer)
        writer.attribute("type", type)
        writer.attribute("preserve", "1")
        writer.start("p:cSld")
        writer.attribute("name", type == "title" ? "Título" : "Título y objetos")
        PPTXShapes.startShapeTree(writer)
        if type == "title" {
            PPTXShapes.placeholder(writer, id: 2, name: "Título", type: "ctrTitle", index: nil,
                                   frame: (914_400, 1_600_200, 10_363_200, 1_470_000), paragraphs: [])
            PPTXShapes.placeholder(writer, id: 3, name: "Subtítulo", type: "subTitle", index: 1,
                                   frame: (1_828_800, 3_200_400, 8_534_400, 2_000_000), paragraphs: [])
        } else {
            PPTXShapes.placeholder(writer, id: 2, name: "Título", type: "title", index: nil, frame: nil, paragraphs: [])
            PPTXShapes.placeholder(writer, id: 3, name: "Contenido", type: nil, index: 1, frame: nil, paragraphs: [])
        }
        writer.end()
        writer.end()
        writer.element("p:clrMapOvr") { writer.element("a:masterClrMapping") }
        writer.end()
        return writer.finish()
    }
}
