/// Writes a ``Document`` as an ODF 1.3 text document (`.odt`): LibreOffice's standard style names,
/// a filled table of contents, A4 page with header and footer, Spanish (Chile) language.
///
/// With a reference document (`--reference FILE.odt`), its `styles.xml` replaces calidoc's.
public struct ODTWriter: DocumentWriter {
    /// `odt`.
    public static let format = OutputFormat.odt

    /// Creates the writer.
    public init() {}

    /// Renders the document into the bytes of an `.odt` package.
    public func render(_ document: Document, options: WriterOptions) throws -> WriterOutput {
        var body = ODFTextBody(document: document, log: WarningLog(format: .odt))
        let content = body.contentXML()
        var pictures = body.pictures
        let styles: [UInt8]
        if let reference = options.referenceDocument {
            let merged = try ODFReferenceStyles(reference: reference, name: options.referenceName ?? "referencia.odt")
            styles = merged.styles
            pictures += merged.pictures.filter { picture in !pictures.contains { $0.path == picture.path } }
        } else {
            var logo: ODFStylesPart.HeaderLogo?
            if let name = document.metadata.logo, let resource = document.resource(named: name) {
                let path = "Pictures/logo.\(ImageGeometry.fileExtension(resource.mediaType))"
                pictures.append((path, resource.data, resource.mediaType))
                let ratio = Double(resource.pixelWidth ?? 2) / Double(max(resource.pixelHeight ?? 1, 1))
                logo = ODFStylesPart.HeaderLogo(path: path, widthCM: min(1.2 * ratio, 6), heightCM: min(1.2, 6 / ratio))
            }
            styles = ODFStylesPart.build(document.metadata, logo: logo)
        }
        let package = ODFPackage(
            mediaType: "application/vnd.oasis.opendocument.text", content: content, styles: styles,
            meta: ODFPackage.meta(document.metadata), settings: ODFPackage.settings(), pictures: pictures)
        do {
            return WriterOutput(bytes: try ZipPackage.archive(package.parts(), date: document.metadata.date), warnings: body.log.warnings)
        } catch let error as PackageError {
            throw WriterError.package(error)
        }
    }
}
