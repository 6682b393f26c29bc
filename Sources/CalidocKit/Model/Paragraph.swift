/// A paragraph of free text written by the institution.
///
/// In YAML a paragraph is either a plain string or a mapping with `texto` and, optionally, a stable
/// `id` (used by the diff) and a `motivo` (why it changed, quoted by the change statements).
/// Text may carry light inline markup: `**negrita**`, `*cursiva*`, `\*` for an asterisk; in literal text
/// (`texto: |`) a blank line starts a new paragraph (elsewhere YAML folds it, and validation says so).
public struct Paragraph: Codable, Hashable, Sendable {
    /// Stable identifier used to match this paragraph across versions.
    public var id: String?
    /// The paragraph text (light inline markup allowed).
    public var texto: String
    /// Optional note on why this paragraph was added or changed in this version.
    public var motivo: String?
    /// Ids of the Red de Expertos recommendations (or participation instances) this paragraph answers.
    public var respondeA: [String]?

    /// Creates a paragraph.
    public init(id: String? = nil, texto: String, motivo: String? = nil, respondeA: [String]? = nil) {
        self.id = id
        self.texto = texto
        self.motivo = motivo
        self.respondeA = respondeA
    }

    enum CodingKeys: String, CodingKey {
        case id, texto, motivo
        case respondeA = "responde_a"
    }

    /// Decodes either a plain string or a `{id, texto, motivo}` mapping.
    public init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let text = try? single.decode(String.self) {
            self.init(texto: text)
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decodeIfPresent(String.self, forKey: .id),
            texto: try container.decode(String.self, forKey: .texto),
            motivo: try container.decodeIfPresent(String.self, forKey: .motivo),
            respondeA: try container.decodeIfPresent([String].self, forKey: .respondeA))
    }

    /// Encodes a paragraph without id or motivo as a plain string.
    public func encode(to encoder: any Encoder) throws {
        if id == nil && motivo == nil && respondeA == nil {
            var single = encoder.singleValueContainer()
            try single.encode(texto)
            return
        }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encode(texto, forKey: .texto)
        try container.encodeIfPresent(motivo, forKey: .motivo)
        try container.encodeIfPresent(respondeA, forKey: .respondeA)
    }
}
