/// Writes a ``Presentation`` as an ODF 1.3 presentation (`.odp`), sharing the ODF package, styles
/// and text code with the ODT writer: a master page with the institution's name, presentation
/// layouts (title; title + content), and slide text in LibreOffice's named styles.
public struct ODPWriter: DeckWriter {
    /// `odp`.
    public static let format = OutputFormat.odp

    /// Slide size: 16:9, 28 × 15.75 cm.
    static let width = 28.0
    static let height = 15.75

    /// Creates the writer.
    public init() {}

    /// The `.odp` bytes.
    ///
    /// - Throws: ``WriterError``.
    public func write(_ presentation: Presentation) throws -> [UInt8] {
        try render(presentation, options: WriterOptions()).bytes
    }

    /// The `.odp` bytes and what the slides could not show (missing images).
    public func render(_ presentation: Presentation, options: WriterOptions) throws -> WriterOutput {
        let document = Document(metadata: presentation.metadata, blocks: [], resources: presentation.resources)
        var body = ODFTextBody(document: document, log: WarningLog(format: .odp))
        let content = body.presentationXML(presentation)
        let package = ODFPackage(
            mediaType: "application/vnd.oasis.opendocument.presentation", content: content,
            styles: ODPStyles.build(presentation.metadata), meta: ODFPackage.meta(presentation.metadata),
            settings: ODFPackage.settings(), pictures: body.pictures)
        do {
            return WriterOutput(bytes: try ZipPackage.archive(package.parts(), date: presentation.metadata.date), warnings: body.log.warnings)
        } catch let error as PackageError {
            throw WriterError.package(error)
        }
    }
}

extension ODFTextBody {
    /// `content.xml` of a presentation: one `draw:page` per slide with title and outline frames.
    mutating func presentationXML(_ presentation: Presentation) -> [UInt8] {
        let out = XMLWriter()
        out.start("office:document-content")
        ODFNamespaces.declare(on: out)
        out.attribute("office:version", "1.3")
        var slides = ODFTextBody(document: document, log: log, fragment: true)
        // Impress formats slide text from automatic paragraph styles only (it has no named
        // paragraph styles), so slide text sizes live here.
        slides.slideParagraphStyle = "PD"
        slides.slideListStylePrefix = ODPListStyles.prefix
        ODPListStyles.write(into: slides.automaticStyles)
        slides.brandingStyles()
        let bodySize = ODFLength.points(SlideTextMetrics.bodySize)
        let font = "'\(ODFStyles.bodyFont)'"
        for (name, paragraph, text) in [
            // The font the PPTX theme names and the layout measures (SlideTextMetrics).
            ("PD", ["fo:margin-bottom": "0.15cm"], ["fo:font-family": font, "fo:font-size": bodySize, "fo:color": "#1a1a1a"]),
            ("PT", ["fo:text-align": "start"], ["fo:font-family": font, "fo:font-size": "24pt", "fo:font-weight": "bold", "fo:color": "#0f3c78"]),
            ("PP", ["fo:text-align": "center"], ["fo:font-family": font, "fo:font-size": "34pt", "fo:font-weight": "bold", "fo:color": "#0f3c78"]),
        ] as [(String, KeyValuePairs<String, String>, KeyValuePairs<String, String>)] {
            slides.automaticStyles.element("style:style", ["style:name": name, "style:family": "paragraph"]) {
                slides.automaticStyles.element("style:paragraph-properties", paragraph)
                slides.automaticStyles.element("style:text-properties", text)
            }
        }
        slides.writer.start("office:body")
        slides.writer.start("office:presentation")
        for (index, slide) in presentation.slides.enumerated() { slides.page(slide, number: index + 1) }
        slides.writer.end()
        slides.writer.end()
        out.start("office:automatic-styles")
        out.insert(slides.automaticStyles)
        out.end()
        out.insert(slides.writer)
        out.end()
        pictures = slides.pictures
        return out.finish()
    }

    private mutating func page(_ slide: Slide, number: Int) {
        let layout = slide.layout == .content ? "Titulo_contenido" : "Solo_titulo"
        log.place = slide.title
        writer.start("draw:page")
        writer.attribute("draw:name", "Diapositiva \(number)")
        writer.attribute("draw:master-page-name", "Calidoc")
        writer.attribute("presentation:presentation-page-layout-name", layout)
        branding(slide)
        let margin = 1.4
        let titleTop = slide.layout == .content ? 0.6 : (slide.layout == .title ? 3.2 : 5.5)
        let titleHeight = slide.layout == .content ? 1.9 : 2.6
        openTextFrame(className: "title", style: slide.layout == .content ? "Calidoc-titulo" : "Calidoc-titulo-grande",
                      x: margin, y: titleTop, width: ODPWriter.width - 2 * margin, height: titleHeight)
        writer.element("text:p", ["text:style-name": slide.layout == .content ? "PT" : "PP"], text: slide.title)
        closeTextFrame()
        guard !slide.blocks.isEmpty else {
            writer.end()
            return
        }
        let top = titleTop + titleHeight + 0.3
        let figures = slide.blocks.compactMap { block -> Figure? in if case .figure(let figure) = block { figure } else { nil } }
        let text = slide.blocks.filter { if case .figure = $0 { false } else { true } }
        if !text.isEmpty {
            openTextFrame(className: slide.layout == .content ? "outline" : "subtitle",
                          style: slide.layout == .content ? "Calidoc-contenido" : "Calidoc-subtitulo",
                          x: margin, y: top, width: ODPWriter.width - 2 * margin, height: ODPWriter.height - top - 1.2)
            for block in text { self.block(block, listStyle: nil) }
            closeTextFrame()
        }
        for figure in figures { picture(figure, top: top) }
        writer.end()
    }

    private func openTextFrame(className: String, style: String, x: Double, y: Double, width: Double, height: Double) {
        // Plain text frames (not presentation placeholders): LibreOffice would restyle placeholder
        // text from the master's outline styles, ignoring the slide paragraph styles.
        writer.start("draw:frame")
        writer.attribute("draw:style-name", "Marco_20_diapositiva")
        writer.attribute("draw:name", className == "title" ? "Título" : "Contenido")
        writer.attribute("svg:x", ODFLength.cm(x))
        writer.attribute("svg:y", ODFLength.cm(y))
        writer.attribute("svg:width", ODFLength.cm(width))
        writer.attribute("svg:height", ODFLength.cm(height))
        writer.start("draw:text-box")
    }

    private func closeTextFrame() {
        writer.end()
        writer.end()
    }

    /// A chart or image, as large as the space under the title allows, centred.
    private mutating func picture(_ figure: Figure, top: Double) {
        guard let resource = document.resource(named: figure.image.source) else {
            log.log(.missingImage(source: figure.image.source))
            return
        }
        frameCount += 1
        let path = "Pictures/\(frameCount)-\(Slug.make(figure.image.source)).\(ImageGeometry.fileExtension(resource.mediaType))"
        pictures.append((path, resource.data, resource.mediaType))
        let ratio = Double(resource.pixelHeight ?? 1) / Double(max(resource.pixelWidth ?? 1, 1))
        var width = ODPWriter.width - 6
        var height = width * ratio
        let available = ODPWriter.height - top - 1.4
        if height > available {
            width *= available / height
            height = available
        }
        writer.start("draw:frame")
        writer.attribute("draw:name", "Imagen\(frameCount)")
        writer.attribute("svg:x", ODFLength.cm((ODPWriter.width - width) / 2))
        writer.attribute("svg:y", ODFLength.cm(top))
        writer.attribute("svg:width", ODFLength.cm(width))
        writer.attribute("svg:height", ODFLength.cm(height))
        writer.start("draw:image")
        writer.attribute("xlink:href", path)
        writer.attribute("xlink:type", "simple")
        writer.attribute("xlink:show", "embed")
        writer.attribute("xlink:actuate", "onLoad")
        writer.end()
        writer.element("svg:title", text: figure.image.alt)
        writer.end()
    }
}
