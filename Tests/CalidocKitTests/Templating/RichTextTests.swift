import Foundation
import PropertyBased
import Testing
@testable import CalidocKit

/// Issue 13: any markup a person can type renders as properly nested XHTML, and no character
/// typed is lost on the way (only the markers that format something disappear).
@Suite struct RichTextTests {
    @Test(arguments: [
        ("***Muy importante***", "<em><strong>Muy importante</strong></em>"),
        ("**negrita** y *cursiva*", "<strong>negrita</strong> y <em>cursiva</em>"),
        ("*muy importante*", "<em>muy importante</em>"),
        ("**a*", "*<em>a</em>"),
        ("*a**", "<em>a</em>*"),
        ("*a **b***", "<em>a <strong>b</strong></em>"),
        ("***a** b*", "<em><strong>a</strong> b</em>"),
        ("**a *b***", "<strong>a <em>b</em></strong>"),
        ("*a **b* c**", "<em>a <em><em>b</em> c</em></em>"),
        ("2 * 3 * 4", "2 * 3 * 4"),
        ("\\*no es cursiva\\*", "*no es cursiva*"),
        ("C:\\carpeta", "C:\\carpeta"),
        ("****", "****"),
        ("**** separador ****", "**** separador ****"),
        ("*", "*"),
        ("a*b*c", "a<em>b</em>c"),
        ("(a/b)*100 y 2*3*4", "(a/b)*100 y 2*3*4"),
        ("_no_ es markup", "_no_ es markup"),
        ("*<b>&*", "<em>&lt;b&gt;&amp;</em>"),
    ])
    func inlineMarkup(input: String, expected: String) throws {
        #expect(RichText.inline(input) == expected)
        _ = try XHTMLReader.parseFragment("<p>" + RichText.inline(input) + "</p>")
    }

    @Test func plainDropsOnlyTheMarkersThatFormat() {
        #expect(RichText.plain("***Muy importante***") == "Muy importante")
        #expect(RichText.plain("2 * 3 y **b**") == "2 * 3 y b")
        #expect(RichText.plain("\\*") == "*")
    }

    /// Thousands of nested or unclosed markers: the XHTML stays a few levels deep (libxml2 and
    /// the writers recurse on it) and every character is kept.
    @Test func deepMarkupStaysShallow() throws {
        let deep = String(repeating: "*a ", count: 20_000) + String(repeating: "a* ", count: 20_000)
        let html = RichText.inline(deep)
        _ = try XHTMLReader.parseFragment("<p>" + html + "</p>")
        #expect(html.components(separatedBy: "<em>").count - 1 <= InlineMarkup.maximumOpenMarkers)
        let unclosed = String(repeating: "*a ", count: 50_000)
        #expect(RichText.plain(unclosed) == unclosed)
    }

    /// Every character but the markers survives, and the result is well-formed XHTML.
    @Test func anyMarkupRendersWellFormedWithoutLosingText() async throws {
        let pieces = ["*", "**", "***", "\\*", "_", " ", "a", "b", "Ñ", "<", "&", "\\", "\n", "“", "."]
        let generator = Gen.int(in: 0...(pieces.count - 1)).array(of: 0...24).map { $0.map { pieces[$0] }.joined() }
        await propertyCheck(count: PropertyCount.cases(500), input: generator) { text in
            let html = RichText.inline(text)
            let blocks = try XHTMLReader.parseFragment("<p>" + html + "</p>")
            let rendered = DocumentModelTests.text(of: blocks)
            func skeleton(_ value: String) -> String {
                value.filter { $0 != "*" && $0 != "\\" }.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            }
            #expect(skeleton(rendered) == skeleton(text), "«\(text)» → \(html)")
            #expect(skeleton(RichText.plain(text)) == skeleton(text))
        }
    }
}
