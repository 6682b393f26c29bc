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
    /// `<p:sldSz …/>` of the reference.
    let slideSize: String?

    init(bytes: [UInt8], name: String) throws {
        let archive = try ZipReader.reference(bytes: bytes, name: name, kind: "PPTX")
        let relationships = DOCXReference.relationships(in: archive.text("ppt/_rels/presentation.xml.rels") ?? "")
        guard let master = relationships.first(where: { $0.type.hasSuffix("/slideMaster") })?.target,
            archive.data("ppt/" + master) != nil
        else {
            throw WriterError.badReference(name: name, reason: "no tiene patrón de diapositivas (slideMaster)")
        }
        self.master = master
        let masterRelationships = DOCXReference.relationships(in: archive.text("ppt/slideMasters/_rels/\(URL(fileURLWithPath: master).lastPathComponent).rels") ?? "")
        theme = masterRelationships.first { $0.type.hasSuffix("/theme") }.map { "theme/" + URL(fileURLWithPath: $0.target).lastPathComponent }
        var layouts: [(path: String, name: String, type: String)] = []
        for relationship in masterRelationships where relationship.type.hasSuffix("/slideLayout") {
            let path = "slideLayouts/" + URL(fileURLWithPath: relationship.target).lastPathComponent
            let xml = archive.text("ppt/" + path) ?? ""
            layouts.append((path, Self.attribute("name", of: "<p:cSld", in: xml) ?? "", Self.attribute("type", of: "<p:sldLayout", in: xml) ?? ""))
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
        let presentation = archive.text("ppt/presentation.xml") ?? ""
        slideSize = presentation.range(of: "<p:sldSz").flatMap { start in
            presentation.range(of: "/>", range: start.lowerBound..<presentation.endIndex).map { String(presentation[start.lowerBound..<$0.upperBound]) }
        }
        let types = archive.text("[Content_Types].xml") ?? ""
        var parts: [PackagePart] = []
        var contentTypes: [(String, String)] = []
        var media: [(String, String)] = []
        for entry in archive.entryNames {
            let copied = ["ppt/slideMasters/", "ppt/slideLayouts/", "ppt/theme/", "ppt/media/"].contains { entry.hasPrefix($0) }
            guard copied, let data = archive.data(entry) else { continue }
            parts.append(PackagePart(path: entry, data: data))
            if entry.hasPrefix("ppt/media/") {
                media.append((String(entry.split(separator: ".").last ?? "bin"), ImageSize.mediaType(data) ?? "application/octet-stream"))
            } else if entry.hasSuffix(".xml"), let type = Self.attribute("ContentType", ofOverride: "/" + entry, in: types) {
                contentTypes.append(("/" + entry, type))
            }
        }
        self.parts = parts
        self.contentTypes = contentTypes
        self.mediaDefaults = media
    }

    static func attribute(_ name: String, of element: String, in xml: String) -> String? {
        guard let start = xml.range(of: element), let end = xml.range(of: ">", range: start.upperBound..<xml.endIndex) else { return nil }
        let tag = xml[start.lowerBound..<end.upperBound]
        guard let value = tag.range(of: " \(name)=\"") else { return nil }
        return String(tag[value.upperBound...].prefix { $0 != "\"" })
    }

    static func attribute(_ name: String, ofOverride part: String, in types: String) -> String? {
        guard let start = types.range(of: "PartName=\"\(part)\"") else { return nil }
        let tagStart = types[..<start.lowerBound].lastIndex(of: "<") ?? start.lowerBound
        guard let end = types.range(of: ">", range: start.upperBound..<types.endIndex) else { return nil }
        let tag = types[tagStart..<end.upperBound]
        guard let value = tag.range(of: "\(name)=\"") else { return nil }
        return String(tag[value.upperBound...].prefix { $0 != "\"" })
    }
}
