import CLibXML2
import Foundation

/// An institution's reference DOCX (pandoc's `--reference-doc` convention): its styles, page
/// setup (`w:sectPr`), header and footer parts with their images; calidoc adds only missing styles.
///
/// Every part is read as a tree (``XMLTree``), never by searching the text.
struct DOCXReference {
    let styles: [UInt8]
    /// The reference's last `w:sectPr`, when it has one.
    private let section: (tree: XMLTree, node: xmlNodePtr)?
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
        guard let stylesBytes = archive.data("word/styles.xml") else {
            throw WriterError.badReference(name: name, reason: "no contiene word/styles.xml")
        }
        guard let stylesTree = XMLTree(stylesBytes), let stylesRoot = stylesTree.root,
            XMLTree.localName(stylesRoot) == "styles", XMLTree.namespaceURI(stylesRoot) == DOCXStyles.namespace
        else {
            throw WriterError.badReference(name: name, reason: "su word/styles.xml no es XML de estilos de Word legible")
        }
        let present = Set(stylesTree.strings("/w:styles/w:style/@w:styleId"))
        let missing = DOCXStyles.all.filter { !present.contains($0.id) }
        if !missing.isEmpty, let additions = XMLTree(fragment: missing.map(\.xml).joined(), root: "w:styles") {
            stylesTree.append(childrenOf: additions, to: stylesRoot)
        }
        self.styles = stylesTree.serialized()

        let documentTree = archive.data("word/document.xml").flatMap(XMLTree.init)
        let sectionNode = documentTree.flatMap { tree in
            tree.nodes("/w:document/w:body/w:sectPr").last ?? tree.nodes("//w:sectPr").last
        }
        let referenced = Set(sectionNode.map { node in
            documentTree?.strings("w:headerReference/@r:id | w:footerReference/@r:id", from: node) ?? []
        } ?? [])
        var relationships: [OOXMLRelationship] = []
        var parts: [PackagePart] = []
        var contentTypes: [(String, String)] = []
        var media: [(String, String)] = []
        let main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        for relationship in OOXMLRelationship.read(archive.data("word/_rels/document.xml.rels")) {
            let kind = relationship.type.split(separator: "/").last.map(String.init) ?? ""
            guard kind == "header" || kind == "footer", referenced.contains(relationship.id) else { continue }
            let path = "word/" + relationship.target
            guard let data = archive.data(path), !parts.contains(where: { $0.path == path }) else { continue }
            relationships.append(OOXMLRelationship(id: relationship.id, type: kind, target: relationship.target))
            parts.append(PackagePart(path: path, data: data))
            contentTypes.append(("/" + path, "\(main).\(kind)+xml"))
            let relsPath = "word/_rels/\(relationship.target).rels"
            if let rels = archive.data(relsPath) {
                parts.append(PackagePart(path: relsPath, data: rels))
                for inner in OOXMLRelationship.read(rels) where inner.type.hasSuffix("/image") {
                    let mediaPath = "word/" + inner.target
                    guard let bytes = archive.data(mediaPath), !parts.contains(where: { $0.path == mediaPath }) else { continue }
                    parts.append(PackagePart(path: mediaPath, data: bytes, compression: .stored))
                    media.append((String(mediaPath.split(separator: ".").last ?? "bin"), ImageSize.mediaType(bytes) ?? "application/octet-stream"))
                }
            }
        }
        if let documentTree, let sectionNode { section = (documentTree, sectionNode) } else { section = nil }
        self.relationships = relationships
        self.parts = parts
        self.contentTypes = contentTypes
        self.mediaDefaults = media
    }

    /// Writes the reference's page setup as the body's `w:sectPr`; header and footer references
    /// whose parts were not copied are left out, so the section never points at a missing part.
    func writeSectionProperties(_ writer: XMLWriter) {
        guard let section else {
            DOCXParts.writeSectionProperties(writer, headerAndFooter: false)
            return
        }
        let kept = Set(relationships.map(\.id))
        XMLTree.write(section.node, to: writer, prefixes: DOCXParts.prefixes) { node in
            let name = XMLTree.localName(node)
            guard name == "headerReference" || name == "footerReference" else { return true }
            return XMLTree.attribute(node, "id", namespace: OOXMLNamespace.officeRelationships).map(kept.contains) ?? false
        }
    }
}
