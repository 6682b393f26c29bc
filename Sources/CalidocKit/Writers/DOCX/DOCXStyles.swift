/// `word/styles.xml` with Word's built-in style ids, so a reference DOCX restyles everything.
enum DOCXStyles {
    static let namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let font = "Liberation Sans"

    struct Definition {
        let id: String
        let xml: String
    }

    static func paragraph(
        _ id: String, name: String, basedOn: String? = "Normal", next: String? = nil, priority: Int = 10,
        paragraph: String = "", run: String = "", isDefault: Bool = false
    ) -> Definition {
        var xml = "<w:style w:type=\"paragraph\"\(isDefault ? " w:default=\"1\"" : "") w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
        if let basedOn { xml += "<w:basedOn w:val=\"\(basedOn)\"/>" }
        if let next { xml += "<w:next w:val=\"\(next)\"/>" }
        xml += "<w:uiPriority w:val=\"\(priority)\"/><w:qFormat/>"
        if !paragraph.isEmpty { xml += "<w:pPr>\(paragraph)</w:pPr>" }
        if !run.isEmpty { xml += "<w:rPr>\(run)</w:rPr>" }
        return Definition(id: id, xml: xml + "</w:style>")
    }

    static func character(_ id: String, name: String, run: String) -> Definition {
        Definition(
            id: id,
            xml: "<w:style w:type=\"character\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/><w:uiPriority w:val=\"20\"/><w:qFormat/><w:rPr>\(run)</w:rPr></w:style>")
    }

    static func heading(_ level: Int, size: Int) -> Definition {
        paragraph(
            "Heading\(level)", name: "heading \(level)", next: "Normal", priority: 9,
            paragraph: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"\(level == 1 ? 360 : 240)\" w:after=\"120\"/><w:outlineLvl w:val=\"\(level - 1)\"/>",
            run: "<w:b/><w:bCs/>\(level == 4 ? "<w:i/><w:iCs/>" : "")<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>")
    }

    static let borders =
        "<w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/><w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
        + "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/><w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
        + "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/><w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/></w:tblBorders>"

    static let all: [Definition] = [
        paragraph("Normal", name: "Normal", basedOn: nil, priority: 0,
                  paragraph: "<w:spacing w:after=\"140\" w:line=\"276\" w:lineRule=\"auto\"/><w:jc w:val=\"both\"/>", isDefault: true),
        paragraph("Title", name: "Title", next: "Subtitle",
                  paragraph: "<w:spacing w:before=\"1200\" w:after=\"240\"/><w:jc w:val=\"center\"/>",
                  run: "<w:b/><w:bCs/><w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/>"),
        paragraph("Subtitle", name: "Subtitle", next: "Normal", paragraph: "<w:jc w:val=\"center\"/>",
                  run: "<w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/>"),
        heading(1, size: 32), heading(2, size: 28), heading(3, size: 24), heading(4, size: 22),
        paragraph("ListParagraph", name: "List Paragraph", priority: 34,
                  paragraph: "<w:spacing w:after=\"60\"/><w:ind w:left=\"720\"/><w:contextualSpacing/>"),
        paragraph("Caption", name: "caption", next: "Normal", priority: 35,
                  paragraph: "<w:keepNext/><w:spacing w:before=\"120\" w:after=\"120\"/>", run: "<w:i/><w:iCs/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>"),
        paragraph("Quote", name: "Quote", next: "Normal", priority: 29,
                  paragraph: "<w:ind w:left=\"567\" w:right=\"567\"/>", run: "<w:i/><w:iCs/>"),
        paragraph("TOCHeading", name: "TOC Heading", basedOn: "Heading1", next: "Normal", priority: 39,
                  paragraph: "<w:outlineLvl w:val=\"9\"/>"),
        paragraph("TOC1", name: "toc 1", next: "Normal", priority: 39, paragraph: "<w:spacing w:after=\"60\"/>"),
        paragraph("TOC2", name: "toc 2", next: "Normal", priority: 39, paragraph: "<w:spacing w:after=\"60\"/><w:ind w:left=\"220\"/>"),
        paragraph("TOC3", name: "toc 3", next: "Normal", priority: 39, paragraph: "<w:spacing w:after=\"60\"/><w:ind w:left=\"440\"/>"),
        paragraph("TOC4", name: "toc 4", next: "Normal", priority: 39, paragraph: "<w:spacing w:after=\"60\"/><w:ind w:left=\"660\"/>"),
        paragraph("Header", name: "header", priority: 99,
                  paragraph: "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"1\" w:color=\"808080\"/></w:pBdr><w:tabs><w:tab w:val=\"right\" w:pos=\"9354\"/></w:tabs><w:jc w:val=\"left\"/>",
                  run: "<w:color w:val=\"404040\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>"),
        paragraph("Footer", name: "footer", priority: 99,
                  paragraph: "<w:pBdr><w:top w:val=\"single\" w:sz=\"4\" w:space=\"1\" w:color=\"808080\"/></w:pBdr><w:tabs><w:tab w:val=\"right\" w:pos=\"9354\"/></w:tabs><w:jc w:val=\"left\"/>",
                  run: "<w:color w:val=\"404040\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>"),
        paragraph("TableContents", name: "Table Contents", priority: 50,
                  paragraph: "<w:spacing w:after=\"40\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"left\"/>",
                  run: "<w:sz w:val=\"19\"/><w:szCs w:val=\"19\"/>"),
        paragraph("TableHeading", name: "Table Heading", basedOn: "TableContents", priority: 50, run: "<w:b/><w:bCs/>"),
        character("Strong", name: "Strong", run: "<w:b/><w:bCs/>"),
        character("Emphasis", name: "Emphasis", run: "<w:i/><w:iCs/>"),
        character("Hyperlink", name: "Hyperlink", run: "<w:color w:val=\"0563C1\"/><w:u w:val=\"single\"/>"),
        Definition(
            id: "TablaCalidoc",
            xml: "<w:style w:type=\"table\" w:styleId=\"TablaCalidoc\"><w:name w:val=\"Tabla calidoc\"/><w:uiPriority w:val=\"59\"/>"
                + "<w:pPr><w:spacing w:after=\"0\"/></w:pPr><w:tblPr>\(borders)<w:tblCellMar><w:top w:w=\"57\" w:type=\"dxa\"/>"
                + "<w:left w:w=\"85\" w:type=\"dxa\"/><w:bottom w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
                + "<w:tblStylePr w:type=\"firstRow\"><w:rPr><w:b/><w:bCs/></w:rPr><w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E6E6E6\"/></w:tcPr></w:tblStylePr></w:style>"),
    ]

    /// Fonts, size and Spanish (Chile) for every run and paragraph.
    static let docDefaults =
        "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"\(font)\" w:hAnsi=\"\(font)\" w:eastAsia=\"\(font)\" w:cs=\"\(font)\"/>"
        + "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"es-CL\" w:eastAsia=\"es-CL\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
        + "<w:pPrDefault><w:pPr><w:spacing w:after=\"140\"/></w:pPr></w:pPrDefault></w:docDefaults>"

    static func part() -> [UInt8] {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles xmlns:w=\"\(namespace)\">"
            + docDefaults + all.map(\.xml).joined() + "</w:styles>"
        return Array(xml.utf8)
    }
}
