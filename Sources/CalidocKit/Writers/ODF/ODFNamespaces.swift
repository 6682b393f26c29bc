/// Namespace declarations used by calidoc's ODF parts (ODF 1.3).
enum ODFNamespaces {
    /// LibreOffice's extension namespace (foreign markup for ODF 1.3: an extended document).
    static let libreOfficeExtension = "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"

    static let all: KeyValuePairs<String, String> = [
        "xmlns:office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
        "xmlns:style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
        "xmlns:text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
        "xmlns:table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
        "xmlns:draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
        "xmlns:fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
        "xmlns:xlink": "http://www.w3.org/1999/xlink",
        "xmlns:dc": "http://purl.org/dc/elements/1.1/",
        "xmlns:meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
        "xmlns:number": "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",
        "xmlns:svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
        "xmlns:config": "urn:oasis:names:tc:opendocument:xmlns:config:1.0",
        "xmlns:presentation": "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0",
        // Only a redline's whole-row changes use it (`loext:text-changes-only`, see ODFTextBody+Redline).
        "xmlns:loext": libreOfficeExtension,
    ]

    /// Writes every declaration on the open element.
    static func declare(on writer: XMLWriter) {
        for (name, value) in all { writer.attribute(name, value) }
    }
}

/// Unit helpers for ODF lengths.
enum ODFLength {
    /// `20pt`, `10.5pt`: a font size.
    static func points(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        var text = String(rounded)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text + "pt"
    }

    /// `12.345cm` with at most three decimals.
    static func cm(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        var text = String(rounded)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text + "cm"
    }
}
