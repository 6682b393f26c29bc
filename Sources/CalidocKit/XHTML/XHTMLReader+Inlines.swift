import CLibXML2
import Foundation

extension XHTMLReader {
    /// Inline content with surrounding white space trimmed, as a paragraph's content.
    mutating func trimmedInlines(of nodes: [xmlNodePtr]) throws -> [Inline] {
        InlineWhitespace.trim(try inlines(of: nodes))
    }

    /// Inline content: text with white space collapsed (as HTML renders it) and inline elements.
    mutating func inlines(of nodes: [xmlNodePtr]) throws -> [Inline] {
        var result: [Inline] = []
        for node in nodes {
            if XHTMLNode.isText(node) {
                let text = InlineWhitespace.collapse(XHTMLNode.text(node))
                if !text.isEmpty { result.append(.text(text)) }
                continue
            }
            guard XHTMLNode.isElement(node) else { continue }
            let name = XHTMLNode.name(node)
            let children = XHTMLNode.children(node)
            switch name {
            case "strong", "b": result.append(.strong(try inlines(of: children)))
            case "em", "i": result.append(.emphasis(try inlines(of: children)))
            case "u": result.append(.underline(try inlines(of: children)))
            case "a": result.append(.link(url: XHTMLNode.attribute(node, "href") ?? "", content: try inlines(of: children)))
            case "br": result.append(.lineBreak)
            case "span":
                let classes = (XHTMLNode.attribute(node, "class") ?? "").split(separator: " ").map(String.init)
                result.append(.span(classes: classes, content: try inlines(of: children)))
            case "img": result.append(.image(image(node)))
            default: throw Self.misplaced(name, node)
            }
        }
        return InlineWhitespace.merge(result)
    }
}

/// HTML white-space rules for inline content: runs collapse to one space, edges trimmed per paragraph.
enum InlineWhitespace {
    static func collapse(_ text: String) -> String {
        var result = ""
        var lastWasSpace = false
        for character in text {
            if character == " " || character == "\n" || character == "\t" || character == "\r" {
                if !lastWasSpace { result.append(" ") }
                lastWasSpace = true
            } else {
                result.append(character)
                lastWasSpace = false
            }
        }
        return result
    }

    /// Joins adjacent text runs.
    static func merge(_ inlines: [Inline]) -> [Inline] {
        var result: [Inline] = []
        for inline in inlines {
            if case .text(let next) = inline, case .text(let previous)? = result.last {
                result[result.count - 1] = .text(collapse(previous + next))
            } else {
                result.append(inline)
            }
        }
        return result
    }

    /// Removes leading and trailing spaces of a paragraph, looking inside formatting.
    static func trim(_ inlines: [Inline]) -> [Inline] {
        var result = inlines
        trimEdge(&result, leading: true)
        trimEdge(&result, leading: false)
        return result
    }

    private static func trimEdge(_ inlines: inout [Inline], leading: Bool) {
        while let index = leading ? inlines.indices.first : inlines.indices.last {
            switch inlines[index] {
            case .text(let text):
                let trimmed = leading ? String(text.drop(while: { $0 == " " })) : String(text.reversed().drop(while: { $0 == " " }).reversed())
                if trimmed.isEmpty {
                    inlines.remove(at: index)
                    continue
                }
                inlines[index] = .text(trimmed)
                return
            case .strong(var content):
                trimEdge(&content, leading: leading)
                inlines[index] = .strong(content)
                return
            case .emphasis(var content):
                trimEdge(&content, leading: leading)
                inlines[index] = .emphasis(content)
                return
            case .underline, .link, .lineBreak, .span, .image, .tracked:
                return
            }
        }
    }
}
