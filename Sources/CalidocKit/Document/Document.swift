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

    /// Creates a resource.
    public init(name: String, mediaType: String, data: [UInt8], pixelWidth: Int? = nil, pixelHeight: Int? = nil) {
        self.name = name
        self.mediaType = mediaType
        self.data = data
        self.pixelWidth = pixelWidth
        self.pixelHeight = pixelHeight
    }
}

/// Identifier and classes carried over from the template markup (`id`, `class`).
public struct Attributes: Hashable, Sendable, Codable {
    /// Element id (unique in the document), or empty.
    public var id: String
    /// Classes; writers map known ones to styles (`salto-pagina`, `destacado` …).
    public var classes: [String]

    /// Creates attributes.
    public init(id: String = "", classes: [String] = []) {
        self.id = id
        self.classes = classes
    }

    /// No id, no classes.
    public static let empty = Attributes()

    /// Whether `name` is among the classes.
    public func hasClass(_ name: String) -> Bool { classes.contains(name) }
}
