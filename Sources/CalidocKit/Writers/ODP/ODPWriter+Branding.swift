extension ODFTextBody {
    /// The automatic graphic style of the institutional band (``SlideBranding``).
    static let bandStyle = "Franja_institucional"

    /// Writes the band's graphic style into the slides' automatic styles.
    func brandingStyles() {
        automaticStyles.element("style:style", ["style:name": Self.bandStyle, "style:family": "graphic"]) {
            automaticStyles.element("style:graphic-properties", [
                "draw:stroke": "none", "draw:fill": "solid", "draw:fill-color": "#" + SlideBranding.colour,
            ])
        }
    }

    /// The institutional band and the logo of a title or closing slide (``SlideBranding``).
    mutating func branding(_ slide: Slide) {
        guard SlideBranding.isBranded(slide) else { return }
        writer.element("draw:rect", [
            "draw:style-name": Self.bandStyle, "draw:name": "Franja institucional", "svg:x": "0cm", "svg:y": "0cm",
            "svg:width": ODFLength.cm(ODPWriter.width), "svg:height": ODFLength.cm(ODPWriter.height * SlideBranding.bandHeight),
        ])
        guard let name = document.metadata.logo, let logo = document.resource(named: name) else { return }
        let path = "Pictures/logo-calidoc.\(ImageGeometry.fileExtension(logo.mediaType))"
        if !pictures.contains(where: { $0.path == path }) { pictures.append((path, logo.data, logo.mediaType)) }
        let frame = SlideBranding.logoFrame(logo)
        writer.start("draw:frame")
        writer.attribute("draw:name", "Logo")
        writer.attribute("svg:x", ODFLength.cm(frame.x * ODPWriter.width))
        writer.attribute("svg:y", ODFLength.cm(frame.y * ODPWriter.height))
        writer.attribute("svg:width", ODFLength.cm(frame.width * ODPWriter.width))
        writer.attribute("svg:height", ODFLength.cm(frame.height * ODPWriter.height))
        writer.element("draw:image", ["xlink:href": path, "xlink:type": "simple", "xlink:show": "embed", "xlink:actuate": "onLoad"])
        writer.element("svg:title", text: "Logo de \(document.metadata.institution)")
        writer.end()
    }
}
