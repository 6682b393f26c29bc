import CLibXML2
import Foundation

/// A served page parsed with libxml2's HTML parser, queried with XPath: the tests assert on the
/// elements a person and a screen reader meet (headings, labels, links, options), not on substrings.
final class HTMLQuery {
    private let document: htmlDocPtr?

    /// Parses `html` (no network access; parser errors are ignored: the Nu checker judges validity).
    init(_ html: String) {
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue)
        document = html.withCString { htmlReadMemory($0, Int32(strlen($0)), "pagina.html", "UTF-8", options) }
    }

    deinit { if let document { xmlFreeDoc(document) } }

    /// The text content of every node `xpath` selects (attributes give their values), whitespace collapsed.
    func texts(_ xpath: String) -> [String] {
        guard let document, let context = xmlXPathNewContext(document) else { return [] }
        defer { xmlXPathFreeContext(context) }
        guard let result = xmlXPathEvalExpression(xpath, context) else { return [] }
        defer { xmlXPathFreeObject(result) }
        guard let set = result.pointee.nodesetval else { return [] }
        var values: [String] = []
        for index in 0..<Int(set.pointee.nodeNr) {
            guard let node = set.pointee.nodeTab[index], let content = xmlNodeGetContent(node) else { continue }
            let text = String(cString: content)
            calidoc_xml_free(content)
            values.append(text.split(whereSeparator: \.isWhitespace).joined(separator: " "))
        }
        return values
    }

    /// The first text `xpath` selects.
    func text(_ xpath: String) -> String? { texts(xpath).first }

    /// How many nodes `xpath` selects.
    func count(_ xpath: String) -> Int { texts(xpath).count }
}
