import PropertyBased
import Testing
@testable import CalidocKit

/// Files with only line feeds are split on the byte; the lines must be those of the general
/// reading (every line end YAML knows: LF, CR, CR LF, NEL, LS, PS), whatever else the text holds.
@Suite struct SourceLinesTests {
    /// The general reading, scalar by scalar.
    static func reference(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            switch scalar {
            case "\n", "\u{2028}", "\u{2029}", "\u{85}":
                lines.append(String(current))
                current = String.UnicodeScalarView()
            case "\r":
                lines.append(String(current))
                current = String.UnicodeScalarView()
                if scalars.first == "\n" { scalars.removeFirst() }
            default:
                current.append(scalar)
            }
        }
        lines.append(String(current))
        return lines
    }

    static let text: AnyGenerator<String> = TextGenerators.element(of: [
        "a", "ñ", "—", "°", "º", "…", "\n", "\n", "\r", "\r\n", "\u{2028}", "\u{2029}", "\u{85}", "\u{301}", "é", " ", "😀", "\u{200D}",
    ]).array(of: 0...20).map { $0.joined() }.eraseToAny()

    @Test func linesAgreeWithTheGeneralReading() async {
        await propertyCheck(count: PropertyCount.cases(1000), input: Self.text) { text in
            #expect(SourceLines.split(text).map(String.init) == Self.reference(text), "\(Array(text.unicodeScalars))")
        }
    }

    @Test func aLineFeedAfterAMarkStillEndsTheLine() {
        #expect(SourceLines.split("a\u{301}\n\u{301}b\n").map(String.init) == ["a\u{301}", "\u{301}b", ""])
    }
}
