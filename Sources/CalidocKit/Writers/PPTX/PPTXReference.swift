import Foundation

/// An institution's reference PPTX: its slide master, layouts, theme and media are used as they
/// are, and calidoc's slides pick the reference's layouts by name ("Título" / "Title Slide",
/// "Título y objetos" / "Title and Content"), or by layout type when no name matches.
struct PPTXReference {
    /// The reference's master, layout, theme and media parts, with their relationships.
    let parts: [PackagePart]
    /// Content types of those parts.
    let contentTypes: [(String, String)]
    /// Media extensions → types.
    let mediaDefaults: [(String, String)]
    /// Master path relative to `ppt/` (e.g. `slideMasters/slideMaster1.xml`).
    let master: String
    /// Theme path relative to `ppt/`.
    let theme: String?
    /// Layouts to use, relative to `ppt/`.
    let titleLayout: String
    let contentLayout: String
    /// The reference's slide size (`p:sldSz`: cx, cy and optional type).
    let slideSize: (cx: String, cy: String, type: String?)?

    init(bytes: [UInt8], name: String) throws {
        let archive = try ZipReader.reference(bytes: bytes, name: name, kind: "PPTX")
        let relationships = OOXMLRelationship.read(archive.data("ppt/_rels/presentation.xml.rels"))
        guard let master = relationships.first(where: { $0.type.hasSuffix("/slideMaster") })?.target,
            archive.data("ppt/" + master) != nil
        else {
            throw WriterError.badReference(name: name, reason: "no tiene patrón de diapositivas (slideMaster)")
        }
        self.master = master
        let masterRelationships = OOXMLRelationship.read(archive.data("ppt/slideMasters/_rels/\(URL(fileURLWithPath: master).lastPathComponent).rels"))
        theme = masterRelationships.first { $0.type.hasSuffix("/theme") }.map { "theme/" + URL(fileURLWithPath: $0.target).lastPathComponent }
        var layouts: [(path: String, name: String, type: String)] = []
        for relationship in masterRelationships where relationship.type.hasSuffix("/slideLayout") {
            let path = "slideLayouts/" + URL(fileURLWithPath: relationship.target).lastPathComponent
            let tree = archive.data("ppt/" + path).flatMap(XMLTree.init)
            layouts.append((path, tree?.string("/p:sldLayout/p:cSld/@name") ?? "", tree?.string("/p:sldLayout/@type") ?? ""))
        }
        guard let first = layouts.first else {
            throw WriterError.badReference(name: name, reason: "su patrón no tiene diseños (slideLayouts)")
        }
        func pick(names: [String], type: String) -> String {
            layouts.first { layout in names.contains { $0.caseInsensitiveCompare(layout.name) == .orderedSame } }?.path
                ?? layouts.first { $0.type == type }?.path ?? first.path
        }
        titleLayout = pick(names: ["Título", "Diapositiva de título", "Title Slide"], type: "title")
        contentLayout = pick(names: ["Título y objetos", "Título y contenido", "Title and Content"], type: "obj")
        let presentation = archive.data("ppt/presentation.xml").flatMap(XMLTree.init)
        slideSize = presentation?.nodes("/p:presentation/p:sldSz").first.flatMap { node in
            guard let cx = XMLTree.attribute(node, "cx"), let cy = XMLTree.attribute(node, "cy") else { return nil }
            return (cx, cy, XMLTree.attribute(node, "type"))
        }
        var overrides: [String: String] = [:]
        if let types = archive.data("[Content_Types].xml").flatMap(XMLTree.init) {
            for node in types.nodes("/ct:Types/ct:Override") {
                guard let part = XMLTree.attribute(node, "PartName"), let type = XMLTree.attribute(node, "ContentType") else { continue }
                overrides[part] = type
            }
        }
        var parts: [PackagePart] = []
        var contentTypes: [(String, String)] = []
        var media: [(String, String)] = []
        for entry in archive.entryNames {
            let copied = ["ppt/slideMasters/", "ppt/slideLayouts/", "ppt/theme/", "ppt/media/"].contains { entry.hasPrefix($0) }
            guard copied, let data = archive.data(entry) else { continue }
            parts.append(PackagePart(path: entry, data: data))
            if entry.hasPrefix("ppt/media/") {
                media.append((String(entry.split(separator: ".").last ?? "bin"), ImageSize.mediaType(data) ?? "application/octet-stream"))
            } else if entry.hasSuffix(".xml"), let type = overrides["/" + entry] {
                contentTypes.append(("/" + entry, type))
            }
        }
        self.parts = parts
        self.contentTypes = contentTypes
        self.mediaDefaults = media
    }
}
