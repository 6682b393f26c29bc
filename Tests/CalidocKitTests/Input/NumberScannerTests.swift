import Foundation
import PropertyBased
import Testing
@testable import CalidocKit

/// The byte scanner the loader uses and the patterns the JSON Schemas publish accept exactly the
/// same spellings of numbers.
@Suite struct NumberScannerTests {
    /// Spellings built from the characters numbers are written with, and a few that are not.
    static let spellings: AnyGenerator<String> = Gen.frequency([
        (weight: 4, gen: TextGenerators.element(of: Array("0123456789.,+-eE")).string(of: 0...16).eraseToAny()),
        (weight: 1, gen: TextGenerators.element(of: Array("0123456789.,+-eE 1٣a\u{A0}")).string(of: 0...8).eraseToAny()),
    ]).eraseToAny()

    static func regex(_ text: String, _ pattern: String) -> Bool {
        // NSRegularExpression's `$` also matches before a final newline; the spellings have none.
        text.range(of: pattern, options: .regularExpression) != nil
    }

    @Test func scannerAgreesWithThePatterns() async {
        await propertyCheck(count: PropertyCount.cases(3000), input: Self.spellings) { text in
            #expect(NumberScanner.isInteger(text) == Self.regex(text, NumberGrammar.integerPattern), "«\(text)»")
            #expect(NumberScanner.isDecimal(text) == Self.regex(text, NumberGrammar.decimalPattern), "«\(text)»")
            #expect(NumberScanner.isLooseThousands(text) == Self.regex(text, NumberGrammar.looseThousandsPattern), "«\(text)»")
            #expect(NumberScanner.isLooseDecimal(text) == Self.regex(text, NumberGrammar.looseDecimalPattern), "«\(text)»")
        }
    }

    @Test(arguments: [
        "0", "7", "1200", "1.200", "7.112.808", "999.999.999.999", "+12", "999999999999", "1000000000000",
        "1.2", "1.20", "12.3456", "-3", "54,9", "-0,5", "8.16e+1", "8.16e+11", "8.16e+12", "8e-40", "1e011",
        "1e0011", "1e12", "12e1", "1.e1", ".5", "5.", "1..2", "1.200.30", "1.234.567.890.123", "٣", "1 200", "",
        "1234.567", "-1.000.000.000.000", ",5", "5,", "1e", "1e+", "+.5e-3", "1,2,3", "e5", ".", "+",
    ])
    func examplesAgree(_ text: String) {
        #expect(NumberScanner.isInteger(text) == Self.regex(text, NumberGrammar.integerPattern), "«\(text)»")
        #expect(NumberScanner.isDecimal(text) == Self.regex(text, NumberGrammar.decimalPattern), "«\(text)»")
        #expect(NumberScanner.isLooseThousands(text) == Self.regex(text, NumberGrammar.looseThousandsPattern), "«\(text)»")
        #expect(NumberScanner.isLooseDecimal(text) == Self.regex(text, NumberGrammar.looseDecimalPattern), "«\(text)»")
    }
}
