/// Writes a ``Presentation`` as PresentationML (`.pptx`) through the shared OOXML packaging:
/// slide master, two layouts, one slide per ``Slide``, a theme, document properties. Charts are
/// native shapes (see ``PPTXSlide``), so no raster fallback is needed.
public struct PPTXWriter: DeckWriter {
    /// `pptx`.
    public static let format = OutputFormat.pptx

    /// Creates the writer.
    public init() {}

    /// The `.pptx` bytes and what the slides could not show (images other than charts, the table of
    /// contents, tables as lines); the reference PPTX comes from `options`.
    public func render(_ presentation: Presentation, options: WriterOptions) throws -> WriterOutput {
        let log = WarningLog(format: .pptx)
        let bytes = try write(presentation, reference: options.referenceDocument, referenceName: options.referenceName ?? "referencia.pptx", log: log)
        return WriterOutput(bytes: bytes, warnings: log.warnings)
    }

    /// The `.pptx` bytes; with `reference` (bytes of an institution's PPTX), its master, layouts and
    /// theme are used.
    public func write(_ presentation: Presentation, reference: [UInt8]? = nil, referenceName: String = "referencia.pptx") throws -> [UInt8] {
        try write(presentation, reference: reference, referenceName: referenceName, log: WarningLog(format: .pptx))
    }

    private func write(_ presentation: Presentation, reference: [UInt8]?, referenceName: String, log: WarningLog) throws -> [UInt8] {
        let ref = try reference.map { try PPTXReference(bytes: $0, name: referenceName) }
        let main = "application/vnd.openxmlformats-officedocument.presentationml"
        var types = OOXMLContentTypes()
        var parts: [PackagePart] = []
        var presentationRelationships = [
            OOXMLRelationship(id: "rIdMaster", type: "slideMaster", target: ref?.master ?? "slideMasters/slideMaster1.xml"),
            OOXMLRelationship(id: "rIdPropiedades", type: "presProps", target: "presProps.xml"),
        ]
        if let theme = ref.map({ $0.theme }) ?? "theme/theme1.xml" {
            presentationRelationships.append(OOXMLRelationship(id: "rIdTema", type: "theme", target: theme))
        }
        var slideIDs: [(id: String, relationship: String)] = []
        var logoPart: String?
        for (index, slide) in presentation.slides.enumerated() {
            let number = index + 1
            var slideXML = PPTXSlide(slide: slide, presentation: presentation, log: log)
            slideXML.ownMaster = ref == nil
            parts.append(PackagePart(path: "ppt/slides/slide\(number).xml", data: slideXML.xml()))
            var relationships = [
                OOXMLRelationship(id: "rIdDiseno", type: "slideLayout",
                                  target: "../" + (slide.layout == .content
                                      ? ref?.contentLayout ?? "slideLayouts/slideLayout2.xml"
                                      : ref?.titleLayout ?? "slideLayouts/slideLayout1.xml")),
            ]
            if let logo = PPTXSlide.showsLogo(slide, presentation, ownMaster: ref == nil) {
                // One image part, shared by the slides that show it.
                let fileExtension = logo.mediaType == "image/png" ? "png" : "jpeg"
                let path = logoPart ?? "ppt/media/logo-calidoc.\(fileExtension)"
                if logoPart == nil {
                    parts.append(PackagePart(path: path, data: logo.data))
                    types.addMedia(extension: fileExtension, mediaType: logo.mediaType)
                    logoPart = path
                }
                relationships.append(OOXMLRelationship(id: PPTXSlide.logoRelationship, type: "image", target: "../" + path.dropFirst("ppt/".count)))
            }
            parts.append(PackagePart(path: "ppt/slides/_rels/slide\(number).xml.rels", data: OOXMLRelationship.part(relationships)))
            types.override("/ppt/slides/slide\(number).xml", "\(main).slide+xml")
            presentationRelationships.append(OOXMLRelationship(id: "rIdDiapositiva\(number)", type: "slide", target: "slides/slide\(number).xml"))
            slideIDs.append((String(255 + number), "rIdDiapositiva\(number)"))
        }
        let presentationXML = Self.presentationPart(slideIDs: slideIDs, slideSize: ref?.slideSize)
        types.override("/ppt/presentation.xml", "\(main).presentation.main+xml")
        if let ref {
            for (part, type) in ref.contentTypes { types.override(part, type) }
            for (fileExtension, type) in ref.mediaDefaults { types.addMedia(extension: fileExtension, mediaType: type) }
        } else {
            types.override("/ppt/slideMasters/slideMaster1.xml", "\(main).slideMaster+xml")
            types.override("/ppt/slideLayouts/slideLayout1.xml", "\(main).slideLayout+xml")
            types.override("/ppt/slideLayouts/slideLayout2.xml", "\(main).slideLayout+xml")
            types.override("/ppt/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml")
        }
        types.override("/ppt/presProps.xml", "\(main).presProps+xml")
        OOXMLDocumentParts.addPropertyTypes(to: &types)
        var all = [
            PackagePart(path: "[Content_Types].xml", data: types.part()),
            OOXMLDocumentParts.rootRelationships(mainPart: "ppt/presentation.xml"),
            PackagePart(path: "ppt/presentation.xml", data: presentationXML),
            PackagePart(path: "ppt/_rels/presentation.xml.rels", data: OOXMLRelationship.part(presentationRelationships)),
            PackagePart(path: "ppt/presProps.xml", data: Self.presentationProperties()),
        ] + OOXMLDocumentParts.properties(presentation.metadata)
        all += ref?.parts ?? calidocMaster(presentation.metadata)
        all += parts
        do {
            return try ZipPackage.archive(all, date: presentation.metadata.date)
        } catch let error as PackageError {
            throw WriterError.package(error)
        }
    }

    /// `ppt/presProps.xml`: empty presentation properties.
    private static func presentationProperties() -> [UInt8] {
        let writer = XMLWriter(standalone: true)
        writer.start("p:presentationPr")
        PPTXShapes.declareNamespaces(writer)
        writer.end()
        return writer.finish()
    }

    /// `ppt/presentation.xml`: master, slide list, slide size (the reference's, else 16:9), notes size.
    private static func presentationPart(
        slideIDs: [(id: String, relationship: String)], slideSize: (cx: String, cy: String, type: String?)?
    ) -> [UInt8] {
        let writer = XMLWriter(standalone: true)
        writer.start("p:presentation")
        writer.attribute("xmlns:a", "http://schemas.openxmlformats.org/drawingml/2006/main")
        writer.attribute("xmlns:r", OOXMLNamespace.officeRelationships)
        writer.attribute("xmlns:p", "http://schemas.openxmlformats.org/presentationml/2006/main")
        writer.element("p:sldMasterIdLst") {
            writer.element("p:sldMasterId", ["id": "2147483648", "r:id": "rIdMaster"])
        }
        writer.element("p:sldIdLst") {
            for slide in slideIDs { writer.element("p:sldId", ["id": slide.id, "r:id": slide.relationship]) }
        }
        writer.start("p:sldSz")
        writer.attribute("cx", slideSize?.cx ?? String(PPTXShapes.width))
        writer.attribute("cy", slideSize?.cy ?? String(PPTXShapes.height))
        if let type = slideSize?.type { writer.attribute("type", type) }
        writer.end()
        writer.element("p:notesSz", ["cx": "6858000", "cy": "9144000"])
        writer.end()
        return writer.finish()
    }

    /// calidoc's own master, layouts and theme.
    private func calidocMaster(_ metadata: DocumentMetadata) -> [PackagePart] {
        let layoutRelationships = OOXMLRelationship.part([
            OOXMLRelationship(id: "rIdMaster", type: "slideMaster", target: "../slideMasters/slideMaster1.xml"),
        ])
        return [
            PackagePart(path: "ppt/slideMasters/slideMaster1.xml", data: PPTXMaster.master(metadata)),
            PackagePart(path: "ppt/slideMasters/_rels/slideMaster1.xml.rels", data: OOXMLRelationship.part([
                OOXMLRelationship(id: "rIdLayout1", type: "slideLayout", target: "../slideLayouts/slideLayout1.xml"),
                OOXMLRelationship(id: "rIdLayout2", type: "slideLayout", target: "../slideLayouts/slideLayout2.xml"),
                OOXMLRelationship(id: "rIdTema", type: "theme", target: "../theme/theme1.xml"),
            ])),
            PackagePart(path: "ppt/slideLayouts/slideLayout1.xml", data: PPTXMaster.layout(type: "title")),
            PackagePart(path: "ppt/slideLayouts/_rels/slideLayout1.xml.rels", data: layoutRelationships),
            PackagePart(path: "ppt/slideLayouts/slideLayout2.xml", data: PPTXMaster.layout(type: "obj")),
            PackagePart(path: "ppt/slideLayouts/_rels/slideLayout2.xml.rels", data: layoutRelationships),
            PackagePart(path: "ppt/theme/theme1.xml", data: PPTXTheme.part()),
        ]
    }
}
