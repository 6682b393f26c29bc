import Foundation

/// Writes the document body as ODF text (`<office:text>`), shared by the ODT writer and, for
/// slide text, the ODP writer. Named styles only, except where ODF needs automatic styles
/// (table widths, cell borders, page breaks).
struct ODFTextBody {
    let document: Document
    let writer: XMLWriter
    /// Automatic styles collected while writing, emitted in `<office:automatic-styles>`.
    let automaticStyles = XMLWriter(fragment: ())
    /// Pictures used by the body.
    var pictures: [(path: String, data: [UInt8], mediaType: String)] = []
    var tableCount = 0
    /// In slides, paragraphs use the slide text style instead of the document ones.
    var slideParagraphStyle: String?
    /// In slides, lists use automatic list styles named with this prefix before the named list
    /// style's name (Impress ignores named list styles in slide text, as it does named paragraph
    /// styles; ``ODPListStyles`` writes them).
    var slideListStylePrefix: String?
    /// `text:changed-region`s of redlines, written at the start of `office:text`.
    let trackedRegions = XMLWriter(fragment: ())
    var trackedRegionCount = 0
    /// Whole-paragraph change marks waiting for the start of the next paragraph.
    var pendingMarks: [PendingMark] = []
    /// The paragraphs written and the paragraphs deleted as a whole, in order (see ``ChangePlan``).
    var record = ParagraphRecord()
    /// Where the deleted paragraphs' points go, learnt from a first writing of the body.
    var changePlan = ChangePlan()
    /// Positions (in ``record``) of the paragraphs open, innermost last.
    var openParagraphs: [Int] = []
    /// The ranges of inserted paragraphs started, by the position of the paragraph they end with.
    var openInsertions: [Int: String] = [:]
    /// The inserted breaks started, by the position of the paragraph they end at.
    var openBreaks: [Int: String] = [:]
    /// The lists being written, outermost first, and how many have been.
    var listStack: [ListLevel] = []
    var listCount = 0
    /// The text being written: 0 the body, then one per table cell.
    var flow = 0
    var flowCount = 0
    /// Set when the next paragraph is the first of a list item.
    var pendingItem: ItemStart?
    var frameCount = 0
    private var pageBreakStyles: [String: String] = [:]
    /// Set when the next paragraph-like block must start a new page.
    private var pendingPageBreak = false
    let headings: [(level: Int, text: String)]
    /// What the body could not show (missing image resources).
    let log: WarningLog

    /// Usable text width of the A4 page (21 cm − 2.5 cm − 2 cm).
    static let textWidthCM = 16.5

    /// - Parameter fragment: Writes the content of a larger part (no XML declaration).
    init(document: Document, log: WarningLog, fragment: Bool = false) {
        self.document = document
        self.log = log
        self.writer = fragment ? XMLWriter(fragment: ()) : XMLWriter()
        var found: [(Int, String)] = []
        Self.collectHeadings(document.blocks, into: &found)
        self.headings = found
    }

    private static func collectHeadings(_ blocks: [Block], into found: inout [(Int, String)]) {
        for block in blocks {
            switch block {
            case .heading(let level, let content, let attributes):
                switch attributes.role {
                case .body, .subtitle: found.append((level, content.plainText))
                case .title: continue
                }
            case .section(let children, _), .blockQuote(let children, _):
                collectHeadings(children, into: &found)
            case .paragraph, .list, .table, .figure, .tableOfContents:
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
        var body = ODFTextBody(document: document, sharingCountersOf: self, log: log)
        body.writeBlocks()
        if !body.record.deleted.isEmpty || body.record.slots.contains(where: \.inserted) {
            // Paragraphs deleted or inserted as a whole: written again, each change's marks where
            // the first writing showed they belong (the same warnings, logged once).
            var second = ODFTextBody(document: document, sharingCountersOf: self, log: WarningLog(format: log.format))
            second.changePlan = ChangePlan(body.record)
            second.writeBlocks()
            body = second
        }
        writer.start("office:automatic-styles")
        writer.insert(body.automaticStyles)
        writer.end()
        writer.start("office:body")
        writer.start("office:text")
        if body.trackedRegionCount > 0 {
            // ODF lists the changed regions before the text that points at them.
            writer.start("text:tracked-changes")
            writer.insert(body.trackedRegions)
            writer.end()
        }
        writer.insert(body.writer)
        writer.end()
        writer.end()
        writer.end()
        pictures = body.pictures
        return writer.finish()
    }

    private init(document: Document, sharingCountersOf other: ODFTextBody, log: WarningLog) {
        self.document = document
        self.log = log
        self.writer = XMLWriter(fragment: ())
        self.headings = other.headings
    }

    /// Writes the document's blocks; marks still waiting (the text ends with a changed paragraph)
    /// close the text.
    private mutating func writeBlocks() {
        for block in document.blocks { self.block(block, listStyle: nil) }
        flushMarks()
        flushTextEndDeletions()
    }

    /// A paragraph style that is `parent` plus a page break before, created once per parent.
    mutating func styleStartingPage(_ parent: String) -> String {
        if let existing = pageBreakStyles[parent] { return existing }
        let name = "Salto_\(pageBreakStyles.count + 1)"
        pageBreakStyles[parent] = name
        automaticStyles.element("style:style", ["style:name": name, "style:family": "paragraph", "style:parent-style-name": parent]) {
            automaticStyles.element("style:paragraph-properties", ["fo:break-before": "page"])
        }
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
            let outline = min(max(level, 1), 4)
            let (element, style): (String, String) =
                switch attributes.role {
                case .title: ("text:p", "Title")
                case .body, .subtitle: ("text:h", "Heading_20_\(outline)")
                }
            let level = element == "text:h" ? outline : nil
            if markedParagraph(element, style: style, outlineLevel: level, content: content, mark: attributes.mark) {
                return
            }
            startParagraph(element, style: style, outlineLevel: level)
            inlines(content)
            endParagraph()
        case .paragraph(let content, let attributes):
            let roleStyle: String =
                switch attributes.role {
                case .subtitle: "Subtitle"
                case .title: "Title"
                case .body: listStyle == nil ? "Text_20_body" : "List"
                }
            let style = slideParagraphStyle ?? roleStyle
            if markedParagraph("text:p", style: style, content: content, mark: attributes.mark) {
                return
            }
            startParagraph("text:p", style: style)
            inlines(content)
            endParagraph()
        case .list(let list):
            self.list(list)
        case .table(let table) where listStyle != nil:
            // ODF list items hold only paragraphs, headings and lists: a table there becomes one
            // paragraph per row.
            for row in table.headerRows + table.bodyRows {
                startParagraph("text:p", style: "List", breaksPage: false)
                text(row.cells.map { cell in cell.blocks.map(\.plainText).joined(separator: " ") }.joined(separator: " — "))
                endParagraph()
            }
        case .table(let table):
            self.table(table)
        case .figure(let figure):
            startParagraph("text:p", style: "Figure")
            frame(figure.image, maxWidthCM: Self.textWidthCM)
            endParagraph()
            if !figure.caption.isEmpty {
                startParagraph("text:p", style: "Caption", breaksPage: false)
                inlines(figure.caption)
                endParagraph()
            }
        case .blockQuote(let children, _):
            for child in children {
                if case .paragraph(let content, _) = child {
                    startParagraph("text:p", style: "Quotations")
                    inlines(content)
                    endParagraph()
                } else {
                    self.block(child, listStyle: listStyle)
                }
            }
        case .section(let children, let attributes):
            if attributes.startsPage { pendingPageBreak = true }
            for child in children { self.block(child, listStyle: listStyle) }
        case .tableOfContents(let title, _) where listStyle != nil:
            writer.element("text:p", ["text:style-name": "List"], text: title)
        case .tableOfContents(let title, let maxLevel):
            barrier()
            tableOfContents(title: title, maxLevel: maxLevel)
            barrier()
        }
    }
}
