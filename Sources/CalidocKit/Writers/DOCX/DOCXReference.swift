import Foundation

/// An institution's reference DOCX (pandoc's `--reference-doc` convention): its styles, page
/// setup (`w:sectPr`), header and footer parts with their images; calidoc adds only missing styles.
struct DOCXReference {
    let styles: [UInt8]
    let sectionProperties: String
    /// Header/footer relationships of `document.xml`, with the reference's ids.
    let relationships: [OOXMLRelationship]
    /// Header/footer parts, their `.rels` and media.
    let parts: [PackagePart]
    /// Overrides for the copied header/footer parts.
    let contentTypes: [(String, String)]
    /// Media extensions → types.
    let mediaDefaults: [(String, String)]

    init(bytes: [UInt8], name: String) throws {
        let archive = try ZipReader.reference(bytes: bytes, name: name, kind: "DOCX")
        guard var styles = archive.text("word/styles.xml"), let close = styles.range(of: "</w:styles>") else {
            throw WriterError.badReference(name: name, reason: "no contiene word/styles.xml")
        }
        let missing = DOCXStyles.all.filter { !styles.contains("w:styleId=\"\($0.id)\"") }
        styles.replaceSubrange(close.lowerBound..<close.lowerBound, with: missing.map(\.xml).joined())
        self.styles = Array(styles.utf8)

        let document = archive.text("word/document.xml") ?? ""
        var sectionProperties: String
        if let start = document.range(of: "<w:sectPr", options: .backwards),
            let end = document.range(of: "</w:sectPr>", range: start.lowerBound..<document.endIndex)
        {
            sectionProperties = String(document[start.lowerBound..<end.upperBound])
        } else {
            sectionProperties = DOCXParts.sectionProperties
                .replacingOccurrences(of: "<w:headerReference w:type=\"default\" r:id=\"rIdEncabezado\"/><w:footerReference w:type=\"default\" r:id=\"rIdPie\"/>", with: "")
        }
        var relationships: [OOXMLRelationship] = []
        var parts: [PackagePart] = []
        var contentTypes: [(String, String)] = []
        var media: [(String, String)] = []
        let main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        for relationship in Self.relationships(in: archive.text("word/_rels/document.xml.rels") ?? "") {
            let kind = relationship.type.split(separator: "/").last.map(String.init) ?? ""
            guard kind == "header" || kind == "footer", sectionProperties.contains("\"\(relationship.id)\"") else { continue }
            let path = "word/" + relationship.target
            guard let data = archive.data(path) else { continue }
            relationships.append(OOXMLRelationship(id: relationship.id, type: kind, target: relationship.target))
            parts.append(PackagePart(path: path, data: data))
            contentTypes.append(("/" + path, "\(main).\(kind)+xml"))
            let relsPath = "word/_rels/\(relationship.target).rels"
            if let rels = archive.text(relsPath) {
                parts.append(PackagePart(path: relsPath, text: rels))
                for inner in Self.relationships(in: rels) where inner.type.hasSuffix("/image") {
                    let mediaPath = "word/" + inner.target
                    guard let bytes = archive.data(mediaPath), !parts.contains(where: { $0.path == mediaPath }) else { continue }
                    parts.append(PackagePart(path: mediaPath, data: bytes, compression: .stored))
                    media.append((String(mediaPath.split(separator: ".").last ?? "bin"), ImageSize.mediaType(bytes) ?? "application/octet-stream"))
                }
            }
        }
        // Without its header/footer the reference's section would point at missing parts.
        if relationships.isEmpty {
            sectionProperties = sectionProperties.replacingOccurrences(
                of: "<w:(header|footer)Reference[^>]*/>", with: "", options: .regularExpression)
        }
        self.sectionProperties = sectionProperties
        self.relationships = relationships
        self.parts = parts
        self.contentTypes = contentTypes
        self.mediaDefaults = media
    }

    /// (Id, Type, Target) of each `<Relationship>` of a `.rels` part.
    static func relationships(in rels: String) -> [(id: String, type: String, target: String)] {
        var result: [(String, String, String)] = []
        var rest = Substring(rels)
        while let start = rest.range(of: "<Relationship ") {
            guard let end = rest.range(of: ">", range: start.upperBound..<rest.endIndex) else { break }
            let element = rest[start.lowerBound..<end.upperBound]
            func attribute(_ name: String) -> String? {
                guard let range = element.range(of: " \(name)=\"") else { return nil }
                return String(element[range.upperBound...].prefix { $0 != "\"" })
            }
            if let id = attribute("Id"), let type = attribute("Type"), let target = attribute("Target") {
                result.append((id, type, target))
            }
            rest = rest[end.upperBound...]
        }
        return result
    }
}
