import CLibXML2

/// A streaming XML writer over libxml2's `xmlTextWriter`.
///
/// Escaping is libxml2's; characters XML 1.0 forbids are removed by ``XMLText/sanitized(_:)``
/// before they reach it, so user text can never make a part unreadable.
public final class XMLWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    private let isFragment: Bool

    /// Creates a writer and starts the document (`<?xml version="1.0" encoding="UTF-8"?>`).
    ///
    /// - Parameter standalone: Writes `standalone="yes"` in the declaration (OOXML convention).
    public init(standalone: Bool = false) {
        buffer = xmlBufferCreate()
        writer = xmlNewTextWriterMemory(buffer, 0)
        isFragment = false
        xmlTextWriterStartDocument(writer, "1.0", "UTF-8", standalone ? "yes" : nil)
    }

    /// Creates a writer of a fragment: elements without an XML declaration, to be placed inside a
    /// part whose order differs from the order they are found in (ODF automatic styles and tracked
    /// changes precede the body that creates them). Its prefixes are the enclosing part's.
    init(fragment: Void) {
        buffer = xmlBufferCreate()
        writer = xmlNewTextWriterMemory(buffer, 0)
        isFragment = true
    }

    /// Writes a fragment made by another writer (``init(fragment:)``), as a child of the open element.
    func insert(_ fragment: XMLWriter) {
        xmlTextWriterWriteRaw(writer, fragment.finishString())
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    /// Opens an element: `<name`.
    public func start(_ name: String) {
        xmlTextWriterStartElement(writer, name)
    }

    /// Writes an attribute of the open element (value sanitized and escaped).
    public func attribute(_ name: String, _ value: String) {
        xmlTextWriterWriteAttribute(writer, name, XMLText.sanitized(value))
    }

    /// Writes text content (sanitized and escaped).
    public func text(_ value: String) {
        xmlTextWriterWriteString(writer, XMLText.sanitized(value))
    }

    /// Writes already-serialized, well-formed markup as is.
    public func raw(_ markup: String) {
        xmlTextWriterWriteRaw(writer, markup)
    }

    /// Closes the innermost open element (`/>` when it is empty).
    public func end() {
        xmlTextWriterEndElement(writer)
    }

    /// Writes `<name attr…>text</name>` in one call.
    public func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String? = nil) {
        start(name)
        for (key, value) in attributes { attribute(key, value) }
        if let text { self.text(text) }
        end()
    }

    /// Opens an element, writes its attributes, runs `body` for the content and closes it.
    public func element(
        _ name: String, _ attributes: KeyValuePairs<String, String> = [:], body: () throws -> Void
    ) rethrows {
        start(name)
        for (key, value) in attributes { attribute(key, value) }
        try body()
        end()
    }

    /// Closes every open element and returns the document's bytes.
    public func finish() -> [UInt8] {
        if !isFragment { xmlTextWriterEndDocument(writer) }
        xmlTextWriterFlush(writer)
        let length = Int(xmlBufferLength(buffer))
        guard length > 0, let content = xmlBufferContent(buffer) else { return [] }
        return [UInt8](UnsafeBufferPointer(start: content, count: length))
    }

    /// Closes every open element and returns the document as text.
    public func finishString() -> String {
        String(decoding: finish(), as: UTF8.self)
    }
}
