/// DrawingML/PresentationML shapes shared by the master, layouts and slides, written through the
/// ``XMLWriter`` (user text is escaped by it, never pasted into markup).
enum PPTXShapes {
    static let drawingML = "http://schemas.openxmlformats.org/drawingml/2006/main"
    static let presentationML = "http://schemas.openxmlformats.org/presentationml/2006/main"

    /// Slide size (16:9) in EMU.
    static let width: Int64 = 12_192_000
    static let height: Int64 = 6_858_000

    /// `xmlns:a`, `xmlns:r`, `xmlns:p` on the open root element.
    static func declareNamespaces(_ writer: XMLWriter) {
        writer.attribute("xmlns:a", drawingML)
        writer.attribute("xmlns:r", OOXMLNamespace.officeRelationships)
        writer.attribute("xmlns:p", presentationML)
    }

    /// Opens `p:spTree` with its group properties; the caller writes the shapes and closes it.
    static func startShapeTree(_ writer: XMLWriter) {
        writer.start("p:spTree")
        writer.element("p:nvGrpSpPr") {
            writer.element("p:cNvPr", ["id": "1", "name": ""])
            writer.element("p:cNvGrpSpPr")
            writer.element("p:nvPr")
        }
        writer.element("p:grpSpPr") {
            writer.element("a:xfrm") {
                writer.element("a:off", ["x": "0", "y": "0"])
                writer.element("a:ext", ["cx": "0", "cy": "0"])
                writer.element("a:chOff", ["x": "0", "y": "0"])
                writer.element("a:chExt", ["cx": "0", "cy": "0"])
            }
        }
    }

    static func transform(_ writer: XMLWriter, _ frame: (Int64, Int64, Int64, Int64)) {
        writer.element("a:xfrm") {
            writer.element("a:off", ["x": String(frame.0), "y": String(frame.1)])
            writer.element("a:ext", ["cx": String(frame.2), "cy": String(frame.3)])
        }
    }

    /// A placeholder shape (`type` title/ctrTitle/subTitle/body) holding `paragraphs`.
    static func placeholder(
        _ writer: XMLWriter, id: Int, name: String, type: String?, index: Int?, frame: (Int64, Int64, Int64, Int64)?,
        paragraphs: [PPTXParagraph]
    ) {
        writer.start("p:sp")
        writer.element("p:nvSpPr") {
            writer.element("p:cNvPr", ["id": String(id), "name": name])
            writer.element("p:cNvSpPr") { writer.element("a:spLocks", ["noGrp": "1"]) }
            writer.element("p:nvPr") {
                writer.start("p:ph")
                if let type { writer.attribute("type", type) }
                if let index { writer.attribute("idx", String(index)) }
                writer.end()
            }
        }
        writer.element("p:spPr") { if let frame { transform(writer, frame) } }
        writer.element("p:txBody") {
            writer.element("a:bodyPr") { writer.element("a:normAutofit") }
            writer.element("a:lstStyle")
            for paragraph in paragraphs.isEmpty ? [PPTXParagraph(layout: .inherited, runs: [])] : paragraphs {
                paragraph.write(writer)
            }
        }
        writer.end()
    }

    /// A text box (not a placeholder) with one line of text.
    static func textBox(
        _ writer: XMLWriter, id: Int, name: String, frame: (Int64, Int64, Int64, Int64), text: String, size: Int,
        alignRight: Bool = false, colour: String = "1A1A1A"
    ) {
        writer.start("p:sp")
        writer.element("p:nvSpPr") {
            writer.element("p:cNvPr", ["id": String(id), "name": name])
            writer.element("p:cNvSpPr", ["txBox": "1"])
            writer.element("p:nvPr")
        }
        writer.element("p:spPr") {
            transform(writer, frame)
            writer.element("a:prstGeom", ["prst": "rect"]) { writer.element("a:avLst") }
            writer.element("a:noFill")
        }
        writer.element("p:txBody") {
            writer.element("a:bodyPr", ["wrap": "none", "lIns": "0", "rIns": "0", "anchor": "ctr"])
            writer.element("a:lstStyle")
            writer.element("a:p") {
                if alignRight { writer.element("a:pPr", ["algn": "r"]) }
                writer.element("a:r") {
                    writer.element("a:rPr", ["lang": "es-CL", "sz": String(size), "dirty": "0"]) {
                        writer.element("a:solidFill") { writer.element("a:srgbClr", ["val": colour]) }
                    }
                    writer.element("a:t", text: text)
                }
            }
        }
        writer.end()
    }

    /// A picture of the slide's relationship `relationship` (an image part), stretched to `frame`.
    static func picture(
        _ writer: XMLWriter, id: Int, name: String, description: String, relationship: String, frame: (Int64, Int64, Int64, Int64)
    ) {
        writer.element("p:pic") {
            writer.element("p:nvPicPr") {
                writer.element("p:cNvPr", ["id": String(id), "name": name, "descr": description])
                writer.element("p:cNvPicPr") { writer.element("a:picLocks", ["noChangeAspect": "1"]) }
                writer.element("p:nvPr")
            }
            writer.element("p:blipFill") {
                writer.element("a:blip", ["r:embed": relationship])
                writer.element("a:stretch") { writer.element("a:fillRect") }
            }
            writer.element("p:spPr") {
                transform(writer, frame)
                writer.element("a:prstGeom", ["prst": "rect"]) { writer.element("a:avLst") }
            }
        }
    }

    /// A filled rectangle.
    static func rectangle(_ writer: XMLWriter, id: Int, name: String, frame: (Int64, Int64, Int64, Int64), colour: String) {
        writer.element("p:sp") {
            writer.element("p:nvSpPr") {
                writer.element("p:cNvPr", ["id": String(id), "name": name])
                writer.element("p:cNvSpPr")
                writer.element("p:nvPr")
            }
            writer.element("p:spPr") {
                transform(writer, frame)
                writer.element("a:prstGeom", ["prst": "rect"]) { writer.element("a:avLst") }
                writer.element("a:solidFill") { writer.element("a:srgbClr", ["val": colour]) }
                writer.element("a:ln") { writer.element("a:noFill") }
            }
        }
    }
}

/// One DrawingML paragraph of slide text: its bullet or numbering, and its runs.
struct PPTXParagraph {
    /// How the paragraph is laid out.
    enum Layout {
        /// The placeholder's own (title text).
        case inherited
        /// No bullet, indented `margin` EMU.
        case plain(margin: Int64)
        /// The heading of a list's section: level 0 with a blank bullet (see `PPTXSlide`), so
        /// LibreOffice restarts the numbering of the items below it.
        case sectionHeading
        /// A list item at `level` with a bullet character.
        case bullet(level: Int)
        /// A list item at `level` numbered automatically (`scheme` e.g. `arabicPeriod`) from `start`.
        case numbered(level: Int, scheme: String, start: Int)
    }

    /// A run of text, or a line break.
    enum Run {
        case text(String, bold: Bool, italic: Bool)
        case lineBreak
    }

    var layout: Layout
    var runs: [Run]

    func write(_ writer: XMLWriter) {
        writer.start("a:p")
        switch layout {
        case .inherited: break
        case .plain(let margin):
            writer.element("a:pPr", ["marL": String(margin), "indent": "0"]) { writer.element("a:buNone") }
        case .sectionHeading:
            writer.element("a:pPr", ["marL": "0", "lvl": "0", "indent": "0"]) {
                writer.element("a:buFont", ["typeface": "Arial"])
                writer.element("a:buChar", ["char": " "])
            }
        case .bullet(let level):
            writer.element("a:pPr", ["lvl": String(min(level, 8))]) {
                writer.element("a:buFont", ["typeface": "Arial"])
                writer.element("a:buChar", ["char": "•"])
            }
        case .numbered(let level, let scheme, let start):
            writer.element("a:pPr", ["lvl": String(min(level, 8))]) {
                writer.element("a:buAutoNum", ["type": scheme, "startAt": String(start)])
            }
        }
        if runs.isEmpty { writer.element("a:endParaRPr", ["lang": "es-CL"]) }
        for run in runs {
            switch run {
            case .text(let text, let bold, let italic):
                writer.element("a:r") {
                    writer.start("a:rPr")
                    writer.attribute("lang", "es-CL")
                    if bold { writer.attribute("b", "1") }
                    if italic { writer.attribute("i", "1") }
                    writer.attribute("dirty", "0")
                    writer.end()
                    writer.element("a:t", text: text)
                }
            case .lineBreak:
                writer.element("a:br") { writer.element("a:rPr", ["lang": "es-CL"]) }
            }
        }
        writer.end()
    }
}
