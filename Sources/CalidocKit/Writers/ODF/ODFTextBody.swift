import Foundation

/// Writes the document body as ODF text (`<office:text>`), shared by the ODT writer and, for
/// slide text, the ODP writer. Named styles only, except where ODF needs automatic styles
/// (table widths, cell borders, page breaks).
struct ODFTextBody {
    let document: Document
    let writer = XMLWriter()
    /// Automatic styles collected while writing, emitted in `<office:automatic-styles>`.
    var automaticStyles: [String] = []
    /// Pictures used by the body.
    var pictures: [(path: String, data: [UInt8], mediaType: String)] = []
    var tableCount = 0
    /// In slides, paragraphs use the slide text style instead of the document ones.
    var slideParagraphStyle: String?
    /// `text:changed-region`s of redlines, emitted at the start of `office:text`.
    var trackedRegions: [String] = []
    var frameCount = 0
    private var pageBreakStyles: [String: String] = [:]
    /// Set when the next paragraph-like block must start a new page.
    private var pendingPageBreak = false
    let headings: [(level: Int, text: String)]

    /// Usable text width of the A4 page (21 cm − 2.5 cm − 2 cm).
    static let textWidthCM = 16.5

    init(document: Document) {
        self.document = document
        var found: [(Int, String)] = []
        Self.collectHeadings(document.blocks, into: &found)
        self.headings = found
    }

    private static func collectHeadings(_ blocks: [Block], into found: inout [(Int, String)]) {
        for block in blocks {
            switch block {
            case .heading(let level, let content, let attributes) where !attributes.hasClass("titulo"):
                found.append((level, content.plainText))
            case .section(let children, _), .blockQuote(let children, _):
                collectHeadings(children, into: &found)
            case .heading, .paragraph, .list, .table, .figure, .tableOfContents:
                continue
            }
        }
    }

    /// Writes `content.xml` and returns its bytes.
    mutating func contentXML() -> [UInt8] {
        writer.start("office:document-content")
        ODFNamespaces.declare(on: writer)
        writer.attribute("office:version", "1.3")
        writer.start("office:font-face-decls")
        writer.raw(ODFStyles.fontFaces)
        writer.end()
        // Automatic styles must precede the body, so the body is written into a second writer first.
        var body = ODFTextBody(document: document, sharingCountersOf: self)
        body.writer.start("office:body")
        body.writer.start("office:text")
        for block in document.blocks { body.block(block, listStyle: nil) }
        body.writer.end()
        body.writer.end()
        var bodyXML = Self.stripDeclaration(body.writer.finishString())
        if !body.trackedRegions.isEmpty, let start = TextSearch.range(of: "<office:text>", in: bodyXML) {
            bodyXML.replaceSubrange(start, with: "<office:text><text:tracked-changes>" + body.trackedRegions.joined() + "</text:tracked-changes>")
        }
        writer.start("office:automatic-styles")
        writer.raw(body.automaticStyles.joined())
        writer.end()
        writer.raw(bodyXML)
        writer.end()
        pictures = body.pictures
        return writer.finish()
    }

    private init(document: Document, sharingCountersOf other: ODFTextBody) {
        self.document = document
        self.headings = other.headings
    }

    static func stripDeclaration(_ xml: String) -> String {
        guard xml.hasPrefix("<?xml"), let end = TextSearch.range(of: "?>", in: xml) else { return xml }
        return TextSearch.trimmed(xml[end.upperBound...])
    }

    /// A paragraph style that is `parent` plus a page break before, created once per parent.
    mutating func styleStartingPage(_ parent: String) -> String {
        if let existing = pageBreakStyles[parent] { return existing }
        let name = "Salto_\(pageBreakStyles.count + 1)"
        pageBreakStyles[parent] = name
        automaticStyles.append(
            "<style:style style:name=\"\(name)\" style:family=\"paragraph\" style:parent-style-name=\"\(parent)\">"
                + "<style:paragraph-properties fo:break-before=\"page\"/></style:style>")
        return name
    }

    /// The style to use for a paragraph of `style`, consuming a pending page break.
    mutating func paragraphStyle(_ style: String) -> String {
        guard pendingPageBreak else { return style }
        pendingPageBreak = false
        return styleStartingPage(style)
    }

    mutating func block(_ block: Block, listStyle: String?) {
        switch block {
        case .heading(let level, let content, let attributes):
            if attributes.hasClass("titulo") {
                writer.start("text:p")
                writer.attribute("text:style-name", paragraphStyle("Title"))
            } else {
                writer.start("text:h")
                writer.attribute("text:style-name", paragraphStyle("Heading_20_\(min(max(level, 1), 4))"))
                writer.attribute("text:outline-level", String(min(max(level, 1), 4)))
            }
            inlines(content)
            writer.end()
        case .paragraph(let content, let attributes):
            let style = slideParagraphStyle ?? (attributes.hasClass("subtitulo") ? "Subtitle" : (listStyle == nil ? "Text_20_body" : "List"))
            writer.start("text:p")
            writer.attribute("text:style-name", paragraphStyle(style))
            inlines(content)
            writer.end()
        case .list(let list):
            self.list(list)
        case .table(let table) where listStyle != nil:
            // ODF list items hold only paragraphs, headings and lists: a table there becomes one
            // paragraph per row.
            for row in table.headerRows + table.bodyRows {
                writer.start("text:p")
                writer.attribute("text:style-name", "List")
                text(row.cells.map { cell in cell.blocks.map(Self.plainText).joined(separator: " ") }.joined(separator: " — "))
                writer.end()
            }
        case .table(let table):
            self.table(table)
        case .figure(let figure):
            writer.start("text:p")
            writer.attribute("text:style-name", paragraphStyle("Figure"))
            frame(figure.image, maxWidthCM: Self.textWidthCM)
            writer.end()
            if !figure.caption.isEmpty {
                writer.start("text:p")
                writer.attribute("text:style-name", "Caption")
                inlines(figure.caption)
                writer.end()
            }
        case .blockQuote(let children, _):
            for child in children {
                if case .paragraph(let content, _) = child {
                    writer.start("text:p")
                    writer.attribute("text:style-name", paragraphStyle("Quotations"))
                    inlines(content)
                    writer.end()
                } else {
                    self.block(child, listStyle: listStyle)
                }
            }
        case .section(let children, let attributes):
            if attributes.hasClass("salto-pagina") { pendingPageBreak = true }
            for child in children { self.block(child, listStyle: listStyle) }
        case .tableOfContents(let title, _) where listStyle != nil:
            writer.element("text:p", ["text:style-name": "List"], text: title)
        case .tableOfContents(let title, let maxLevel):
            tableOfContents(title: title, maxLevel: maxLevel)
        }
    }

    /// The text of a block, for places where only text can go.
    static func plainText(_ block: Block) -> String {
        switch block {
        case .heading(_, let content, _), .paragraph(let content, _): content.plainText
        case .list(let list): list.items.map { $0.map(plainText).joined(separator: " ") }.joined(separator: "; ")
        case .table(let table): (table.headerRows + table.bodyRows).flatMap(\.cells).map { $0.blocks.map(plainText).joined(separator: " ") }.joined(separator: " ")
        case .figure(let figure): figure.image.alt
        case .blockQuote(let children, _), .section(let children, _): children.map(plainText).joined(separator: " ")
        case .tableOfContents(let title, _): title
        }
    }
}
