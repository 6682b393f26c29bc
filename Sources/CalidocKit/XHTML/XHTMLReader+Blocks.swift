import CLibXML2
import Foundation

extension XHTMLReader {
    /// The blocks inside a container element; loose inline content becomes a paragraph.
    mutating func blocks(in parent: xmlNodePtr) throws -> [Block] {
        var result: [Block] = []
        var pendingInlines: [xmlNodePtr] = []
        func flush() throws {
            guard !pendingInlines.isEmpty else { return }
            let content = try inlines(of: pendingInlines)
            pendingInlines = []
            if !content.plainText.trimmingCharacters(in: .whitespaces).isEmpty || content.contains(where: Self.isImage) {
                result.append(.paragraph(content: content, attributes: .empty))
            }
        }
        for child in XHTMLNode.children(parent) {
            if XHTMLNode.isText(child) {
                pendingInlines.append(child)
                continue
            }
            guard XHTMLNode.isElement(child) else { continue }
            let name = XHTMLNode.name(child)
            if XHTMLVocabulary.inlines.contains(name) && name != "img" {
                pendingInlines.append(child)
                continue
            }
            try flush()
            if let block = try block(child, name: name) { result.append(block) }
        }
        try flush()
        return result
    }

    private static func isImage(_ inline: Inline) -> Bool {
        if case .image = inline { return true }
        return false
    }

    /// One block element.
    mutating func block(_ node: xmlNodePtr, name: String) throws -> Block? {
        let attributes = XHTMLNode.attributes(node)
        switch name {
        case "h1", "h2", "h3", "h4":
            let level = Int(String(name.dropFirst())) ?? 1
            return .heading(level: level, content: try trimmedInlines(of: XHTMLNode.children(node)), attributes: attributes)
        case "p":
            let content = try trimmedInlines(of: XHTMLNode.children(node))
            return .paragraph(content: content, attributes: attributes)
        case "ul", "ol":
            return .list(try list(node, ordered: name == "ol", attributes: attributes))
        case "table":
            return .table(try table(node, attributes: attributes))
        case "figure":
            return try figure(node, attributes: attributes)
        case "img":
            return .figure(Figure(image: image(node), caption: [], attributes: attributes))
        case "blockquote":
            return .blockQuote(blocks: try blocks(in: node), attributes: attributes)
        case "section":
            return .section(blocks: try blocks(in: node), attributes: attributes)
        case "nav":
            let title = XHTMLNode.attribute(node, "title") ?? "Índice"
            let levels = Int(XHTMLNode.attribute(node, "data-niveles") ?? "") ?? 3
            return .tableOfContents(title: title, maxLevel: min(max(levels, 1), 4))
        default:
            throw Self.misplaced(name, node)
        }
    }

    static func misplaced(_ name: String, _ node: xmlNodePtr) -> XHTMLProblem {
        guard XHTMLVocabulary.isKnown(name) else { return unknownElement(name, node) }
        return XHTMLProblem(
            line: Int(xmlGetLineNo(node)),
            message: LocalizedMessage(
                es: "«<\(name)>» no puede ir en esta posición", en: "«<\(name)>» cannot appear here"))
    }

    private mutating func list(_ node: xmlNodePtr, ordered: Bool, attributes: Attributes) throws -> ListBlock {
        var kind = ListBlock.Kind.bulleted
        if ordered {
            switch XHTMLNode.attribute(node, "type") {
            case "I": kind = .upperRoman
            case "i": kind = .lowerRoman
            case "a": kind = .lowerAlpha
            default: kind = .decimal
            }
        }
        let start = Int(XHTMLNode.attribute(node, "start") ?? "") ?? 1
        var items: [[Block]] = []
        for child in XHTMLNode.children(node) where XHTMLNode.isElement(child) {
            let name = XHTMLNode.name(child)
            guard name == "li" else { throw Self.misplaced(name, child) }
            items.append(try blocks(in: child))
        }
        return ListBlock(kind: kind, start: start, items: items, attributes: attributes)
    }

    private mutating func figure(_ node: xmlNodePtr, attributes: Attributes) throws -> Block {
        var picture: Image?
        var caption: [Inline] = []
        for child in XHTMLNode.children(node) where XHTMLNode.isElement(child) {
            switch XHTMLNode.name(child) {
            case "img": picture = image(child)
            case "figcaption": caption = try trimmedInlines(of: XHTMLNode.children(child))
            default: throw Self.misplaced(XHTMLNode.name(child), child)
            }
        }
        guard let picture else {
            throw XHTMLProblem(
                line: Int(xmlGetLineNo(node)),
                message: LocalizedMessage(es: "«<figure>» sin «<img>»", en: "«<figure>» without «<img>»"))
        }
        return .figure(Figure(image: picture, caption: caption, attributes: attributes))
    }

    func image(_ node: xmlNodePtr) -> Image {
        Image(
            source: XHTMLNode.attribute(node, "src") ?? "", alt: XHTMLNode.attribute(node, "alt") ?? "",
            widthMM: XHTMLNode.attribute(node, "data-ancho-mm").flatMap(Double.init),
            heightMM: XHTMLNode.attribute(node, "data-alto-mm").flatMap(Double.init))
    }
}
