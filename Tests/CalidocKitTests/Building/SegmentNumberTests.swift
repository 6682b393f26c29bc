import PropertyBased
import Testing
@testable import CalidocKit

/// The figures a segment's text states are read byte by byte; they must be the figures reading
/// the text character by character finds (the way it was first written), for any text.
@Suite struct SegmentNumberTests {
    /// The character-by-character reading, kept as the reference.
    static func reference(_ text: String) -> [Int] {
        var result: [Int] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            if character.isASCII && character.isNumber {
                current.append(character)
            } else if character == ".", !current.isEmpty, index + 1 < characters.count, characters[index + 1].isASCII, characters[index + 1].isNumber {
                continue
            } else {
                if let value = Int(current) { result.append(value) }
                current = ""
            }
        }
        if let value = Int(current) { result.append(value) }
        return result
    }

    static let text: AnyGenerator<String> = TextGenerators.element(of: Array("0123456789.., aé ñ\n١٢٣½")).string(of: 0...30).eraseToAny()

    @Test func bytesAgreeWithCharacters() async {
        await propertyCheck(count: PropertyCount.cases(1000), input: Self.text) { text in
            #expect(SegmentNumber.figures(text) == Self.reference(text), "«\(text)»")
        }
    }

    @Test func knownFigures() {
        #expect(SegmentNumber.figures("una población de 7.112.808 habitantes y 52 municipios.") == [7_112_808, 52])
        #expect(SegmentNumber.figures("99999999999999999999 y 3") == [3], "a figure too large for Int is not a figure")
        #expect(SegmentNumber.figures("1..2 .5 3.") == [1, 2, 5, 3])
    }
}
