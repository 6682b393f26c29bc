import CLibXML2
import Foundation

/// Parses the XHTML a template rendered into the format-neutral ``Document`` model (libxml2).
///
/// The reader accepts only ``XHTMLVocabulary``; an unknown element or malformed markup is an
/// ``XHTMLProblem`` with its line, which the caller maps back to the template file.
struct XHTMLReader {
    /// Parses a fragment (the template output, without a root element).
    static func parseFragment(_ fragment: String) throws -> [Block] {
        let text = "<\(XHTMLVocabulary.root)>" + fragment + "</\(XHTMLVocabulary.root)>"
        return try withParsedDocument(text) { root in
            var reader = XHTMLReader()
            return try reader.blocks(in: root)
        }
    }

    /// Checks that a text is well-formed XML using only the vocabulary (used on template sources).
    static func checkMarkup(_ fragment: String) throws {
        let text = "<\(XHTMLVocabulary.root)>" + fragment + "</\(XHTMLVocabulary.root)>"
        try withParsedDocument(text) { root in try checkVocabulary(root) }
    }

    private static func checkVocabulary(_ node: xmlNodePtr) throws {
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE {
                let name = XHTMLNode.name(current)
                guard XHTMLVocabulary.isKnown(name) else { throw unknownElement(name, current) }
                try checkVocabulary(current)
            }
            child = current.pointee.next
        }
    }

    static func unknownElement(_ name: String, _ node: xmlNodePtr) -> XHTMLProblem {
        XHTMLProblem(
            line: Int(xmlGetLineNo(node)),
            message: LocalizedMessage(
                es: "elemento «<\(name)>» no permitido en las plantillas; use: \(XHTMLVocabulary.allNames.joined(separator: ", "))",
                en: "element «<\(name)>» is not allowed in templates; use: \(XHTMLVocabulary.allNames.joined(separator: ", "))"))
    }

    /// Parses `text` with libxml2 (no network, no entity expansion) and hands the root to `body`.
    private static func withParsedDocument<T>(_ text: String, _ body: (xmlNodePtr) throws -> T) throws -> T {
        let collector = XMLErrorCollector()
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOBLANKS.rawValue * 0 | XML_PARSE_NOENT.rawValue * 0)
        let document: xmlDocPtr? = collector.capture {
            text.withCString { pointer in
                xmlReadMemory(pointer, Int32(strlen(pointer)), "plantilla.xhtml", "UTF-8", options)
            }
        }
        guard let document else {
            let first = collector.errors.first ?? (1, "documento vacío")
            throw XHTMLProblem(
                line: first.0,
                message: LocalizedMessage(es: "marcado mal formado: \(first.1)", en: "malformed markup: \(first.1)"))
        }
        defer { xmlFreeDoc(document) }
        if let first = collector.errors.first {
            throw XHTMLProblem(
                line: first.0,
                message: LocalizedMessage(es: "marcado mal formado: \(first.1)", en: "malformed markup: \(first.1)"))
        }
        guard let root = xmlDocGetRootElement(document) else {
            throw XHTMLProblem(line: 1, message: LocalizedMessage(es: "documento vacío", en: "empty document"))
        }
        return try body(root)
    }
}
