import CLibXML2

/// An XML part of an untrusted package (a reference ODT/DOCX/PPTX) read as a tree with libxml2 and
/// queried with XPath, so quoting style (`Id='rId1'`), line breaks between attributes, namespace
/// prefixes and attribute order do not change what is found. No network, no entity expansion, and
/// a part with a DTD (which could declare entities) is refused.
final class XMLTree {
    /// Namespace prefixes the XPath queries use, whatever prefixes the part itself chose.
    static let namespaces: [(prefix: String, uri: String)] = [
        ("w", DOCXStyles.namespace),
        ("r", OOXMLNamespace.officeRelationships),
        ("rel", OOXMLNamespace.relationships),
        ("ct", OOXMLNamespace.contentTypes),
        ("p", "http://schemas.openxmlformats.org/presentationml/2006/main"),
        ("a", "http://schemas.openxmlformats.org/drawingml/2006/main"),
        ("manifest", manifestNamespace),
    ] + ODFNamespaces.all.map { (String($0.key.dropFirst("xmlns:".count)), $0.value) }

    /// The ODF manifest's namespace.
    static let manifestNamespace = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"

    let document: xmlDocPtr

    /// Parses `bytes`; `nil` when they are not well-formed XML.
    init?(_ bytes: [UInt8]) {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let parsed: xmlDocPtr? = XMLErrorCollector().capture {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress.flatMap { base in
                    base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                        xmlReadMemory(pointer, Int32(clamping: buffer.count), "referencia.xml", nil, options)
                    }
                }
            }
        }
        guard let parsed else { return nil }
        // Package parts never have a DTD; one could declare entities that expand without bound
        // when the tree's text is read, so a part with one is not read at all.
        guard xmlDocGetRootElement(parsed) != nil, parsed.pointee.intSubset == nil, parsed.pointee.extSubset == nil else {
            xmlFreeDoc(parsed)
            return nil
        }
        document = parsed
    }

    /// Parses a fragment of markup calidoc itself wrote (style definitions), wrapped in `root`
    /// with every namespace of ``namespaces`` declared.
    convenience init?(fragment: String, root: String) {
        var text = "<\(root)"
        for (prefix, uri) in Self.namespaces { text += " xmlns:\(prefix)=\"\(uri)\"" }
        text += ">" + fragment + "</\(root)>"
        self.init(Array(text.utf8))
    }

    deinit {
        xmlFreeDoc(document)
    }

    /// The root element.
    var root: xmlNodePtr? { xmlDocGetRootElement(document) }

    /// The nodes `xpath` selects (elements or attributes), in document order.
    func nodes(_ xpath: String, from context: xmlNodePtr? = nil) -> [xmlNodePtr] {
        guard let evaluation = xmlXPathNewContext(document) else { return [] }
        defer { xmlXPathFreeContext(evaluation) }
        for (prefix, uri) in Self.namespaces { xmlXPathRegisterNs(evaluation, prefix, uri) }
        if let context { evaluation.pointee.node = context }
        guard let result = XMLErrorCollector().capture({ xmlXPathEvalExpression(xpath, evaluation) }) else { return [] }
        defer { xmlXPathFreeObject(result) }
        guard let set = result.pointee.nodesetval, set.pointee.nodeNr > 0, let table = set.pointee.nodeTab else { return [] }
        return (0..<Int(set.pointee.nodeNr)).compactMap { table[$0] }
    }

    /// The text value of each node `xpath` selects (attribute values, element text).
    func strings(_ xpath: String, from context: xmlNodePtr? = nil) -> [String] {
        nodes(xpath, from: context).map(Self.content)
    }

    /// The text value of the first node `xpath` selects.
    func string(_ xpath: String, from context: xmlNodePtr? = nil) -> String? {
        nodes(xpath, from: context).first.map(Self.content)
    }

    /// An attribute without namespace (`Id`, `Type`, `Target` of relationships).
    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetNoNsProp(node, name) else { return nil }
        defer { calidoc_xml_free(value) }
        return String(cString: value)
    }

    /// An attribute in a namespace (`w:styleId`, `r:id`).
    static func attribute(_ node: xmlNodePtr, _ name: String, namespace: String) -> String? {
        guard let value = xmlGetNsProp(node, name, namespace) else { return nil }
        defer { calidoc_xml_free(value) }
        return String(cString: value)
    }

    static func content(_ node: xmlNodePtr) -> String {
        guard let value = xmlNodeGetContent(node) else { return "" }
        defer { calidoc_xml_free(value) }
        return String(cString: value)
    }

    /// The local name of an element.
    static func localName(_ node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    /// The namespace URI of an element or attribute.
    static func namespaceURI(_ node: xmlNodePtr) -> String? {
        node.pointee.ns?.pointee.href.map { String(cString: $0) }
    }

    /// Child elements of `node`.
    static func children(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(current) }
            child = current.pointee.next
        }
        return result
    }

    /// Appends a deep copy of each child element of `source`'s root to `parent` (a node of this
    /// tree), reconciling namespaces so the copies use this tree's declarations.
    func append(childrenOf source: XMLTree, to parent: xmlNodePtr) {
        guard let sourceRoot = source.root else { return }
        for child in Self.children(sourceRoot) {
            var copy: xmlNodePtr?
            guard xmlDOMWrapCloneNode(nil, source.document, child, &copy, document, parent, 1, 0) == 0, let copy else { continue }
            xmlAddChild(parent, copy)
        }
        xmlReconciliateNs(document, parent)
    }

    /// The tree serialized as UTF-8 (libxml2's serializer: escaping and namespaces are its own).
    func serialized() -> [UInt8] {
        var memory: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpMemoryEnc(document, &memory, &size, "UTF-8")
        guard let memory, size > 0 else { return [] }
        defer { calidoc_xml_free(memory) }
        return Array(UnsafeBufferPointer(start: memory, count: Int(size)))
    }

    /// Writes `node` and its content through `writer`, element by element, using `prefixes`
    /// (namespace URI → prefix) for the namespaces the target part already declares; any other
    /// namespace is declared on the element that uses it. Elements for which `keep` is false are
    /// left out with their content.
    static func write(
        _ node: xmlNodePtr, to writer: XMLWriter, prefixes: [String: String], keep: (xmlNodePtr) -> Bool = { _ in true }
    ) {
        guard keep(node) else { return }
        var declared: Set<String> = []
        var pendingDeclarations: [(String, String)] = []
        func qualified(_ name: String, _ namespace: UnsafeMutablePointer<xmlNs>?) -> String {
            guard let namespace, let href = namespace.pointee.href.map({ String(cString: $0) }) else { return name }
            if let prefix = prefixes[href] { return prefix.isEmpty ? name : prefix + ":" + name }
            let own = namespace.pointee.prefix.map { String(cString: $0) } ?? ""
            let prefix = own.isEmpty ? "ns" : own
            if !declared.contains(prefix) {
                declared.insert(prefix)
                pendingDeclarations.append(("xmlns:" + prefix, href))
            }
            return prefix + ":" + name
        }
        let name = qualified(localName(node), node.pointee.ns)
        var attributes: [(String, String)] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            let attributeName = current.pointee.name.map { String(cString: $0) } ?? ""
            let value: String = {
                guard let raw = xmlNodeGetContent(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self)) else { return "" }
                defer { calidoc_xml_free(raw) }
                return String(cString: raw)
            }()
            attributes.append((qualified(attributeName, current.pointee.ns), value))
            attribute = current.pointee.next
        }
        writer.start(name)
        for (key, value) in pendingDeclarations { writer.attribute(key, value) }
        for (key, value) in attributes { writer.attribute(key, value) }
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE: write(current, to: writer, prefixes: prefixes, keep: keep)
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: writer.text(content(current))
            default: break
            }
            child = current.pointee.next
        }
        writer.end()
    }
}
