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
        // Byte-wise: the four white-space characters are ASCII, and grapheme iteration was a
        // measurable share of a build.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var lastWasSpace = false
        for byte in text.utf8 {
            if byte == 0x20 || byte == 0x0a || byte == 0x09 || byte == 0x0d {
                if !lastWasSpace { bytes.append(0x20) }
                lastWasSpace = true
            } else {
                bytes.append(byte)
                lastWasSpace = false
            }
        }
        return String(decoding: bytes, as: UTF8.self)
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
                let trimmed = trimmingSpaces(text, leading: leading)
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

    /// `text` without its leading or trailing spaces (ASCII, so UTF-8 positions are character boundaries).
    static func trimmingSpaces(_ text: String, leading: Bool) -> String {
        let utf8 = text.utf8
        if leading {
            guard let first = utf8.firstIndex(where: { $0 != 0x20 }) else { return "" }
            return String(text[first...])
        }
        guard let last = utf8.lastIndex(where: { $0 != 0x20 }) else { return "" }
        return String(text[..<utf8.index(after: last)])
    }
}
