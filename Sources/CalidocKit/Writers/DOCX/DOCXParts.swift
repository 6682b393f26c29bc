/// The small fixed parts of a DOCX: settings, font table, header, footer, section properties.
enum DOCXParts {
    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    /// WordprocessingML, relationships and the DrawingML namespaces pictures need.
    static func declareNamespaces(on writer: XMLWriter) {
        writer.attribute("xmlns:w", DOCXStyles.namespace)
        writer.attribute("xmlns:r", OOXMLNamespace.officeRelationships)
        writer.attribute("xmlns:wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing")
        writer.attribute("xmlns:a", "http://schemas.openxmlformats.org/drawingml/2006/main")
        writer.attribute("xmlns:pic", "http://schemas.openxmlformats.org/drawingml/2006/picture")
    }

    static func settings() -> [UInt8] {
        Array((header + "<w:settings xmlns:w=\"\(DOCXStyles.namespace)\"><w:zoom w:percent=\"100\"/>"
            + "<w:defaultTabStop w:val=\"708\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
            + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
            + "<w:themeFontLang w:val=\"es-CL\"/></w:settings>").utf8)
    }

    static func fontTable() -> [UInt8] {
        Array((header + "<w:fonts xmlns:w=\"\(DOCXStyles.namespace)\"><w:font w:name=\"\(DOCXStyles.font)\">"
            + "<w:altName w:val=\"Arial\"/><w:family w:val=\"swiss\"/><w:pitch w:val=\"variable\"/></w:font></w:fonts>").utf8)
    }

    /// `header1.xml`: logo (relationship `rIdLogo`) and institution name.
    static func headerPart(_ metadata: DocumentMetadata, logo: (widthEMU: Int64, heightEMU: Int64)?) -> [UInt8] {
        let writer = XMLWriter(standalone: true)
        writer.start("w:hdr")
        declareNamespaces(on: writer)
        writer.start("w:p")
        writer.start("w:pPr")
        writer.element("w:pStyle", ["w:val": "Header"])
        writer.end()
        if let logo {
            logoRun(writer, widthEMU: logo.widthEMU, heightEMU: logo.heightEMU)
            writer.start("w:r")
            writer.element("w:tab")
            writer.end()
        }
        writer.start("w:r")
        writer.element("w:t", ["xml:space": "preserve"], text: metadata.headerText ?? metadata.institution)
        writer.end()
        writer.end()
        writer.end()
        return writer.finish()
    }

    /// The header's logo picture (relationship `rIdLogo`), inline.
    static func logoRun(_ writer: XMLWriter, widthEMU: Int64, heightEMU: Int64) {
        let (width, height) = (String(widthEMU), String(heightEMU))
        writer.element("w:r") {
            writer.element("w:drawing") {
                writer.element("wp:inline", ["distT": "0", "distB": "0", "distL": "0", "distR": "0"]) {
                    writer.element("wp:extent", ["cx": width, "cy": height])
                    writer.element("wp:docPr", ["id": "1000", "name": "Logo", "descr": "Logo"])
                    writer.element("wp:cNvGraphicFramePr") { writer.element("a:graphicFrameLocks", ["noChangeAspect": "1"]) }
                    writer.element("a:graphic") {
                        writer.element("a:graphicData", ["uri": "http://schemas.openxmlformats.org/drawingml/2006/picture"]) {
                            writer.element("pic:pic") {
                                writer.element("pic:nvPicPr") {
                                    writer.element("pic:cNvPr", ["id": "1000", "name": "logo"])
                                    writer.element("pic:cNvPicPr")
                                }
                                writer.element("pic:blipFill") {
                                    writer.element("a:blip", ["r:embed": "rIdLogo"])
                                    writer.element("a:stretch") { writer.element("a:fillRect") }
                                }
                                writer.element("pic:spPr") {
                                    writer.element("a:xfrm") {
                                        writer.element("a:off", ["x": "0", "y": "0"])
                                        writer.element("a:ext", ["cx": width, "cy": height])
                                    }
                                    writer.element("a:prstGeom", ["prst": "rect"]) { writer.element("a:avLst") }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// `footer1.xml`: title and version, then "Página N de M" with PAGE and NUMPAGES fields.
    static func footerPart(_ metadata: DocumentMetadata) -> [UInt8] {
        let writer = XMLWriter(standalone: true)
        writer.start("w:ftr")
        writer.attribute("xmlns:w", DOCXStyles.namespace)
        writer.start("w:p")
        writer.start("w:pPr")
        writer.element("w:pStyle", ["w:val": "Footer"])
        writer.end()
        func run(_ text: String) {
            writer.start("w:r")
            writer.element("w:t", ["xml:space": "preserve"], text: text)
            writer.end()
        }
        func field(_ instruction: String) {
            for (type, content) in [("begin", nil), (nil, instruction), ("separate", nil)] as [(String?, String?)] {
                writer.start("w:r")
                if let type { writer.element("w:fldChar", ["w:fldCharType": type]) }
                if let content { writer.element("w:instrText", ["xml:space": "preserve"], text: " \(content) ") }
                writer.end()
            }
            run("1")
            writer.start("w:r")
            writer.element("w:fldChar", ["w:fldCharType": "end"])
            writer.end()
        }
        run(metadata.footerText ?? metadata.title)
        writer.start("w:r")
        writer.element("w:tab")
        writer.end()
        run("Página ")
        field("PAGE")
        run(" de ")
        field("NUMPAGES")
        writer.end()
        writer.end()
        return writer.finish()
    }

    /// Prefixes `document.xml` declares, for copying a reference's elements into it.
    static let prefixes: [String: String] = [
        DOCXStyles.namespace: "w", OOXMLNamespace.officeRelationships: "r",
        "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing": "wp",
        "http://schemas.openxmlformats.org/drawingml/2006/main": "a",
        "http://schemas.openxmlformats.org/drawingml/2006/picture": "pic",
    ]

    /// calidoc's `w:sectPr`: A4, margins, and (unless a reference without them) header and footer references.
    static func writeSectionProperties(_ writer: XMLWriter, headerAndFooter: Bool) {
        writer.start("w:sectPr")
        if headerAndFooter {
            writer.element("w:headerReference", ["w:type": "default", "r:id": "rIdEncabezado"])
            writer.element("w:footerReference", ["w:type": "default", "r:id": "rIdPie"])
        }
        writer.element("w:pgSz", ["w:w": "11906", "w:h": "16838"])
        writer.element("w:pgMar", [
            "w:top": "1134", "w:right": "1134", "w:bottom": "1134", "w:left": "1418", "w:header": "567", "w:footer": "567",
            "w:gutter": "0",
        ])
        writer.element("w:cols", ["w:space": "708"])
        writer.end()
    }
}
