/// Image facts every package writer (ODT, ODP, DOCX, PPTX) needs: file extension and display size.
enum ImageGeometry {
    /// The file extension for a resource's media type inside a package.
    static func fileExtension(_ mediaType: String) -> String {
        switch mediaType {
        case "image/png": "png"
        case "image/jpeg": "jpg"
        case "image/svg+xml": "svg"
        default: "bin"
        }
    }

    /// Display size in cm: given millimetres, else pixels at 96 dpi, capped to `maxWidthCM`.
    static func size(of image: Image, resource: Resource, maxWidthCM: Double) -> (Double, Double) {
        let pixelWidth = Double(resource.pixelWidth ?? 300)
        let pixelHeight = Double(resource.pixelHeight ?? 150)
        var width = image.widthMM.map { $0 / 10 } ?? pixelWidth / 96 * 2.54
        var height = image.heightMM.map { $0 / 10 } ?? width * pixelHeight / max(pixelWidth, 1)
        if width > maxWidthCM {
            height *= maxWidthCM / width
            width = maxWidthCM
        }
        return (width, height)
    }
}
