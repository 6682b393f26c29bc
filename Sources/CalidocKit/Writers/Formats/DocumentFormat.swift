/// A format the manifest's `formatos` may name: one of the registry's formats that write documents.
///
/// Not a list of its own: its values are ``OutputFormat/serving(_:)`` `.document`, so the loader's
/// "valor no permitido … use uno de: …" (with file, line and column) and the JSON Schema follow
/// the registry, and `formatos: [pptx]` is refused while reading the workspace, not at build time.
public struct DocumentFormat: RawRepresentable, Codable, Hashable, Sendable, CaseIterable {
    /// The registry's format.
    public let format: OutputFormat

    /// The format named `rawValue`, when it writes documents.
    public init?(rawValue: String) {
        guard let format = OutputFormat(rawValue: rawValue) else { return nil }
        self.init(format)
    }

    /// `format`, when it writes documents.
    public init?(_ format: OutputFormat) {
        guard format.serves(.document) else { return nil }
        self.format = format
    }

    /// The format's name.
    public var rawValue: String { format.rawValue }

    /// Every format that writes documents, in registry order.
    public static var allCases: [DocumentFormat] { OutputFormat.serving(.document).compactMap(DocumentFormat.init) }
}
