/// Open Packaging Conventions pieces shared by the DOCX writer and the future PPTX writer:
/// content types, relationships and document properties.
enum OOXMLNamespace {
    static let relationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let contentTypes = "http://schemas.openxmlformats.org/package/2006/content-types"
}

/// One relationship of a part (`_rels/*.rels`).
struct OOXMLRelationship: Hashable {
    let id: String
    /// Last segment of the relationship type URI (`styles`, `image` …) or a full URI.
    let type: String
    let target: String
    var isExternal = false

    var typeURI: String {
        if type.hasPrefix("http") { return type }
        switch type {
        case "core-properties": return "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
        default: return "http://schemas.openxmlformats.org/officeDocument/2006/relationships/\(type)"
        }
    }

    /// A `.rels` part.
    static func part(_ relationships: [OOXMLRelationship]) -> [UInt8] {
        let writer = XMLWriter(standalone: true)
        writer.start("Relationships")
        writer.attribute("xmlns", OOXMLNamespace.relationships)
        for relationship in relationships {
            writer.start("Relationship")
            writer.attribute("Id", relationship.id)
            writer.attribute("Type", relationship.typeURI)
            writer.attribute("Target", relationship.target)
            if relationship.isExternal { writer.attribute("TargetMode", "External") }
            writer.end()
        }
        writer.end()
        return writer.finish()
    }
}

/// `[Content_Types].xml`: defaults by extension and overrides by part name.
struct OOXMLContentTypes {
    var defaults: [String: String] = [
        "rels": "application/vnd.openxmlformats-package.relationships+xml", "xml": "application/xml",
    ]
    var overrides: [(String, String)] = []

    mutating func addMedia(extension fileExtension: String, mediaType: String) {
        defaults[fileExtension.lowercased()] = mediaType
    }

    mutating func override(_ partName: String, _ contentType: String) {
        guard !overrides.contains(where: { $0.0 == partName }) else { return }
        overrides.append((partName, contentType))
    }

    func part() -> [UInt8] {
        let writer = XMLWriter(standalone: true)
        writer.start("Types")
        writer.attribute("xmlns", OOXMLNamespace.contentTypes)
        for (key, value) in defaults.sorted(by: { $0.key < $1.key }) {
            writer.element("Default", ["Extension": key, "ContentType": value])
        }
        for (part, type) in overrides { writer.element("Override", ["PartName": part, "ContentType": type]) }
        writer.end()
        return writer.finish()
    }
}

/// `docProps/core.xml` and `docProps/app.xml`.
enum OOXMLProperties {
    static func core(_ metadata: DocumentMetadata) -> [UInt8] {
        let writer = XMLWriter(standalone: true)
        writer.start("cp:coreProperties")
        writer.attribute("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties")
        writer.attribute("xmlns:dc", "http://purl.org/dc/elements/1.1/")
        writer.attribute("xmlns:dcterms", "http://purl.org/dc/terms/")
        writer.attribute("xmlns:dcmitype", "http://purl.org/dc/dcmitype/")
        writer.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
        writer.element("dc:title", text: metadata.title)
        if let subject = metadata.subject { writer.element("dc:subject", text: subject) }
        writer.element("dc:creator", text: metadata.institution)
        writer.element("dc:language", text: metadata.language)
        writer.element("cp:lastModifiedBy", text: metadata.institution)
        writer.element("cp:version", text: metadata.version)
        let stamp = PackageTimestamp.of(metadata.date) + "Z"
        writer.element("dcterms:created", ["xsi:type": "dcterms:W3CDTF"], text: stamp)
        writer.element("dcterms:modified", ["xsi:type": "dcterms:W3CDTF"], text: stamp)
        writer.end()
        return writer.finish()
    }

    static func app(_ metadata: DocumentMetadata) -> [UInt8] {
        let writer = XMLWriter(standalone: true)
        writer.start("Properties")
        writer.attribute("xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties")
        writer.element("Application", text: CalidocVersion.generator)
        writer.element("Company", text: metadata.institution)
        writer.element("AppVersion", text: "16.0000")
        writer.end()
        return writer.finish()
    }
}

/// Parts every OOXML document package has around its main part (DOCX and PPTX alike).
enum OOXMLDocumentParts {
    /// Content types of the document properties.
    static func addPropertyTypes(to types: inout OOXMLContentTypes) {
        types.override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
        types.override("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")
    }

    /// `_rels/.rels`: the main part and the document properties.
    static func rootRelationships(mainPart: String) -> PackagePart {
        PackagePart(path: "_rels/.rels", data: OOXMLRelationship.part([
            OOXMLRelationship(id: "rIdDocumento", type: "officeDocument", target: mainPart),
            OOXMLRelationship(id: "rIdPropiedades", type: "core-properties", target: "docProps/core.xml"),
            OOXMLRelationship(id: "rIdAplicacion", type: "extended-properties", target: "docProps/app.xml"),
        ]))
    }

    /// `docProps/core.xml` and `docProps/app.xml`.
    static func properties(_ metadata: DocumentMetadata) -> [PackagePart] {
        [
            PackagePart(path: "docProps/core.xml", data: OOXMLProperties.core(metadata)),
            PackagePart(path: "docProps/app.xml", data: OOXMLProperties.app(metadata)),
        ]
    }
}
