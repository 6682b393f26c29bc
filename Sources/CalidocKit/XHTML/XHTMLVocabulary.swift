/// The restricted XHTML vocabulary templates may use; anything else is a template error.
enum XHTMLVocabulary {
    /// Elements that make blocks.
    static let blocks: Set<String> = [
        "h1", "h2", "h3", "h4", "p", "ul", "ol", "li", "table", "caption", "colgroup", "col", "thead", "tbody",
        "tr", "th", "td", "figure", "figcaption", "img", "blockquote", "section", "nav",
    ]
    /// Elements allowed inside paragraphs.
    static let inlines: Set<String> = ["strong", "b", "em", "i", "u", "a", "br", "span", "img"]
    /// The root the reader wraps around rendered output.
    static let root = "documento"

    /// Whether `name` is in the vocabulary.
    static func isKnown(_ name: String) -> Bool {
        name == root || blocks.contains(name) || inlines.contains(name)
    }

    /// All names, for messages.
    static var allNames: [String] { (blocks.union(inlines)).sorted() }
}
