import PropertyBased
import Testing
@testable import CalidocKit

/// Whatever a person typed, escaped text and attributes read back through libxml2 exactly as
/// typed (less the characters XML forbids): the editor's form and the HTML pages rely on it.
@Suite struct XMLTextEscapingTests {
    static let typed: AnyGenerator<String> = Gen.frequency([
        (weight: 2, gen: TextGenerators.text),
        (weight: 3, gen: TextGenerators.element(of: Array("ab \t\n\r&<>\"'ñé😀\u{0}\u{1}\u{FFFE};#x")).string(of: 0...16).eraseToAny()),
    ]).eraseToAny()

    @Test func attributesAndTextReadBackAsTyped() async {
        await propertyCheck(count: PropertyCount.cases(500), input: Self.typed) { text in
            let markup = "<r a=\"\(XMLText.attributeEscaped(text))\">\(XMLText.escaped(text))</r>"
            let tree = XMLTree(Array(markup.utf8))
            #expect(tree != nil, "\(markup)")
            guard let tree, let root = tree.nodes("/r").first else { return }
            let expected = XMLText.sanitized(text)
            #expect(XMLTree.attribute(root, "a") == expected, "attribute of \(markup)")
            // Text content: a parser reads CR LF and lone CR as LF (XML 1.0 §2.11).
            let lineEnds = expected.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            #expect(XMLTree.content(root) == lineEnds, "content of \(markup)")
        }
    }

    @Test func textWithNothingToEscapeIsReturnedAsIs() {
        #expect(XMLText.attributeEscaped("Región de Ñuble") == "Región de Ñuble")
        #expect(XMLText.attributeEscaped("a\tb\nc\rd") == "a&#9;b&#10;c&#13;d")
        #expect(XMLText.escaped("a\tb\n") == "a\tb\n", "line breaks stay as they are in text content")
        #expect(XMLText.attributeEscaped("<\"&'>") == "&lt;&quot;&amp;&#39;&gt;")
    }
}
