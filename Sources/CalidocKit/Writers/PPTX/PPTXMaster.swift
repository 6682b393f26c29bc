/// The slide master and its two layouts ("Título", "Título y objetos"); an institution's reference
/// PPTX can replace them by name in a later version.
enum PPTXMaster {
    static let titleFrame: (Int64, Int64, Int64, Int64) = (457_200, 274_320, 11_277_600, 868_680)
    static let bodyFrame: (Int64, Int64, Int64, Int64) = (457_200, 1_234_440, 11_277_600, 4_937_760)

    static func master(_ metadata: DocumentMetadata) -> [UInt8] {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<p:sldMaster \(PPTXShapes.namespaces)><p:cSld>"
        xml += PPTXShapes.groupStart
        xml += PPTXShapes.placeholder(id: 2, name: "Título", type: "title", index: nil, frame: titleFrame, paragraphs: "")
        xml += PPTXShapes.placeholder(id: 3, name: "Texto", type: "body", index: 1, frame: bodyFrame, paragraphs: "")
        xml += PPTXShapes.rectangle(id: 4, name: "Franja", frame: (0, PPTXShapes.height - 120_000, PPTXShapes.width, 120_000), colour: "0F69B4")
        xml += PPTXShapes.textBox(id: 5, name: "Pie", frame: (457_200, PPTXShapes.height - 420_000, 9_000_000, 260_000),
                                  text: metadata.institution + " — " + (metadata.footerText ?? metadata.title), size: 1000, colour: "555555")
        xml += "</p:spTree></p:cSld>"
        xml += "<p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\" accent3=\"accent3\" "
        xml += "accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"hlink\" folHlink=\"folHlink\"/>"
        xml += "<p:sldLayoutIdLst><p:sldLayoutId id=\"2147483649\" r:id=\"rIdLayout1\"/><p:sldLayoutId id=\"2147483650\" r:id=\"rIdLayout2\"/></p:sldLayoutIdLst>"
        xml += "<p:txStyles><p:titleStyle><a:lvl1pPr algn=\"l\"><a:defRPr sz=\"2600\" b=\"1\"><a:solidFill><a:srgbClr val=\"0F3C78\"/></a:solidFill>"
        xml += "<a:latin typeface=\"+mj-lt\"/></a:defRPr></a:lvl1pPr></p:titleStyle><p:bodyStyle>"
        for level in 1...3 {
            let margin = 285_750 * level
            xml += "<a:lvl\(level)pPr marL=\"\(margin)\" indent=\"-285750\"><a:spcBef><a:spcPts val=\"400\"/></a:spcBef>"
            xml += "<a:buFont typeface=\"Arial\"/><a:buChar char=\"\(level == 1 ? "•" : "–")\"/><a:defRPr sz=\"\(level == 1 ? 1600 : 1400)\">"
            xml += "<a:solidFill><a:srgbClr val=\"1A1A1A\"/></a:solidFill><a:latin typeface=\"+mn-lt\"/></a:defRPr></a:lvl\(level)pPr>"
        }
        xml += "</p:bodyStyle><p:otherStyle><a:lvl1pPr><a:defRPr sz=\"1600\"/></a:lvl1pPr></p:otherStyle></p:txStyles></p:sldMaster>"
        return Array(xml.utf8)
    }

    /// `type` is `title` (Título) or `obj` (Título y objetos).
    static func layout(type: String) -> [UInt8] {
        let name = type == "title" ? "Título" : "Título y objetos"
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<p:sldLayout \(PPTXShapes.namespaces) type=\"\(type)\" preserve=\"1\">"
        xml += "<p:cSld name=\"\(name)\">" + PPTXShapes.groupStart
        if type == "title" {
            xml += PPTXShapes.placeholder(id: 2, name: "Título", type: "ctrTitle", index: nil,
                                          frame: (914_400, 1_600_200, 10_363_200, 1_470_000), paragraphs: "")
            xml += PPTXShapes.placeholder(id: 3, name: "Subtítulo", type: "subTitle", index: 1,
                                          frame: (1_828_800, 3_200_400, 8_534_400, 2_000_000), paragraphs: "")
        } else {
            xml += PPTXShapes.placeholder(id: 2, name: "Título", type: "title", index: nil, frame: nil, paragraphs: "")
            xml += PPTXShapes.placeholder(id: 3, name: "Contenido", type: nil, index: 1, frame: nil, paragraphs: "")
        }
        xml += "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>"
        return Array(xml.utf8)
    }
}
