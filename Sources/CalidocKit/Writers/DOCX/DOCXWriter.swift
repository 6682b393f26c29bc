/// Writes a ``Document`` as WordprocessingML (`.docx`) with Word's built-in style ids, real
/// numbering, a pre-filled table of contents, header and footer with page fields, A4, es-CL.
///
/// With a reference document (`--reference FILE.docx`), its styles, page setup, header and footer
/// are used instead of calidoc's.
public struct DOCXWriter: DocumentWriter {
    /// `docx`.
    public static let format = OutputFormat.docx

    /// Creates the writer.
    public init() {}

    /// Renders the document into the bytes of a `.docx` package.
    public func render(_ document: Document, options: WriterOptions) throws -> WriterOutput {
        let metadata = document.metadata
        var document = document
        document.blocks = DOCXBody.endingDeletionMovedBack(document.blocks)
        var body = DOCXBody(document: document)
        var types = OOXMLContentTypes()
        var parts: [PackagePart] = []
        var documentRelationships = [
            OOXMLRelationship(id: "rIdEstilos", type: "styles", target: "styles.xml"),
            OOXMLRelationship(id: "rIdNumeracion", type: "numbering", target: "numbering.xml"),
            OOXMLRelationship(id: "rIdAjustes", type: "settings", target: "settings.xml"),
            OOXMLRelationship(id: "rIdFuentes", type: "fontTable", target: "fontTable.xml"),
        ]
        let main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        var styles = DOCXStyles.part()
        var sectionProperties: (XMLWriter) -> Void = { DOCXParts.writeSectionProperties($0, headerAndFooter: true) }
        if let bytes = options.referenceDocument {
            let reference = try DOCXReference(bytes: bytes, name: options.referenceName ?? "referencia.docx")
            styles = reference.styles
            sectionProperties = reference.writeSectionProperties
            documentRelationships += reference.relationships
            parts += reference.parts
            for (name, type) in reference.contentTypes { types.override(name, type) }
            for (fileExtension, type) in reference.mediaDefaults { types.addMedia(extension: fileExtension, mediaType: type) }
        } else {
            documentRelationships += [
                OOXMLRelationship(id: "rIdEncabezado", type: "header", target: "header1.xml"),
                OOXMLRelationship(id: "rIdPie", type: "footer", target: "footer1.xml"),
            ]
            var logoSize: (Int64, Int64)?
            if let name = metadata.logo, let resource = document.resource(named: name), resource.mediaType == "image/svg+xml" {
                body.log.log(.image(alt: "logo"))
            } else if let name = metadata.logo, let resource = document.resource(named: name) {
                let fileExtension = ImageGeometry.fileExtension(resource.mediaType)
                let ratio = Double(resource.pixelWidth ?? 2) / Double(max(resource.pixelHeight ?? 1, 1))
                let height = 1.2 * 360_000.0
                logoSize = (Int64(min(height * ratio, 6 * 360_000)), Int64(height))
                parts.append(PackagePart(path: "word/media/logo.\(fileExtension)", data: resource.data, compression: .stored))
                parts.append(PackagePart(path: "word/_rels/header1.xml.rels", data: OOXMLRelationship.part([
                    OOXMLRelationship(id: "rIdLogo", type: "image", target: "media/logo.\(fileExtension)")
                ])))
                types.addMedia(extension: fileExtension, mediaType: resource.mediaType)
            }
            parts.append(PackagePart(path: "word/header1.xml", data: DOCXParts.headerPart(metadata, logo: logoSize)))
            parts.append(PackagePart(path: "word/footer1.xml", data: DOCXParts.footerPart(metadata)))
            types.override("/word/header1.xml", "\(main).header+xml")
            types.override("/word/footer1.xml", "\(main).footer+xml")
        }
        let documentXML = body.part(sectionProperties: sectionProperties)
        documentRelationships += body.relationships
        for item in body.media {
            parts.append(PackagePart(path: item.path, data: item.data, compression: .stored))
            types.addMedia(extension: String(item.path.split(separator: ".").last ?? "bin"), mediaType: item.mediaType)
        }
        for (index, chart) in body.charts.enumerated() {
            parts.append(PackagePart(path: "word/charts/chart\(index + 1).xml", data: chart))
            types.override("/word/charts/chart\(index + 1).xml", DOCXChart.contentType)
        }
        types.override("/word/document.xml", "\(main).document.main+xml")
        types.override("/word/styles.xml", "\(main).styles+xml")
        types.override("/word/numbering.xml", "\(main).numbering+xml")
        types.override("/word/settings.xml", "\(main).settings+xml")
        types.override("/word/fontTable.xml", "\(main).fontTable+xml")
        OOXMLDocumentParts.addPropertyTypes(to: &types)
        var all = [
            PackagePart(path: "[Content_Types].xml", data: types.part()),
            OOXMLDocumentParts.rootRelationships(mainPart: "word/document.xml"),
            PackagePart(path: "word/document.xml", data: documentXML),
            PackagePart(path: "word/_rels/document.xml.rels", data: OOXMLRelationship.part(documentRelationships)),
            PackagePart(path: "word/styles.xml", data: styles),
            PackagePart(path: "word/numbering.xml", data: body.numbering.part()),
            PackagePart(path: "word/settings.xml", data: DOCXParts.settings()),
            PackagePart(path: "word/fontTable.xml", data: DOCXParts.fontTable()),
        ] + OOXMLDocumentParts.properties(metadata)
        all += parts
        do {
            return WriterOutput(bytes: try ZipPackage.archive(all, date: metadata.date), warnings: body.log.warnings)
        } catch let error as PackageError {
            throw WriterError.package(error)
        }
    }
}
