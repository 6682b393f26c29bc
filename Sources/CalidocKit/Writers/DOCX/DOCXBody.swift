import Foundation

/// Writes `word/document.xml` from the document model (WordprocessingML, no `mc:` or Microsoft
/// extension namespaces, so every part validates against the ECMA-376 Transitional schemas).
struct DOCXBody {
    let document: Document
    let writer = XMLWriter(standalone: true)
    var numbering = DOCXNumbering()
    /// Relationships of `document.xml` created by the body (images, hyperlinks).
    var relationships: [OOXMLRelationship] = []
    /// Media parts: `word/media/…` → bytes and media type.
    var media: [(path: String, data: [UInt8], mediaType: String)] = []
    var pendingPageBreak = false
    var drawingCount = 0
    /// Chart parts (`word/charts/chart1.xml` …) drawn from the charts' data, in order.
    var charts: [[UInt8]] = []
    /// Headings with their bookmark names, collected up front for the table of contents.
    let headings: [(level: Int, text: String, bookmark: String)]
    var headingIndex = 0
    var trackedChangeCount = 0
    /// What the body could not show (SVG images, missing resources).
    let log = WarningLog(format: .docx)

    /// Text width of the A4 page in twentieths of a point (21 cm − 2.5 cm − 2 cm).
    static let textWidthTwips = 9354

    init(document: Document) {
        self.document = document
        var found: [(Int, String, String)] = []
        Self.collect(document.blocks, into: &found)
        self.headings = found
    }

    private static func collect(_ blocks: [Block], into found: inout [(Int, String, String)]) {
        for block in blocks {
            switch block {
            case .heading(let level, let content, let attributes):
                switch attributes.role {
                case .body, .subtitle: found.append((level, content.plainText, "_Toc\(String(format: "%06d", found.count + 1))"))
                case .title: continue
                }
            case .section(let children, _), .blockQuote(let children, _):
                collect(children, into: &found)
            case .paragraph, .list, .table, .figure, .tableOfContents:
                continue
            }
        }
    }

    /// The whole `document.xml`; `sectionProperties` writes the `<w:sectPr>` that closes the body.
    mutating func part(sectionProperties: (XMLWriter) -> Void) -> [UInt8] {
        writer.start("w:document")
        DOCXParts.declareNamespaces(on: writer)
        writer.start("w:body")
        for block in document.blocks { self.block(block, list: nil) }
        sectionProperties(writer)
        writer.end()
        writer.end()
        return writer.finish()
    }

    /// Opens `<w:p>` with its properties: style, page break, numbering.
    mutating func startParagraph(
        style: String, numbering: (id: Int, level: Int)? = nil, keepNext: Bool = false, mark: TrackedChange.Kind? = nil
    ) {
        writer.start("w:p")
        writer.start("w:pPr")
        writer.element("w:pStyle", ["w:val": style])
        if keepNext { writer.element("w:keepNext") }
        if pendingPageBreak {
            writer.element("w:pageBreakBefore")
            pendingPageBreak = false
        }
        if let numbering {
            writer.start("w:numPr")
            writer.element("w:ilvl", ["w:val": String(numbering.level)])
            writer.element("w:numId", ["w:val": String(numbering.id)])
            writer.end()
        }
        if let mark {
            // The paragraph mark itself is inserted or deleted, so accepting leaves no empty paragraph.
            trackedChangeCount += 1
            writer.start("w:rPr")
            writer.element(mark == .insertion ? "w:ins" : "w:del", [
                "w:id": String(10_000 + trackedChangeCount), "w:author": document.metadata.institution,
                "w:date": PackageTimestamp.of(document.metadata.date) + "Z",
            ])
            writer.end()
        }
        writer.end()
    }

    /// One list item's context: the list's numbering and nesting level.
    struct ListContext {
        let numId: Int
        let level: Int
        var isFirstParagraph: Bool
    }

    mutating func block(_ block: Block, list: ListContext?) {
        switch block {
        case .heading(let level, let content, let attributes):
            switch attributes.role {
            case .title:
                startParagraph(style: "Title", mark: attributes.mark)
                runs(content)
                writer.end()
                return
            case .body, .subtitle:
                startParagraph(style: "Heading\(min(max(level, 1), 4))", mark: attributes.mark)
            }
            let bookmark = headingIndex < headings.count ? headings[headingIndex].bookmark : "_Toc\(headingIndex)"
            headingIndex += 1
            writer.element("w:bookmarkStart", ["w:id": String(headingIndex), "w:name": bookmark])
            runs(content)
            writer.element("w:bookmarkEnd", ["w:id": String(headingIndex)])
            writer.end()
        case .paragraph(let content, let attributes):
            if var context = list {
                startParagraph(style: "ListParagraph", numbering: context.isFirstParagraph ? (context.numId, context.level) : nil,
                               mark: attributes.mark)
                context.isFirstParagraph = false
            } else {
                let style: String =
                    switch attributes.role {
                    case .subtitle: "Subtitle"
                    case .title: "Title"
                    case .body: "Normal"
                    }
                startParagraph(style: style, mark: attributes.mark)
            }
            runs(content)
            writer.end()
        case .list(let listBlock):
            self.list(listBlock, level: list.map { $0.level + 1 } ?? 0)
        case .table(let table):
            self.table(table)
        case .figure(let figure):
            startParagraph(style: "Caption", keepNext: !figure.caption.isEmpty)
            drawing(figure.image, maxWidthEMU: Int64(Self.textWidthTwips) * 635)
            writer.end()
            if !figure.caption.isEmpty {
                startParagraph(style: "Caption")
                runs(figure.caption)
                writer.end()
            }
        case .blockQuote(let children, _):
            for child in children {
                if case .paragraph(let content, _) = child {
                    startParagraph(style: "Quote")
                    runs(content)
                    writer.end()
                } else {
                    self.block(child, list: list)
                }
            }
        case .section(let children, let attributes):
            if attributes.startsPage { pendingPageBreak = true }
            for child in children { self.block(child, list: list) }
        case .tableOfContents(let title, let maxLevel):
            tableOfContents(title: title, maxLevel: maxLevel)
        }
    }

    mutating func list(_ list: ListBlock, level: Int) {
        let numId = numbering.register(list, level: min(level, 8))
        for item in list.items {
            var context = ListContext(numId: numId, level: min(level, 8), isFirstParagraph: true)
            if item.isEmpty {
                startParagraph(style: "ListParagraph", numbering: (numId, context.level))
                writer.end()
                continue
            }
            for child in item {
                self.block(child, list: context)
                if case .paragraph = child { context.isFirstParagraph = false }
            }
        }
    }

    /// A TOC field whose result is pre-filled with hyperlinked entries, so it shows before an update.
    mutating func tableOfContents(title: String, maxLevel: Int) {
        startParagraph(style: "TOCHeading")
        text(title)
        writer.end()
        let entries = headings.filter { $0.level <= maxLevel }
        func fieldStart() {
            fieldChar("begin")
            writer.start("w:r")
            writer.element("w:instrText", ["xml:space": "preserve"], text: " TOC \\o \"1-\(maxLevel)\" \\h \\z \\u ")
            writer.end()
            fieldChar("separate")
        }
        if entries.isEmpty {
            startParagraph(style: "TOC1")
            fieldStart()
            fieldChar("end")
            writer.end()
            return
        }
        for (index, entry) in entries.enumerated() {
            startParagraph(style: "TOC\(min(entry.level, 4))")
            if index == 0 { fieldStart() }
            writer.start("w:hyperlink")
            writer.attribute("w:anchor", entry.bookmark)
            writer.attribute("w:history", "1")
            writer.start("w:r")
            writer.element("w:t", ["xml:space": "preserve"], text: XMLText.sanitized(entry.text))
            writer.end()
            writer.end()
            if index == entries.count - 1 { fieldChar("end") }
            writer.end()
        }
    }

    mutating func fieldChar(_ type: String) {
        writer.start("w:r")
        writer.element("w:fldChar", ["w:fldCharType": type])
        writer.end()
    }
}
