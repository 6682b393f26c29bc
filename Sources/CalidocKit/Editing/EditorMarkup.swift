/// Markup of the editor's form, written so that it is both HTML5 and well-formed XML: void elements
/// closed with ` />`, every other element closed explicitly, every text and attribute escaped.
struct EditorMarkup {
    private(set) var html = ""

    /// `<name attributes>`; attributes whose value is `nil` are left out.
    mutating func open(_ name: String, _ attributes: [(String, String?)] = []) {
        html += "<" + name + Self.attributes(attributes) + ">"
    }

    /// `</name>` and a line break, so the source stays readable.
    mutating func close(_ name: String) {
        html += "</" + name + ">\n"
    }

    /// A void element (`input`, `br`): `<name attributes />`.
    mutating func void(_ name: String, _ attributes: [(String, String?)]) {
        html += "<" + name + Self.attributes(attributes) + " />\n"
    }

    /// `<name attributes>text</name>`.
    mutating func element(_ name: String, _ attributes: [(String, String?)] = [], text: String) {
        open(name, attributes)
        self.text(text)
        close(name)
    }

    /// Escaped text content.
    mutating func text(_ value: String) {
        html += XMLText.escaped(value)
    }

    /// A `<textarea>`: its first line break is doubled, because an HTML parser drops a line break
    /// right after the start tag, and a value that begins with one would lose it.
    mutating func textarea(_ attributes: [(String, String?)], value: String) {
        open("textarea", attributes)
        html += "\n" + XMLText.escaped(value)
        close("textarea")
    }

    /// A line break between elements, so the source stays readable.
    mutating func newline() {
        html += "\n"
    }

    /// Appends markup written by another builder.
    mutating func append(_ other: EditorMarkup) {
        html += other.html
    }

    /// Attribute text: escaped, with tabs and line breaks as character references (an XML parser
    /// would otherwise turn them into spaces).
    static func attributes(_ attributes: [(String, String?)]) -> String {
        var result = ""
        for (name, value) in attributes {
            guard let value else { continue }
            result += " " + name + "=\"" + XMLText.attributeEscaped(value) + "\""
        }
        return result
    }
}
