import PropertyBased
import Testing
@testable import CalidocKit

/// R-TXT-01 stops reading a text once it is longer than any placeholder; it must answer exactly
/// as normalizing the whole text would, for any spacing, case or length.
@Suite struct PlaceholderTextRuleTests {
    static let spacing: AnyGenerator<String> = TextGenerators.element(of: [
        "", " ", "  ", "\t", "\n", " \n\t ", String(repeating: " ", count: 300), "\u{A0}", "\u{2028}", "\r\n",
        // Marks joined to a space make one whitespace character: still a placeholder once normalized.
        " \u{301}", String(repeating: " \u{301}\u{200D}", count: 100), "\u{3000}\u{903}",
    ])
    static let text: AnyGenerator<String> = Gen.frequency([
        (weight: 2, gen: TextGenerators.element(of: PlaceholderTextRule.placeholders)),
        (weight: 1, gen: TextGenerators.element(of: PlaceholderTextRule.placeholders.map { $0.uppercased() })),
        (weight: 1, gen: TextGenerators.text),
        (weight: 1, gen: TextGenerators.element(of: PlaceholderTextRule.placeholders.map { $0 + " y más texto" })),
    ]).eraseToAny()

    @Test func agreesWithNormalizingTheWholeText() async {
        let normalized = Set(PlaceholderTextRule.placeholders.map(PlaceholderTextRule.normalized))
        await propertyCheck(count: PropertyCount.cases(500), input: Self.spacing, Self.text, Self.spacing) { before, text, after in
            // Spaces inside too: every single space doubled or not.
            for candidate in [before + text + after, before + text.replacingOccurrences(of: " ", with: "  \n ") + after] {
                #expect(PlaceholderTextRule.isPlaceholder(candidate) == normalized.contains(PlaceholderTextRule.normalized(candidate)), "«\(candidate)»")
            }
        }
    }

    @Test func knownCases() {
        #expect(PlaceholderTextRule.isPlaceholder("  ÁREA   responsable \n"))
        #expect(!PlaceholderTextRule.isPlaceholder("Área responsable de la gestión"))
        #expect(!PlaceholderTextRule.isPlaceholder(String(repeating: "Área responsable ", count: 1000)))
        #expect(PlaceholderTextRule.isPlaceholder("Área" + String(repeating: " \u{301}", count: 500) + " responsable"))
    }
}
