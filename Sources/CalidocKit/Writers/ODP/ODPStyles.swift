/// `styles.xml` of a presentation: the text styles shared with ODT (at slide sizes), presentation
/// styles for title and outline frames, the layouts and the master page.
enum ODPStyles {
    static func build(_ metadata: DocumentMetadata) -> [UInt8] {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles"
        for (name, value) in ODFNamespaces.all { xml += " \(name)=\"\(value)\"" }
        xml += " office:version=\"1.3\">"
        xml += "<office:font-face-decls>\(ODFStyles.fontFaces)</office:font-face-decls>"
        xml += "<office:styles>"
        xml += ODFStyles.defaults(fontSize: "18pt")
        xml += ODFStyles.named.map(\.xml).joined()
        xml += ODFStyles.lists.map(\.xml).joined()
        xml += ODFStyles.paragraph("Texto_20_diapositiva", display: "Texto diapositiva", paragraph: "fo:margin-bottom=\"0.15cm\"",
                                   text: "fo:font-size=\"\(ODFLength.points(SlideTextMetrics.bodySize))\" fo:color=\"#1a1a1a\"").xml
        xml += ODFStyles.paragraph("Titulo_20_diapositiva", display: "Título diapositiva", paragraph: "fo:text-align=\"start\"",
                                   text: "fo:font-size=\"24pt\" fo:font-weight=\"bold\" fo:color=\"#0f3c78\"").xml
        xml += ODFStyles.paragraph("Titulo_20_portada", display: "Título portada", paragraph: "fo:text-align=\"center\"",
                                   text: "fo:font-size=\"34pt\" fo:font-weight=\"bold\" fo:color=\"#0f3c78\"").xml
        xml += "<style:style style:name=\"Marco_20_diapositiva\" style:display-name=\"Marco diapositiva\" style:family=\"graphic\">"
        xml += "<style:graphic-properties draw:stroke=\"none\" draw:fill=\"none\" draw:auto-grow-height=\"false\" "
        xml += "draw:textarea-vertical-align=\"top\" fo:padding=\"0.1cm\"/></style:style>"
        xml += presentationStyle("Calidoc-titulo", size: "26pt", bold: true, color: "#0f3c78")
        xml += presentationStyle("Calidoc-titulo-grande", size: "36pt", bold: true, color: "#0f3c78", centred: true)
        xml += presentationStyle("Calidoc-subtitulo", size: "20pt", bold: false, color: "#1a1a1a", centred: true)
        xml += presentationStyle("Calidoc-contenido", size: ODFLength.points(SlideTextMetrics.bodySize), bold: false, color: "#1a1a1a")
        xml += layout("Solo_titulo", frames: [("title", 1.4, 3.2, 25.2, 2.6)])
        xml += layout("Titulo_contenido", frames: [("title", 1.4, 0.6, 25.2, 1.9), ("outline", 1.4, 2.8, 25.2, 11.8)])
        xml += "</office:styles>"
        xml += "<office:automatic-styles>"
        xml += "<style:page-layout style:name=\"PM1\"><style:page-layout-properties fo:margin-top=\"0cm\" fo:margin-bottom=\"0cm\" "
        xml += "fo:margin-left=\"0cm\" fo:margin-right=\"0cm\" fo:page-width=\"\(ODFLength.cm(ODPWriter.width))\" "
        xml += "fo:page-height=\"\(ODFLength.cm(ODPWriter.height))\" style:print-orientation=\"landscape\"/></style:page-layout>"
        xml += "<style:style style:name=\"dp1\" style:family=\"drawing-page\"><style:drawing-page-properties draw:fill=\"solid\" draw:fill-color=\"#ffffff\"/></style:style>"
        xml += "<style:style style:name=\"Pie\" style:family=\"graphic\"><style:graphic-properties draw:stroke=\"none\" draw:fill=\"none\"/>"
        xml += "<style:paragraph-properties fo:text-align=\"start\"/><style:text-properties fo:font-size=\"10pt\" fo:color=\"#555555\"/></style:style>"
        // The footer's own paragraph style: Impress sizes master-page text from it (the frame's
        // text properties alone left it at the default 18 pt, two lines running off the slide).
        xml += "<style:style style:name=\"PiePar\" style:family=\"paragraph\"><style:paragraph-properties fo:text-align=\"start\"/>"
        xml += "<style:text-properties fo:font-size=\"10pt\" fo:color=\"#555555\"/></style:style>"
        xml += "<style:style style:name=\"Franja\" style:family=\"graphic\"><style:graphic-properties draw:stroke=\"none\" draw:fill=\"solid\" draw:fill-color=\"#0f69b4\"/></style:style>"
        xml += "</office:automatic-styles>"
        xml += "<office:master-styles><style:master-page style:name=\"Calidoc\" style:page-layout-name=\"PM1\" draw:style-name=\"dp1\">"
        xml += "<draw:rect draw:style-name=\"Franja\" svg:x=\"0cm\" svg:y=\"\(ODFLength.cm(ODPWriter.height - 0.35))\" svg:width=\"\(ODFLength.cm(ODPWriter.width))\" svg:height=\"0.35cm\"/>"
        xml += "<draw:frame draw:style-name=\"Pie\" svg:x=\"1.4cm\" svg:y=\"\(ODFLength.cm(ODPWriter.height - 1.05))\" "
        xml += "svg:width=\"\(ODFLength.cm(ODPWriter.width - 2.8))\" svg:height=\"0.6cm\">"
        // The only user text of the part goes through the XML writer.
        let footer = XMLWriter(fragment: ())
        footer.element("draw:text-box") {
            footer.element("text:p", ["text:style-name": "PiePar"], text: metadata.institution + " — " + (metadata.footerText ?? metadata.title))
        }
        xml += footer.finishString() + "</draw:frame>"
        xml += "</style:master-page></office:master-styles></office:document-styles>"
        return Array(xml.utf8)
    }

    static func presentationStyle(_ name: String, size: String, bold: Bool, color: String, centred: Bool = false) -> String {
        var xml = "<style:style style:name=\"\(name)\" style:family=\"presentation\">"
        xml += "<style:graphic-properties draw:stroke=\"none\" draw:fill=\"none\" draw:auto-grow-height=\"false\" draw:fit-to-size=\"false\" style:shrink-to-fit=\"true\"/>"
        xml += "<style:paragraph-properties fo:text-align=\"\(centred ? "center" : "start")\"/>"
        xml += "<style:text-properties fo:font-size=\"\(size)\" fo:color=\"\(color)\"\(bold ? " fo:font-weight=\"bold\"" : "")/>"
        return xml + "</style:style>"
    }

    static func layout(_ name: String, frames: [(String, Double, Double, Double, Double)]) -> String {
        var xml = "<style:presentation-page-layout style:name=\"\(name)\">"
        for (object, x, y, width, height) in frames {
            xml += "<presentation:placeholder presentation:object=\"\(object)\" svg:x=\"\(ODFLength.cm(x))\" svg:y=\"\(ODFLength.cm(y))\" "
            xml += "svg:width=\"\(ODFLength.cm(width))\" svg:height=\"\(ODFLength.cm(height))\"/>"
        }
        return xml + "</style:presentation-page-layout>"
    }
}
