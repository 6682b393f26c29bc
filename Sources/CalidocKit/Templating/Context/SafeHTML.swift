/// Inline XHTML that is safe to place unescaped (`{{{…_html}}}`).
///
/// Only ``RichText`` makes it (``RichText/html(_:)``, ``RichText/htmlParagraphs(_:)``), from user text
/// it escapes as it writes, or ``escaping(_:)`` from plain text: the initialiser is private to this
/// file, so no other code can pass a raw string off as trusted markup.
public struct SafeHTML: Hashable, Sendable {
    /// The XHTML text.
    let xhtml: String

    fileprivate init(trusted xhtml: String) {
        self.xhtml = xhtml
    }

    /// Nothing (absent for templates, as any empty text).
    static let empty = SafeHTML(trusted: "")

    /// Plain text as safe XHTML: `<`, `&` … written as entities.
    static func escaping(_ text: String) -> SafeHTML { SafeHTML(trusted: XMLText.escaped(text)) }

    /// Whether there is nothing to print.
    var isEmpty: Bool { xhtml.isEmpty }

    /// Two safe pieces one after the other (still safe: each is balanced inline markup).
    static func + (lhs: SafeHTML, rhs: SafeHTML) -> SafeHTML { SafeHTML(trusted: lhs.xhtml + rhs.xhtml) }
}

extension RichText {
    /// One line of light markup as safe inline XHTML (see ``inline(_:)``).
    static func html(_ text: String) -> SafeHTML { SafeHTML(trusted: inline(text)) }

    /// The paragraphs of a text, each as safe inline XHTML (see ``paragraphs(_:)``).
    static func htmlParagraphs(_ text: String?) -> [SafeHTML] { paragraphs(text).map(SafeHTML.init(trusted:)) }
}

extension SafeHTML: Codable {
    /// Encodes the XHTML text (template contexts go through ``TemplateEncoder``, which keeps the kind).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(xhtml)
    }

    /// Decodable only so that ``TemplateKeyProbe`` can list a context's keys: any other decoder is
    /// refused, so no decoded text can pass for safe markup.
    public init(from decoder: any Decoder) throws {
        guard decoder is DefaultDecoder else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "SafeHTML is only made by RichText"))
        }
        self.init(trusted: "")
    }
}
