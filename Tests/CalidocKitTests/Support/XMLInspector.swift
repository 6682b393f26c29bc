import CLibXML2
import Foundation
@testable import CalidocKit

/// Parses XML written by a writer and answers XPath queries (namespaces from ODF and OOXML).
final class XMLInspector {
    private let document: xmlDocPtr
    private let context: xmlXPathContextPtr

    init?(_ text: String) {
        guard let document = text.withCString({ xmlReadMemory($0, Int32(strlen($0)), "part.xml", "UTF-8", Int32(XML_PARSE_NONET.rawValue)) }),
            let context = xmlXPathNewContext(document)
        else { return nil }
        self.document = document
        self.context = context
        for (prefix, uri) in Self.namespaces { xmlXPathRegisterNs(context, prefix, uri) }
    }

    deinit {
        xmlXPathFreeContext(context)
        xmlFreeDoc(document)
    }

    static let namespaces: [(String, String)] = ODFNamespaces.all.map { (String($0.key.dropFirst("xmlns:".count)), $0.value) } + [
        ("manifest", "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"),
        ("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
        ("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
        ("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
        ("a", "http://schemas.openxmlformats.org/drawingml/2006/main"),
        ("p", "http://schemas.openxmlformats.org/presentationml/2006/main"),
        ("c", "http://schemas.openxmlformats.org/drawingml/2006/chart"),
        ("pr", "http://schemas.openxmlformats.org/package/2006/relationships"),
        ("ct", "http://schemas.openxmlformats.org/package/2006/content-types"),
    ]

    /// Text content of every node matching `xpath`.
    func strings(_ xpath: String) -> [String] {
        guard let result = xmlXPathEvalExpression(xpath, context) else { return [] }
        defer { xmlXPathFreeObject(result) }
        guard let set = result.pointee.nodesetval, set.pointee.nodeNr > 0 else { return [] }
        return (0..<Int(set.pointee.nodeNr)).compactMap { index in
            guard let node = set.pointee.nodeTab[index], let content = xmlNodeGetContent(node) else { return nil }
            defer { calidoc_xml_free(content) }
            return String(cString: content)
        }
    }

    /// Number of nodes matching `xpath`.
    func count(_ xpath: String) -> Int { strings(xpath).count }
}
