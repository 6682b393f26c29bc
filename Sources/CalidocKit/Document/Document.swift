/// The format-neutral document model every writer reads.
///
/// Templates render XHTML; the XHTML reader turns it into a `Document`; each writer (HTML, ODT, DOCX …)
/// walks `blocks` with exhaustive `switch`es. Value types only, no I/O, no knowledge of formats.
public struct Document: Hashable, Sendable, Codable {
    /// Version of this model's canonical JSON form.
    public static let schemaVersion = 1

    /// Title, author, language and the running header/footer.
    public var metadata: DocumentMetadata
    /// The body.
    public var blocks: [Block]
    /// Images and other binary resources the body refers to, by name.
    public var resources: [Resource]

    /// Creates a document.
    public init(metadata: DocumentMetadata, blocks: [Block], resources: [Resource] = []) {
        self.metadata = metadata
        self.blocks = blocks
        self.resources = resources
    }

    /// The resource with this name, if any.
    public func resource(named name: String) -> Resource? {
        resources.first { $0.name == name }
    }
}

/// Document-level information written into properties, headers and footers.
public struct DocumentMetadata: Hashable, Sendable, Codable {
    /// Document title ("Política de Calidad de Servicio y Experiencia Usuaria").
    public var title: String
    /// Optional subtitle.
    public var subtitle: String?
    /// Institution name: the author/creator.
    public var institution: String
    /// Version label.
    public var version: String
    /// Version date, ISO `AAAA-MM-DD`; writers use it for created/modified stamps so output is reproducible.
    public var date: String
    /// BCP 47 language tag, `es-CL` by default.
    public var language: String
    /// Text for the running header (institution name by default).
    public var headerText: String?
    /// Text for the running footer (title and version by default); writers add "Página N de M".
    public var footerText: String?
    /// Name of the logo resource shown in the header, if any.
    public var logo: String?
    /// Which kind of document this is ("politica", "plan", "diagnostico", "cambios" …).
    public var kind: String
    /// Free keywords / subject.
    public var subject: String?

    /// Creates metadata.
    public init(
        title: String, subtitle: String? = nil, institution: String, version: String, date: String,
        language: String = "es-CL", headerText: String? = nil, footerText: String? = nil, logo: String? = nil,
        kind: String, subject: String? = nil
    ) {
        self.title = title
        self.subtitle = subtitle
        self.institution = institution
        self.version = version
        self.date = date
        self.language = language
        self.headerText = headerText
        self.footerText = footerText
        self.logo = logo
        self.kind = kind
        self.subject = subject
    }
}

/// A binary resource (an image) embedded in the output.
public struct Resource: Hashable, Sendable, Codable {
    /// Name the body refers to (`Image.source`), unique in the document, e.g. `logo.png`.
    public var name: String
    /// Media type: `image/png`, `image/jpeg`, `image/svg+xml`.
    public var mediaType: String
    /// The bytes.
    public var data: [UInt8]
    /// Intrinsic width in pixels, when known.
    public var pixelWidth: Int?
    /// Intrinsic height in pixels, when known.
    public var pixelHeight: Int?
    /// The data a chart image was drawn from, for formats that draw the chart natively instead of
    /// embedding the image (DOCX: Word needs a raster fallback for SVG); `nil` for pictures.
    public var chart: BarChartDrawing?

    /// Creates a resource.
    public init(
        name: String, mediaType: String, data: [UInt8], pixelWidth: Int? = nil, pixelHeight: Int? = nil,
        chart: BarChartDrawing? = nil
    ) {
        self.name = name
        self.mediaType = mediaType
        self.data = data
        self.pixelWidth = pixelWidth
        self.pixelHeight = pixelHeight
        self.chart = chart
    }
}

/// Identifier and classes carried over from the template markup (`id`, `class`), with the meaning
/// writers act on already typed: the paragraph ``role``, whether the block ``startsPage``, and the
/// tracked-change ``mark`` of a redline. Class names are mapped to these once, here, when the
/// attributes are made (the XHTML reader makes them); writers `switch` on the typed values.
public struct Attributes: Hashable, Sendable, Codable {
    /// Element id (unique in the document), or empty.
    public var id: String
    /// Classes as written in the template (HTML keeps them for its style sheet and the dump shows them).
    public private(set) var classes: [String]
    /// What the paragraph or heading is: body text, the document title or a subtitle.
    public private(set) var role: BlockRole
    /// Whether the block starts on a new page (class `salto-pagina`).
    public private(set) var startsPage: Bool
    /// A redline's mark on the whole paragraph (classes `cambio-insertado` / `cambio-eliminado`):
    /// its paragraph mark was inserted or deleted.
    public private(set) var mark: TrackedChange.Kind?

    /// Creates attributes, typing the classes that carry meaning (``BlockClass``).
    public init(id: String = "", classes: [String] = []) {
        self.id = id
        self.classes = classes
        var role = BlockRole.body
        var startsPage = false
        var mark: TrackedChange.Kind?
        for name in classes {
            switch BlockClass(rawValue: name) {
            case .title: role = .title
            case .subtitle: role = .subtitle
            case .pageBreak: startsPage = true
            case .inserted: mark = .insertion
            case .deleted: mark = .deletion
            case nil: continue
            }
        }
        self.role = role
        self.startsPage = startsPage
        self.mark = mark
    }

    /// Attributes with a typed meaning, its class added so HTML and the dump show it.
    public init(id: String = "", classes: [String] = [], role: BlockRole, startsPage: Bool = false, mark: TrackedChange.Kind? = nil) {
        var all = classes
        func add(_ name: BlockClass) {
            if !all.contains(name.rawValue) { all.append(name.rawValue) }
        }
        switch role {
        case .body: break
        case .title: add(.title)
        case .subtitle: add(.subtitle)
        }
        if startsPage { add(.pageBreak) }
        switch mark {
        case .insertion: add(.inserted)
        case .deletion: add(.deleted)
        case nil: break
        }
        self.init(id: id, classes: all)
    }

    /// No id, no classes.
    public static let empty = Attributes()

    /// Whether `name` is among the classes.
    public func hasClass(_ name: String) -> Bool { classes.contains(name) }

    /// These attributes with a redline's paragraph mark added.
    public func marked(_ kind: TrackedChange.Kind) -> Attributes {
        Attributes(id: id, classes: classes.filter { BlockClass(rawValue: $0) != .inserted && BlockClass(rawValue: $0) != .deleted }, role: role, mark: kind)
    }

    private enum CodingKeys: String, CodingKey {
        case id, classes
    }

    /// Decodes the template's id and classes; the typed values follow from the classes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try container.decode(String.self, forKey: .id), classes: try container.decode([String].self, forKey: .classes))
    }

    /// Encodes the id and classes only (the canonical form stays as it was).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(classes, forKey: .classes)
    }
}
