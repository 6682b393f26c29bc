import CLibXML2

/// Reads a DOCX package (Word, LibreOffice's "Word" export) into ``SourceBlock``s: heading levels
/// from styles (their names in any language, or their outline level), automatic numbering from
/// `numbering.xml`, bold and italic from runs and styles, tables, tracked changes resolved
/// (insertions kept, deletions and moved-from text dropped) and comments listed.
struct DOCXSource {
    private static let w = DOCXStyles.namespace
    private let path: String
    private var styles: [String: StyleInfo] = [:]
    private var numbering: [String: [Int: Bool]] = [:]
    private var commentAnchors: [String: Int] = [:]
    private var trackedChanges = 0
    private var paragraphCount = 0

    /// A paragraph or character style as far as recognition cares.
    struct StyleInfo {
        var name: String
        var basedOn: String?
        var outlineLevel: Int?
        var bold: Bool?
        var italic: Bool?
        var numId: String?
        var numLevel: Int
    }

    /// Reads the package's parts.
    static func read(_ package: ZipReader, path: String) throws -> SourceDocument {
        guard let document = try package.importPart("word/document.xml", of: path) else {
            throw ImportError.unsupported(path: path, kind: "un paquete zip sin word/document.xml")
        }
        var reader = DOCXSource(path: path)
        if let tree = try package.importPart("word/styles.xml", of: path) { reader.styles = Self.styles(tree) }
        if let tree = try package.importPart("word/numbering.xml", of: path) { reader.numbering = Self.numbering(tree) }
        guard let body = document.nodes("/w:document/w:body").first else {
            throw ImportError.badXML(path: path, part: "word/document.xml")
        }
        var blocks: [SourceBlock] = []
        try reader.readBlocks(in: body, depth: 0, into: &blocks)
        var comments: [SourceDocument.Comment] = []
        if let bytes = package.data("word/comments.xml"), let tree = XMLTree(bytes) {
            for node in tree.nodes("/w:comments/w:comment") {
                let id = XMLTree.attribute(node, "id", namespace: w) ?? ""
                let text = tree.strings(".//w:t", from: node).joined()
                comments.append(.init(
                    author: XMLTree.attribute(node, "author", namespace: w),
                    text: ImportText.collapsed(ImportText.normalized(text)), blockNumber: reader.commentAnchors[id]))
            }
        }
        // Footnotes and endnotes are not Política fields: listed with the comments, never lost.
        for (part, element, label) in [("word/footnotes.xml", "footnote", "Nota al pie"), ("word/endnotes.xml", "endnote", "Nota al final")] {
            guard let bytes = package.data(part), let tree = XMLTree(bytes) else { continue }
            for node in tree.nodes("//w:\(element)") where XMLTree.attribute(node, "type", namespace: w) == nil {
                let text = ImportText.collapsed(ImportText.normalized(tree.strings(".//w:t", from: node).joined()))
                if !text.isEmpty { comments.append(.init(author: label, text: text, blockNumber: nil)) }
            }
        }
        return SourceDocument(blocks: blocks, comments: comments, trackedChanges: reader.trackedChanges)
    }

    private init(path: String) {
        self.path = path
    }

    // MARK: - Styles and numbering

    private static func styles(_ tree: XMLTree) -> [String: StyleInfo] {
        var result: [String: StyleInfo] = [:]
        guard let root = tree.root else { return result }
        // Walked child by child: a Word template has hundreds of styles, and an XPath query per
        // property would cost more than reading the whole body.
        func child(_ node: xmlNodePtr, _ name: String) -> xmlNodePtr? {
            XMLTree.children(node).first { XMLTree.localName($0) == name }
        }
        func value(_ node: xmlNodePtr?) -> String? { node.flatMap { XMLTree.attribute($0, "val", namespace: w) } }
        for node in XMLTree.children(root) where XMLTree.localName(node) == "style" {
            guard let id = XMLTree.attribute(node, "styleId", namespace: w) else { continue }
            let paragraph = child(node, "pPr")
            let run = child(node, "rPr")
            let numbering = paragraph.flatMap { child($0, "numPr") }
            result[id] = StyleInfo(
                name: value(child(node, "name")) ?? id,
                basedOn: value(child(node, "basedOn")),
                outlineLevel: value(paragraph.flatMap { child($0, "outlineLvl") }).flatMap(Int.init),
                bold: toggle(run.flatMap { child($0, "b") }),
                italic: toggle(run.flatMap { child($0, "i") }),
                numId: value(numbering.flatMap { child($0, "numId") }),
                numLevel: value(numbering.flatMap { child($0, "ilvl") }).flatMap(Int.init) ?? 0)
        }
        return result
    }

    /// `w:b`, `w:b w:val="0"` …: on, off, or not said.
    private static func toggle(_ node: xmlNodePtr?) -> Bool? {
        guard let node else { return nil }
        let value = XMLTree.attribute(node, "val", namespace: w) ?? "true"
        return !["0", "false", "off", "none"].contains(value)
    }

    /// numId → level → numbered (`false` for bullets).
    private static func numbering(_ tree: XMLTree) -> [String: [Int: Bool]] {
        var abstract: [String: [Int: Bool]] = [:]
        for node in tree.nodes("/w:numbering/w:abstractNum") {
            guard let id = XMLTree.attribute(node, "abstractNumId", namespace: w) else { continue }
            var levels: [Int: Bool] = [:]
            for level in tree.nodes("w:lvl", from: node) {
                let index = XMLTree.attribute(level, "ilvl", namespace: w).flatMap(Int.init) ?? 0
                let format = tree.string("w:numFmt/@w:val", from: level) ?? "decimal"
                levels[index] = format != "bullet" && format != "none"
            }
            abstract[id] = levels
        }
        var result: [String: [Int: Bool]] = [:]
        for node in tree.nodes("/w:numbering/w:num") {
            guard let id = XMLTree.attribute(node, "numId", namespace: w),
                let base = tree.string("w:abstractNumId/@w:val", from: node)
            else { continue }
            result[id] = abstract[base] ?? [:]
        }
        return result
    }

    /// A style's property, following `basedOn` (a few steps: style chains are short, cycles are cut).
    private func inherited<T>(_ id: String?, _ property: (StyleInfo) -> T?) -> T? {
        var current = id
        for _ in 0..<10 {
            guard let key = current, let style = styles[key] else { return nil }
            if let value = property(style) { return value }
            current = style.basedOn
        }
        return nil
    }

    /// The heading level a style name or outline level gives ("heading 2", "Título 2", outline 1 → 2).
    static func headingLevel(styleName: String) -> Int? {
        let folded = ImportText.folded(styleName)
        for prefix in ["heading ", "titulo ", "encabezado ", "title "] where folded.hasPrefix(prefix) {
            if let level = Int(folded.dropFirst(prefix.count)), (1...9).contains(level) { return level }
        }
        return nil
    }

    /// The depth a numbered list style's name gives ("list bullet 3" → 2), or `nil`.
    static func listStyleDepth(_ foldedName: String) -> Int? {
        guard foldedName.hasPrefix("list") || foldedName.hasPrefix("lista") else { return nil }
        guard let last = foldedName.split(separator: " ").last, let number = Int(last), (2...9).contains(number) else { return nil }
        return number - 1
    }

    // MARK: - Body

    private mutating func readBlocks(in container: xmlNodePtr, depth: Int, into output: inout [SourceBlock]) throws {
        for child in XMLTree.children(container) where XMLTree.namespaceURI(child) == Self.w {
            switch XMLTree.localName(child) {
            case "p":
                output.append(paragraph(child))
                try textBoxes(in: child, depth: depth, into: &output)
            case "tbl":
                output.append(try table(child, depth: depth + 1))
            case "sdt":
                for content in XMLTree.children(child) where XMLTree.localName(content) == "sdtContent" {
                    try readBlocks(in: content, depth: depth, into: &output)
                }
            case "ins", "moveTo", "customXml", "smartTag":
                if XMLTree.localName(child) == "ins" { trackedChanges += 1 }
                try readBlocks(in: child, depth: depth, into: &output)
            case "del", "moveFrom":
                trackedChanges += 1
            default:
                break
            }
            guard paragraphCount <= ImportLimits.maximumBlocks else {
                throw ImportError.tooManyBlocks(path: path, limit: ImportLimits.maximumBlocks)
            }
        }
    }

    private mutating func table(_ node: xmlNodePtr, depth: Int) throws -> SourceBlock {
        guard depth <= ImportLimits.maximumTableDepth else {
            throw ImportError.tooDeep(path: path, depth: depth, limit: ImportLimits.maximumTableDepth)
        }
        var rows: [[[SourceBlock]]] = []
        for row in XMLTree.children(node) where XMLTree.localName(row) == "tr" {
            var cells: [[SourceBlock]] = []
            for cell in XMLTree.children(row) where XMLTree.localName(cell) == "tc" || XMLTree.localName(cell) == "sdt" {
                var content: [SourceBlock] = []
                try readBlocks(in: cell, depth: depth, into: &content)
                // A table inside a cell is read as its cells' paragraphs, in order.
                cells.append(content.flatMap(Self.flattened))
            }
            rows.append(cells)
        }
        paragraphCount += 1
        return SourceBlock(kind: .table(rows), number: paragraphCount)
    }

    /// The paragraphs of the text boxes anchored in paragraph `node`, after it, in document order.
    /// Word writes a text box twice — `mc:Choice` (DrawingML) and `mc:Fallback` (VML) — so of an
    /// `mc:AlternateContent` only the first branch holding a text box is read: its text comes once.
    private mutating func textBoxes(in node: xmlNodePtr, depth: Int, into output: inout [SourceBlock]) throws {
        for child in XMLTree.children(node) {
            switch XMLTree.localName(child) {
            case "txbxContent" where XMLTree.namespaceURI(child) == Self.w:
                // A text box inside a text box counts as nesting, like a table in a cell.
                guard depth < ImportLimits.maximumTableDepth else {
                    throw ImportError.tooDeep(path: path, depth: depth + 1, limit: ImportLimits.maximumTableDepth)
                }
                try readBlocks(in: child, depth: depth + 1, into: &output)
            case "AlternateContent":
                let branches = XMLTree.children(child).filter { ["Choice", "Fallback"].contains(XMLTree.localName($0)) }
                if let chosen = branches.first(where: Self.holdsTextBox) {
                    try textBoxes(in: chosen, depth: depth, into: &output)
                }
            case "del", "moveFrom":
                break
            default:
                try textBoxes(in: child, depth: depth, into: &output)
            }
        }
    }

    /// Whether `node` has a `w:txbxContent` among its descendants.
    private static func holdsTextBox(_ node: xmlNodePtr) -> Bool {
        XMLTree.children(node).contains { XMLTree.localName($0) == "txbxContent" || holdsTextBox($0) }
    }

    static func flattened(_ block: SourceBlock) -> [SourceBlock] {
        switch block.kind {
        case .paragraph: return [block]
        case .table(let rows): return rows.flatMap { $0.flatMap { $0 } }
        }
    }

    private mutating func paragraph(_ node: xmlNodePtr) -> SourceBlock {
        paragraphCount += 1
        var block = SourceBlock(number: paragraphCount)
        var styleId: String?
        var numId: String?
        var numLevel: Int?
        var outline: Int?
        for child in XMLTree.children(node) where XMLTree.localName(child) == "pPr" {
            for property in XMLTree.children(child) {
                switch XMLTree.localName(property) {
                case "pStyle": styleId = XMLTree.attribute(property, "val", namespace: Self.w)
                case "outlineLvl": outline = XMLTree.attribute(property, "val", namespace: Self.w).flatMap(Int.init)
                case "numPr":
                    for item in XMLTree.children(property) {
                        let value = XMLTree.attribute(item, "val", namespace: Self.w)
                        if XMLTree.localName(item) == "numId" { numId = value }
                        if XMLTree.localName(item) == "ilvl" { numLevel = value.flatMap(Int.init) }
                    }
                default: break
                }
            }
        }
        let styleName = styleId.flatMap { styles[$0]?.name } ?? styleId
        block.style = styleName
        if let outline, outline < 9 {
            block.headingLevel = outline + 1
        } else if let styleName, let level = Self.headingLevel(styleName: styleName) {
            block.headingLevel = level
        } else if let level = inherited(styleId, { $0.outlineLevel }), level < 9 {
            block.headingLevel = level + 1
        }
        let folded = styleName.map(ImportText.folded) ?? ""
        block.isTitle = folded == "title" || folded == "titulo"
        let number = numId ?? inherited(styleId, \.numId)
        if let number, number != "0" {
            // "List Bullet 2", "Lista con viñetas 2": Word's nested list styles number their own
            // level 0 and indent it, so the style's name says how deep the item is.
            let styleDepth = Self.listStyleDepth(folded)
            let level = numLevel ?? styleDepth ?? inherited(styleId, { $0.numId != nil ? $0.numLevel : nil }) ?? 0
            block.list = ListMarker(level: level, numbered: numbering[number]?[level] ?? true, typed: false)
        } else if folded.contains("list") || folded.contains("lista") {
            block.continuesListItem = true
        }
        let paragraphBold = inherited(styleId, \.bold) ?? false
        let paragraphItalic = inherited(styleId, \.italic) ?? false
        collectRuns(node, bold: paragraphBold, italic: paragraphItalic, into: &block.runs)
        return block
    }

    private mutating func collectRuns(_ node: xmlNodePtr, bold: Bool, italic: Bool, into runs: inout [SourceRun]) {
        for child in XMLTree.children(node) where XMLTree.namespaceURI(child) == Self.w {
            switch XMLTree.localName(child) {
            case "r":
                runs.append(run(child, bold: bold, italic: italic))
            case "hyperlink", "smartTag", "customXml", "fldSimple", "moveTo", "bdo", "dir":
                collectRuns(child, bold: bold, italic: italic, into: &runs)
            case "ins":
                trackedChanges += 1
                collectRuns(child, bold: bold, italic: italic, into: &runs)
            case "sdt":
                for content in XMLTree.children(child) where XMLTree.localName(content) == "sdtContent" {
                    collectRuns(content, bold: bold, italic: italic, into: &runs)
                }
            case "del", "moveFrom":
                trackedChanges += 1
            case "commentRangeStart":
                if let id = XMLTree.attribute(child, "id", namespace: Self.w) { commentAnchors[id] = paragraphCount }
            default:
                break
            }
        }
    }

    private mutating func run(_ node: xmlNodePtr, bold: Bool, italic: Bool) -> SourceRun {
        var isBold = bold
        var isItalic = italic
        var text = ""
        for child in XMLTree.children(node) {
            switch XMLTree.localName(child) {
            case "rPr":
                for property in XMLTree.children(child) {
                    switch XMLTree.localName(property) {
                    case "b": isBold = Self.toggle(property) ?? isBold
                    case "i": isItalic = Self.toggle(property) ?? isItalic
                    case "rStyle":
                        let id = XMLTree.attribute(property, "val", namespace: Self.w)
                        if let value = inherited(id, \.bold) { isBold = value }
                        if let value = inherited(id, \.italic) { isItalic = value }
                    default: break
                    }
                }
            case "t": text += XMLTree.content(child)
            case "tab", "br", "cr", "ptab": text += " "
            case "noBreakHyphen": text += "-"
            case "commentReference":
                if let id = XMLTree.attribute(child, "id", namespace: Self.w), commentAnchors[id] == nil {
                    commentAnchors[id] = paragraphCount
                }
            default: break
            }
        }
        return SourceRun(text: ImportText.normalized(text), bold: isBold, italic: isItalic)
    }
}
