/// The institution's look on a deck's title and closing slides: a band of the institutional
/// colour across the top and the institution's logo (the manifest's `institucion.logo`) at the
/// top right, drawn the same way by the ODP and PPTX writers. Lengths are fractions of the
/// slide's width or height (both decks are 16:9).
enum SlideBranding {
    /// The institutional colour: the deck's title blue, as its other slides use it.
    static let colour = "0F3C78"
    /// Height of the band, as a share of the slide's height.
    static let bandHeight = 0.05
    /// Largest logo, as shares of the slide's height and width.
    static let logoMaxHeight = 0.14
    static let logoMaxWidth = 0.24
    /// Width over height of the slide.
    static let aspect = 16.0 / 9.0

    /// Whether a slide carries the band and the logo.
    static func isBranded(_ slide: Slide) -> Bool {
        switch slide.layout {
        case .title, .closing: true
        case .content, .section: false
        }
    }

    /// The logo's image, when the workspace names one and it was read.
    static func logo(of presentation: Presentation) -> Resource? {
        guard let name = presentation.metadata.logo else { return nil }
        return presentation.resources.first { $0.name == name }
    }

    /// Where the logo goes: (x, y, width, height) as shares of the slide's width and height,
    /// keeping the image's proportions, right-aligned under the band.
    static func logoFrame(_ logo: Resource) -> (x: Double, y: Double, width: Double, height: Double) {
        let ratio = Double(max(logo.pixelWidth ?? 1, 1)) / Double(max(logo.pixelHeight ?? 1, 1))
        var height = logoMaxHeight
        var width = height * ratio / aspect
        if width > logoMaxWidth {
            width = logoMaxWidth
            height = width * aspect / ratio
        }
        return (1 - 0.04 - width, bandHeight + 0.04, width, height)
    }
}
