/// What a paragraph or heading is, beyond its level: writers give each role its own style
/// (ODF `Title`/`Subtitle`, Word `Title`/`Subtitle`), with an exhaustive `switch`.
public enum BlockRole: String, Hashable, Sendable, CaseIterable {
    /// Ordinary text or heading.
    case body
    /// The document's title (class `titulo`): not numbered, not in the table of contents.
    case title
    /// A subtitle line under the title (class `subtitulo`).
    case subtitle
}

/// The template class names that carry meaning for writers; the one place they are spelled.
/// ``Attributes`` maps them to ``BlockRole``, a page break and a redline mark when it is made.
public enum BlockClass: String, Hashable, Sendable, CaseIterable {
    /// `titulo`: ``BlockRole/title``.
    case title = "titulo"
    /// `subtitulo`: ``BlockRole/subtitle``.
    case subtitle = "subtitulo"
    /// `salto-pagina`: the block starts on a new page.
    case pageBreak = "salto-pagina"
    /// `cambio-insertado`: a redline's inserted paragraph.
    case inserted = "cambio-insertado"
    /// `cambio-eliminado`: a redline's deleted paragraph.
    case deleted = "cambio-eliminado"
}

/// The character formatting a span's classes ask for (`negrita`, `cursiva`), read once here so
/// every writer formats a `span` the same way.
public struct SpanStyle: Hashable, Sendable {
    /// Class `negrita`.
    public var bold: Bool
    /// Class `cursiva`.
    public var italic: Bool

    /// The formatting of a span with `classes`.
    public init(classes: [String]) {
        bold = classes.contains(SpanClass.bold.rawValue)
        italic = classes.contains(SpanClass.italic.rawValue)
    }
}

/// The span class names that carry formatting; the one place they are spelled.
public enum SpanClass: String, Hashable, Sendable, CaseIterable {
    /// `negrita`: bold.
    case bold = "negrita"
    /// `cursiva`: italic.
    case italic = "cursiva"
}
