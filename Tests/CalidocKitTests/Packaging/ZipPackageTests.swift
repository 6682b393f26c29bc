import Testing
@testable import CalidocKit

@Suite struct ZipPackageTests {
    @Test func roundTripKeepsOrderAndBytes() throws {
        let parts = [
            PackagePart(path: "mimetype", text: "application/vnd.oasis.opendocument.text", compression: .stored),
            PackagePart(path: "content.xml", text: "<a>ñandú &amp; 😀</a>"),
            PackagePart(path: "Pictures/x.bin", data: [0, 1, 2, 255]),
        ]
        let zip = try ZipPackage.archive(parts, date: "2024-10-24")
        let reader = try ZipReader(bytes: zip)
        #expect(reader.entryNames == ["mimetype", "content.xml", "Pictures/x.bin"])
        #expect(reader.text("content.xml") == "<a>ñandú &amp; 😀</a>")
        #expect(reader.data("Pictures/x.bin") == [0, 1, 2, 255])
        // The ODF mimetype must be stored uncompressed right after the first local header (offset 38).
        let name = Array("mimetype".utf8)
        #expect(Array(zip[30..<38]) == name)
        #expect(String(decoding: zip[38..<(38 + 39)], as: UTF8.self) == "application/vnd.oasis.opendocument.text")
    }

    @Test func sameInputGivesSameBytes() throws {
        let parts = [PackagePart(path: "a.xml", text: "<a/>")]
        #expect(try ZipPackage.archive(parts, date: "2024-10-24") == ZipPackage.archive(parts, date: "2024-10-24"))
    }

    @Test func duplicatePathsAreRejected() {
        let parts = [PackagePart(path: "a", text: "1"), PackagePart(path: "a", text: "2")]
        #expect(throws: PackageError.duplicatePart("a")) { try ZipPackage.archive(parts, date: "2024-01-01") }
    }

    @Test func garbageIsNotAnArchive() {
        #expect(throws: PackageError.self) { try ZipReader(bytes: Array("not a zip".utf8)) }
    }

    @Test func xmlWriterEscapesAndDropsForbiddenCharacters() {
        let writer = XMLWriter()
        writer.element("p", ["title": "a\"b"]) { writer.text("x < y & \u{1}z\u{FFFE}") }
        let text = writer.finishString()
        #expect(text.contains("<p title=\"a&quot;b\">x &lt; y &amp; z</p>"))
    }
}
