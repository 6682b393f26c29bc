/// `ppt/theme/theme1.xml`: the colour, font and format schemes PresentationML requires.
enum PPTXTheme {
    static let namespaceA = "http://schemas.openxmlformats.org/drawingml/2006/main"

    static func part() -> [UInt8] {
        func colour(_ name: String, _ value: String) -> String { "<a:\(name)><a:srgbClr val=\"\(value)\"/></a:\(name)>" }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        xml += "<a:theme xmlns:a=\"\(namespaceA)\" name=\"calidoc\"><a:themeElements><a:clrScheme name=\"calidoc\">"
        xml += "<a:dk1><a:srgbClr val=\"1A1A1A\"/></a:dk1><a:lt1><a:srgbClr val=\"FFFFFF\"/></a:lt1>"
        xml += colour("dk2", "0F3C78") + colour("lt2", "E8EEF6") + colour("accent1", "0F69B4") + colour("accent2", "EB3C46")
        xml += colour("accent3", "2E8B57") + colour("accent4", "F2A900") + colour("accent5", "6A5ACD") + colour("accent6", "008080")
        xml += colour("hlink", "0563C1") + colour("folHlink", "954F72") + "</a:clrScheme>"
        xml += "<a:fontScheme name=\"calidoc\"><a:majorFont><a:latin typeface=\"Liberation Sans\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:majorFont>"
        xml += "<a:minorFont><a:latin typeface=\"Liberation Sans\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:minorFont></a:fontScheme>"
        xml += "<a:fmtScheme name=\"calidoc\"><a:fillStyleLst>"
        xml += String(repeating: "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>", count: 3)
        xml += "</a:fillStyleLst><a:lnStyleLst>"
        for width in [6350, 12700, 19050] {
            xml += "<a:ln w=\"\(width)\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln>"
        }
        xml += "</a:lnStyleLst><a:effectStyleLst>"
        xml += String(repeating: "<a:effectStyle><a:effectLst/></a:effectStyle>", count: 3)
        xml += "</a:effectStyleLst><a:bgFillStyleLst>"
        xml += String(repeating: "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>", count: 3)
        xml += "</a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>"
        return Array(xml.utf8)
    }
}
