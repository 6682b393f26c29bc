import Foundation
import Testing
@testable import CalidocServer

/// The posted form is read byte by byte; it must agree with Foundation's percent decoding on every
/// input, including malformed escapes and bytes that are not UTF-8 (refused as a whole form).
@Suite struct FormBodyTests {
    /// Foundation's reading of one name or value, the reference.
    static func reference(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }

    @Test func decodingAgreesWithFoundation() {
        let pieces = ["a", "ñ", "+", "%", "%2", "%20", "%2B", "%2b", "%C3%B1", "%C3", "%FF", "%zz", "%0A", "%0D%0A", "%00", "%F0%9F%98%80", "=", "é", "x y"]
        // A fixed linear congruential sequence: the same 5 000 cases on every run.
        var seed: UInt64 = 0x5eed
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        for _ in 0..<5_000 {
            let text = (0..<next(8)).map { _ in pieces[next(pieces.count)] }.joined()
            #expect(FormBody.decode(Substring(text)) == Self.reference(Substring(text)), "«\(text)»")
        }
    }

    @Test func aFormKeepsOrderAndRefusesBrokenEscapes() throws {
        let form = try #require(FormBody.parse("b=2&a=%C3%B1+x&b=3&vacio=&sin"))
        #expect(form.fields.map(\.name) == ["b", "a", "b", "vacio", "sin"])
        #expect(form["a"] == "ñ x")
        #expect(form["b"] == "3")
        #expect(form["sin"] == "")
        #expect(FormBody.parse("a=%E") == nil)
        #expect(FormBody.parse("a=%C3") == nil, "a lone lead byte is not UTF-8")
    }
}
