/// DrawingML/PresentationML fragments shared by the master, layouts and slides.
enum PPTXShapes {
    static let namespaces =
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
        + "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\""

    /// Slide size (16:9) in EMU.
    static let width: Int64 = 12_192_000
    static let height: Int64 = 6_858_000

    static let groupStart =
        "<p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>"
        + "<p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/><a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr>"

    static func transform(_ x: Int64, _ y: Int64, _ cx: Int64, _ cy: Int64) -> String {
        "<a:xfrm><a:off x=\"\(x)\" y=\"\(y)\"/><a:ext cx=\"\(cx)\" cy=\"\(cy)\"/></a:xfrm>"
    }

    /// A placeholder shape (`type` title/ctrTitle/subTitle/body) holding `paragraphs` (ready `a:p` XML).
    static func placeholder(
        id: Int, name: String, type: String?, index: Int?, frame: (Int64, Int64, Int64, Int64)?, paragraphs: String
    ) -> String {
        var ph = "<p:ph"
        if let type { ph += " type=\"\(type)\"" }
        if let index { ph += " idx=\"\(index)\"" }
        ph += "/>"
        var xml = "<p:sp><p:nvSpPr><p:cNvPr id=\"\(id)\" name=\"\(XMLText.escaped(name))\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr>"
        xml += "<p:nvPr>\(ph)</p:nvPr></p:nvSpPr>"
        xml += frame.map { "<p:spPr>\(transform($0.0, $0.1, $0.2, $0.3))</p:spPr>" } ?? "<p:spPr/>"
        xml += "<p:txBody><a:bodyPr><a:normAutofit/></a:bodyPr><a:lstStyle/>\(paragraphs.isEmpty ? "<a:p><a:endParaRPr lang=\"es-CL\"/></a:p>" : paragraphs)</p:txBody></p:sp>"
        return xml
    }

    /// A text box (not a placeholder).
    static func textBox(id: Int, name: String, frame: (Int64, Int64, Int64, Int64), text: String, size: Int, alignRight: Bool = false,
                        colour: String = "1A1A1A") -> String {
        var xml = "<p:sp><p:nvSpPr><p:cNvPr id=\"\(id)\" name=\"\(XMLText.escaped(name))\"/><p:cNvSpPr txBox=\"1\"/><p:nvPr/></p:nvSpPr>"
        xml += "<p:spPr>\(transform(frame.0, frame.1, frame.2, frame.3))<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>"
        xml += "<p:txBody><a:bodyPr wrap=\"none\" lIns=\"0\" rIns=\"0\" anchor=\"ctr\"/><a:lstStyle/><a:p>"
        if alignRight { xml += "<a:pPr algn=\"r\"/>" }
        xml += "<a:r><a:rPr lang=\"es-CL\" sz=\"\(size)\" dirty=\"0\"><a:solidFill><a:srgbClr val=\"\(colour)\"/></a:solidFill></a:rPr>"
        xml += "<a:t>\(XMLText.escaped(text))</a:t></a:r></a:p></p:txBody></p:sp>"
        return xml
    }

    /// A filled rectangle.
    static func rectangle(id: Int, name: String, frame: (Int64, Int64, Int64, Int64), colour: String) -> String {
        "<p:sp><p:nvSpPr><p:cNvPr id=\"\(id)\" name=\"\(XMLText.escaped(name))\"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>"
            + "<p:spPr>\(transform(frame.0, frame.1, frame.2, frame.3))<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>"
            + "<a:solidFill><a:srgbClr val=\"\(colour)\"/></a:solidFill><a:ln><a:noFill/></a:ln></p:spPr></p:sp>"
    }
}
