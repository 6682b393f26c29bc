import CLibXML2

/// Reads an ODT package (LibreOffice Writer) into ``SourceBlock``s: `text:h` and heading styles
/// (`Heading_20_N`), lists with the list style's numbering or bullets, bold and italic from
/// automatic and named styles, tables, tracked changes resolved (the body already holds
/// insertions; `text:tracked-changes`, which holds deletions, is skipped) and annotations listed.
struct ODTSource {
    private static let text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    private static let table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    private static let draw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
    private static let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    private static let style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
    private static let fo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"

    /// A text or paragraph style as far as recognition cares.
    struct StyleInfo {
        var displayName: String
        var parent: String?
        var bold: Bool?
        var italic: Bool?
        var listStyle: String?
        var outlineLevel: Int?
        var automatic: Bool
    }

    private let path: String
    private var styles: [String: StyleInfo] = [:]
    /// List style → level (1-based) → numbered.
    private var listStyles: [String: [Int: Bool]] = [:]
    private var comments: [SourceDocument.Comment] = []
    private var trackedChanges = 0
    private var paragraphCount = 0

    /// Reads the package's parts.
    static func read(_ package: ZipReader, path: String) throws -> SourceDocument {
        guard let content = try package.importPart("content.xml", of: path) else {
            throw ImportError.unsupported(path: path, kind: "un paquete zip sin content.xml")
        }
        var reader = ODTSource(path: path)
        if let tree = try package.importPart("styles.xml", of: path) { reader.readStyles(tree) }
        reader.readStyles(content)
        guard let body = content.nodes("/office:document-content/office:body/office:text").first else {
            throw ImportError.badXML(path: path, part: "content.xml")
        }
        var output: [SourceBlock] = []
        try reader.readBlocks(in: body, depth: 0, listLevel: nil, listStyle: nil, into: &output)
        return SourceDocument(blocks: output, comments: reader.comments, trackedChanges: reader.trackedChanges)
    }

    private init(path: String) {
        self.path = path
    }

    // MARK: - Styles

    private mutating func readStyles(_ tree: XMLTree) {
        for node in tree.nodes("//style:style") {
            guard let name = XMLTree.attribute(node, "name", namespace: Self.style) else { continue }
            let weight = tree.string("style:text-properties/@fo:font-weight", from: node)
            let posture = tree.string("style:text-properties/@fo:font-style", from: node)
            styles[name] = StyleInfo(
                displayName: XMLTree.attribute(node, "display-name", namespace: Self.style) ?? name.replacingOccurrences(of: "_20_", with: " "),
                parent: XMLTree.attribute(node, "parent-style-name", namespace: Self.style),
                bold: weight.map { $0 == "bold" || (Int($0) ?? 400) >= 600 },
                italic: posture.map { $0 == "italic" || $0 == "oblique" },
                listStyle: XMLTree.attribute(node, "list-style-name", namespace: Self.style),
                outlineLevel: XMLTree.attribute(node, "default-outline-level", namespace: Self.style).flatMap(Int.init),
                automatic: node.pointee.parent.map { XMLTree.localName($0) == "automatic-styles" } ?? false)
        }
        for node in tree.nodes("//text:list-style") {
            guard let name = XMLTree.attribute(node, "name", namespace: Self.style) else { continue }
            var levels: [Int: Bool] = [:]
            for level in XMLTree.children(node) {
                guard let index = XMLTree.attribute(level, "level", namespace: Self.text).flatMap(Int.init) else { continue }
                levels[index] = XMLTree.localName(level) == "list-level-style-number"
            }
            listStyles[name] = levels
        }
    }

    private func inherited<T>(_ name: String?, _ property: (StyleInfo) -> T?) -> T? {
        var current = name
        for _ in 0..<10 {
            guard let key = current, let style = styles[key] else { return nil }
            if let value = property(style) { return value }
            current = style.parent
        }
        return nil
    }

    /// The display name of a paragraph's named style (automatic styles point at their parent).
    private func displayName(_ name: String?) -> String? {
        var current = name
        for _ in 0..<10 {
            guard let key = current, let style = styles[key] else { return current }
            if !style.automatic { return style.displayName }
            current = style.parent
        }
        return current
    }

    // MARK: - Body

    private mutating func readBlocks(
        in container: xmlNodePtr, depth: Int, listLevel: Int?, listStyle: String?, into output: inout [SourceBlock]
    ) throws {
        for child in XMLTree.children(container) {
            let name = XMLTree.localName(child)
            let namespace = XMLTree.namespaceURI(child)
            if namespace == Self.text {
                switch name {
                case "p", "h":
                    output.append(paragraph(child, heading: name == "h", listLevel: nil, listStyle: nil))
                    try textBoxes(in: child, depth: depth, into: &output)
                case "list":
                    let style = XMLTree.attribute(child, "style-name", namespace: Self.text) ?? listStyle
                    try readList(child, level: (listLevel ?? -1) + 1, style: style, depth: depth, into: &output)
                case "section", "index-body", "table-of-content", "alphabetical-index", "illustration-index":
                    if name == "section" {
                        try readBlocks(in: child, depth: depth, listLevel: listLevel, listStyle: listStyle, into: &output)
                    }
                case "tracked-changes":
                    trackedChanges += XMLTree.children(child).count
                default:
                    break
                }
            } else if namespace == Self.table, name == "table" {
                output.append(try table(child, depth: depth + 1))
            }
            guard paragraphCount <= ImportLimits.maximumBlocks else {
                throw ImportError.tooManyBlocks(path: path, limit: ImportLimits.maximumBlocks)
            }
        }
    }

    private mutating func readList(_ list: xmlNodePtr, level: Int, style: String?, depth: Int, into output: inout [SourceBlock]) throws {
        for item in XMLTree.children(list) where XMLTree.localName(item) == "list-item" || XMLTree.localName(item) == "list-header" {
            var first = XMLTree.localName(item) == "list-item"
            for child in XMLTree.children(item) {
                switch XMLTree.localName(child) {
                case "p", "h":
                    var block = paragraph(child, heading: XMLTree.localName(child) == "h", listLevel: level, listStyle: style)
                    if !first {
                        block.list = nil
                        block.continuesListItem = true
                    }
                    first = false
                    output.append(block)
                    try textBoxes(in: child, depth: depth, into: &output)
                case "list":
                    let nested = XMLTree.attribute(child, "style-name", namespace: Self.text) ?? style
                    try readList(child, level: level + 1, style: nested, depth: depth, into: &output)
                case "table":
                    output.append(try table(child, depth: depth + 1))
                default:
                    break
                }
            }
        }
    }

    /// The paragraphs of the text boxes (`draw:frame/draw:text-box`) anchored in paragraph `node`,
    /// after it, in document order; comments and deleted text are not text boxes.
    private mutating func textBoxes(in node: xmlNodePtr, depth: Int, into output: inout [SourceBlock]) throws {
        for child in XMLTree.children(node) {
            let name = XMLTree.localName(child)
            if name == "text-box", XMLTree.namespaceURI(child) == Self.draw {
                // A text box inside a text box counts as nesting, like a table in a cell.
                guard depth < ImportLimits.maximumTableDepth else {
                    throw ImportError.tooDeep(path: path, depth: depth + 1, limit: ImportLimits.maximumTableDepth)
                }
                try readBlocks(in: child, depth: depth + 1, listLevel: nil, listStyle: nil, into: &output)
            } else if name != "annotation", name != "tracked-changes" {
                try textBoxes(in: child, depth: depth, into: &output)
            }
        }
    }

    private mutating func table(_ node: xmlNodePtr, depth: Int) throws -> SourceBlock {
        guard depth <= ImportLimits.maximumTableDepth else {
            throw ImportError.tooDeep(path: path, depth: depth, limit: ImportLimits.maximumTableDepth)
        }
        var rows: [[[SourceBlock]]] = []
        func collectRows(_ parent: xmlNodePtr) throws {
            for child in XMLTree.children(parent) {
                switch XMLTree.localName(child) {
                case "table-row":
                    var cells: [[SourceBlock]] = []
                    for cell in XMLTree.children(child) where XMLTree.localName(cell) == "table-cell" {
                        var content: [SourceBlock] = []
                        try readBlocks(in: cell, depth: depth, listLevel: nil, listStyle: nil, into: &content)
                        cells.append(content.flatMap(DOCXSource.flattened))
                    }
                    rows.append(cells)
                case "table-header-rows", "table-rows", "table-row-group":
                    try collectRows(child)
                default:
                    break
                }
            }
        }
        try collectRows(node)
        paragraphCount += 1
        return SourceBlock(kind: .table(rows), number: paragraphCount)
    }

    private mutating func paragraph(_ node: xmlNodePtr, heading: Bool, listLevel: Int?, listStyle: String?) -> SourceBlock {
        paragraphCount += 1
        var block = SourceBlock(number: paragraphCount)
        let styleName = XMLTree.attribute(node, "style-name", namespace: Self.text)
        let display = displayName(styleName)
        block.style = display
        if heading {
            block.headingLevel = XMLTree.attribute(node, "outline-level", namespace: Self.text).flatMap(Int.init) ?? 1
        } else if let display, let level = DOCXSource.headingLevel(styleName: display) {
            block.headingLevel = level
        } else if let level = inherited(styleName, \.outlineLevel) {
            block.headingLevel = level
        }
        let folded = display.map(ImportText.folded) ?? ""
        block.isTitle = folded == "title" || folded == "titulo"
        if let listLevel {
            let list = listStyle ?? inherited(styleName, \.listStyle)
            let numbered = list.flatMap { listStyles[$0]?[listLevel + 1] } ?? false
            block.list = ListMarker(level: listLevel, numbered: numbered, typed: false)
        }
        let bold = inherited(styleName, \.bold) ?? false
        let italic = inherited(styleName, \.italic) ?? false
        collectRuns(node, bold: bold, italic: italic, into: &block.runs)
        return block
    }

    private mutating func collectRuns(_ node: xmlNodePtr, bold: Bool, italic: Bool, into runs: inout [SourceRun]) {
        var child = node.pointee.children
        while let current = child {
            defer { child = current.pointee.next }
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE {
                runs.append(SourceRun(text: ImportText.normalized(XMLTree.content(current)), bold: bold, italic: italic))
                continue
            }
            guard current.pointee.type == XML_ELEMENT_NODE else { continue }
            switch XMLTree.localName(current) {
            case "span":
                let style = XMLTree.attribute(current, "style-name", namespace: Self.text)
                collectRuns(
                    current, bold: inherited(style, \.bold) ?? bold, italic: inherited(style, \.italic) ?? italic, into: &runs)
            case "a", "meta", "ruby-base":
                collectRuns(current, bold: bold, italic: italic, into: &runs)
            case "s":
                let count = XMLTree.attribute(current, "c", namespace: Self.text).flatMap(Int.init) ?? 1
                runs.append(SourceRun(text: String(repeating: " ", count: min(max(count, 1), 8)), bold: bold, italic: italic))
            case "tab", "line-break":
                runs.append(SourceRun(text: " ", bold: bold, italic: italic))
            case "annotation":
                let author = Self.firstText(current, named: "creator")
                let text = Self.paragraphsText(current)
                comments.append(.init(author: author, text: ImportText.collapsed(ImportText.normalized(text)), blockNumber: paragraphCount))
            default:
                break
            }
        }
    }

    private static func firstText(_ node: xmlNodePtr, named name: String) -> String? {
        XMLTree.children(node).first { XMLTree.localName($0) == name }.map(XMLTree.content)
    }

    private static func paragraphsText(_ node: xmlNodePtr) -> String {
        XMLTree.children(node).filter { XMLTree.localName($0) == "p" }.map(XMLTree.content).joined(separator: " ")
    }
}
