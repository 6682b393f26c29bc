/// The named styles calidoc's ODF output uses, with LibreOffice's own style names, so an
/// institution's reference document can restyle everything.
///
/// Each definition is a ready-made XML fragment; a reference document's `styles.xml` keeps its
/// own definitions and receives only those it lacks.
enum ODFStyles {
    /// A named style: its name and its `<style:style>` / `<text:list-style>` fragment.
    struct Definition {
        let name: String
        let xml: String
    }

    static let bodyFont = "Liberation Sans"

    static func paragraph(
        _ name: String, display: String, parent: String? = "Standard", next: String? = nil, outline: Int? = nil,
        className: String = "text", paragraph: String = "", text: String = ""
    ) -> Definition {
        var xml = "<style:style style:name=\"\(name)\" style:display-name=\"\(display)\" style:family=\"paragraph\""
        if let parent { xml += " style:parent-style-name=\"\(parent)\"" }
        if let next { xml += " style:next-style-name=\"\(next)\"" }
        if let outline { xml += " style:default-outline-level=\"\(outline)\"" }
        xml += " style:class=\"\(className)\">"
        if !paragraph.isEmpty { xml += "<style:paragraph-properties \(paragraph)/>" }
        if !text.isEmpty { xml += "<style:text-properties \(text)/>" }
        return Definition(name: name, xml: xml + "</style:style>")
    }

    static func character(_ name: String, display: String, text: String) -> Definition {
        Definition(
            name: name,
            xml: "<style:style style:name=\"\(name)\" style:display-name=\"\(display)\" style:family=\"text\"><style:text-properties \(text)/></style:style>")
    }

    /// Paragraph and character styles.
    static let named: [Definition] = [
        Definition(name: "Standard", xml: "<style:style style:name=\"Standard\" style:family=\"paragraph\" style:class=\"text\"/>"),
        paragraph("Heading", display: "Heading", next: "Text_20_body",
                  paragraph: "fo:margin-top=\"0.42cm\" fo:margin-bottom=\"0.21cm\" fo:keep-with-next=\"always\"",
                  text: "fo:font-size=\"14pt\" fo:font-weight=\"bold\""),
        paragraph("Heading_20_1", display: "Heading 1", parent: "Heading", next: "Text_20_body", outline: 1,
                  text: "fo:font-size=\"16pt\" fo:font-weight=\"bold\""),
        paragraph("Heading_20_2", display: "Heading 2", parent: "Heading", next: "Text_20_body", outline: 2,
                  text: "fo:font-size=\"14pt\" fo:font-weight=\"bold\""),
        paragraph("Heading_20_3", display: "Heading 3", parent: "Heading", next: "Text_20_body", outline: 3,
                  text: "fo:font-size=\"12pt\" fo:font-weight=\"bold\""),
        paragraph("Heading_20_4", display: "Heading 4", parent: "Heading", next: "Text_20_body", outline: 4,
                  text: "fo:font-size=\"11pt\" fo:font-weight=\"bold\" fo:font-style=\"italic\""),
        paragraph("Text_20_body", display: "Text body",
                  paragraph: "fo:margin-top=\"0cm\" fo:margin-bottom=\"0.247cm\" fo:line-height=\"115%\" fo:text-align=\"justify\""),
        paragraph("Title", display: "Title", parent: "Heading", next: "Subtitle", className: "chapter",
                  paragraph: "fo:text-align=\"center\" fo:margin-top=\"3cm\"", text: "fo:font-size=\"22pt\" fo:font-weight=\"bold\""),
        paragraph("Subtitle", display: "Subtitle", parent: "Heading", next: "Text_20_body", className: "chapter",
                  paragraph: "fo:text-align=\"center\" fo:margin-top=\"0.1cm\"", text: "fo:font-size=\"13pt\" fo:font-weight=\"normal\""),
        paragraph("List", display: "List", parent: "Text_20_body", className: "list",
                  paragraph: "fo:margin-bottom=\"0.1cm\""),
        paragraph("Table_20_Contents", display: "Table Contents", className: "extra",
                  paragraph: "fo:margin-bottom=\"0.05cm\"", text: "fo:font-size=\"9.5pt\""),
        paragraph("Table_20_Heading", display: "Table Heading", parent: "Table_20_Contents", className: "extra",
                  text: "fo:font-weight=\"bold\""),
        paragraph("Caption", display: "Caption", className: "extra",
                  paragraph: "fo:margin-top=\"0.21cm\" fo:margin-bottom=\"0.21cm\" fo:keep-with-next=\"always\"",
                  text: "fo:font-size=\"10pt\" fo:font-style=\"italic\""),
        paragraph("Figure", display: "Figure", parent: "Caption", className: "extra", paragraph: "fo:text-align=\"center\""),
        paragraph("Quotations", display: "Quotations", parent: "Text_20_body", className: "html",
                  paragraph: "fo:margin-left=\"1cm\" fo:margin-right=\"1cm\"", text: "fo:font-style=\"italic\""),
        paragraph("Header", display: "Header", className: "extra",
                  paragraph: "fo:border-bottom=\"0.5pt solid #808080\" fo:padding-bottom=\"0.1cm\"", text: "fo:font-size=\"9pt\" fo:color=\"#404040\""),
        paragraph("Footer", display: "Footer", className: "extra",
                  paragraph: "fo:border-top=\"0.5pt solid #808080\" fo:padding-top=\"0.1cm\"", text: "fo:font-size=\"9pt\" fo:color=\"#404040\""),
        paragraph("Contents_20_Heading", display: "Contents Heading", parent: "Heading", className: "index",
                  text: "fo:font-size=\"14pt\" fo:font-weight=\"bold\""),
        paragraph("Contents_20_1", display: "Contents 1", className: "index", paragraph: "fo:margin-left=\"0cm\""),
        paragraph("Contents_20_2", display: "Contents 2", className: "index", paragraph: "fo:margin-left=\"0.5cm\""),
        paragraph("Contents_20_3", display: "Contents 3", className: "index", paragraph: "fo:margin-left=\"1cm\""),
        paragraph("Contents_20_4", display: "Contents 4", className: "index", paragraph: "fo:margin-left=\"1.5cm\""),
        character("Strong_20_Emphasis", display: "Strong Emphasis", text: "fo:font-weight=\"bold\""),
        character("Emphasis", display: "Emphasis", text: "fo:font-style=\"italic\""),
        character("Underline", display: "Underline",
                  text: "style:text-underline-style=\"solid\" style:text-underline-width=\"auto\" style:text-underline-color=\"font-color\""),
        character("Internet_20_link", display: "Internet link",
                  text: "fo:color=\"#000080\" style:text-underline-style=\"solid\" style:text-underline-width=\"auto\" style:text-underline-color=\"font-color\""),
    ]

    /// List styles: bullets and the numberings the model knows.
    static let lists: [Definition] = [
        list("List_20_1", display: "List 1", level: { _ in "text:list-level-style-bullet text:bullet-char=\"•\"" }),
        list("Numbering_20_123", display: "Numbering 123", level: { _ in numbered("1", suffix: ".") }),
        list("Numbering_20_IVX", display: "Numbering IVX", level: { _ in numbered("I", suffix: ".") }),
        list("Numbering_20_ivx", display: "Numbering ivx", level: { _ in numbered("i", suffix: ".") }),
        list("Numbering_20_abc", display: "Numbering abc", level: { _ in numbered("a", suffix: ")") }),
    ]

    private static func numbered(_ format: String, suffix: String) -> String {
        "text:list-level-style-number style:num-suffix=\"\(suffix)\" style:num-format=\"\(format)\""
    }

    private static func list(_ name: String, display: String, level: (Int) -> String) -> Definition {
        var xml = "<text:list-style style:name=\"\(name)\" style:display-name=\"\(display)\">"
        for index in 1...10 {
            let opening = level(index)
            let element = String(opening.split(separator: " ").first ?? "")
            let indent = Double(index) * 0.635
            xml += "<\(opening) text:level=\"\(index)\">"
            xml += "<style:list-level-properties text:list-level-position-and-space-mode=\"label-alignment\">"
            xml += "<style:list-level-label-alignment text:label-followed-by=\"listtab\" text:list-tab-stop-position=\"\(ODFLength.cm(indent))\" "
            xml += "fo:text-indent=\"-0.635cm\" fo:margin-left=\"\(ODFLength.cm(indent))\"/></style:list-level-properties>"
            xml += "</\(element)>"
        }
        return Definition(name: name, xml: xml + "</text:list-style>")
    }

    /// The outline style: headings get outline levels (Navigator, table of contents) but no visible
    /// numbers, since the templates write "I.", "II." themselves.
    static let outline: String = {
        var xml = "<text:outline-style style:name=\"Outline\">"
        for level in 1...10 {
            xml += "<text:outline-level-style text:level=\"\(level)\" style:num-format=\"\"><style:list-level-properties/></text:outline-level-style>"
        }
        return xml + "</text:outline-style>"
    }()

    /// `<style:default-style>` for paragraphs: font, size and Spanish (Chile).
    static let defaults = defaults(fontSize: "11pt")

    /// The default paragraph and cell styles with the body text at `fontSize` (slides use larger text).
    static func defaults(fontSize: String) -> String {
        "<style:default-style style:family=\"paragraph\"><style:paragraph-properties style:tab-stop-distance=\"1.25cm\"/>"
        + "<style:text-properties style:font-name=\"\(bodyFont)\" fo:font-size=\"\(fontSize)\" fo:language=\"es\" fo:country=\"CL\" "
        + "style:language-asian=\"none\" style:country-asian=\"none\" style:language-complex=\"none\" style:country-complex=\"none\" "
        + "fo:hyphenate=\"false\"/></style:default-style>"
        + "<style:default-style style:family=\"table-cell\"><style:table-cell-properties fo:padding=\"0.1cm\"/></style:default-style>"
    }

    /// `<office:font-face-decls>` content.
    static let fontFaces =
        "<style:font-face style:name=\"\(bodyFont)\" svg:font-family=\"&apos;\(bodyFont)&apos;\" style:font-family-generic=\"swiss\" style:font-pitch=\"variable\"/>"
}
