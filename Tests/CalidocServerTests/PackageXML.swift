import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One XML part of a downloaded package (DOCX, PPTX …) read with an XML parser: element counts and
/// the text of named elements, by qualified name (`w:ins`, `a:t`).
struct PackageXML {
    /// Qualified element names in document order.
    private(set) var elements: [String] = []
    /// Text of each element, by qualified name.
    private(set) var texts: [String: [String]] = [:]
    /// Whether the part parsed as XML.
    private(set) var wellFormed = false

    init(_ bytes: [UInt8]) {
        let collector = Collector()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = collector
        wellFormed = parser.parse()
        elements = collector.elements
        texts = collector.texts
    }

    /// How many `name` elements the part holds.
    func count(_ name: String) -> Int { elements.filter { $0 == name }.count }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [String] = []
        var texts: [String: [String]] = [:]
        private var open: [(String, String)] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            elements.append(qualifiedName ?? name)
            open.append((qualifiedName ?? name, ""))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if !open.isEmpty { open[open.count - 1].1 += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            guard let (element, text) = open.popLast() else { return }
            texts[element, default: []].append(text)
        }
    }
}
