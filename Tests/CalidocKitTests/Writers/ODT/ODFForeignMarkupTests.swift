import Foundation
import Testing
@testable import CalidocKit

/// The schema check removes only the foreign markup calidoc writes on purpose
/// (``ODFForeignMarkup``): LibreOffice's `loext:text-changes-only` of a redline's changed rows.
@Suite struct ODFForeignMarkupTests {
    static let content = """
        <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
        xmlns:loext="\(ODFNamespaces.libreOfficeExtension)" xmlns:otro="urn:example:otro" office:version="1.3">\
        <office:automatic-styles><style:style style:name="F" style:family="table-row">\
        <style:table-row-properties loext:text-changes-only="false" ATTR/></style:style></office:automatic-styles>\
        <office:body><office:text><text:p>Hola<loext:algo>x</loext:algo></text:p></office:text></office:body></office:document-content>
        """

    static func check(_ xml: String) throws -> (status: Int32, output: String)? {
        guard let jing = ExternalTool.require("jing") else { return nil }
        let folder = try TestPaths.temporaryFolder()
        let file = folder.appending(path: "content.xml")
        try Data(xml.utf8).write(to: file)
        try ODFForeignMarkup.strip(folder, parts: ["content.xml"])
        let (status, output) = try ExternalTool.run(jing, ["-i", ODFValidator.schema.path, file.path])
        return (status, output.split(separator: "\n").filter { !$0.hasPrefix("[warning]") }.joined(separator: "\n"))
    }

    @Test func libreOfficeExtensionsAreRemovedBeforeTheSchemaCheck() throws {
        let stripped = try #require(ODFForeignMarkup.stripped(Array(Self.content.replacingOccurrences(of: "ATTR", with: "").utf8)))
        let text = String(decoding: stripped, as: UTF8.self)
        #expect(!text.contains("loext:text-changes-only") && !text.contains("loext:algo"))
        #expect(text.contains("<text:p>Hola</text:p>"))
        guard let (status, output) = try Self.check(Self.content.replacingOccurrences(of: "ATTR", with: "")) else { return }
        #expect(status == 0 && output.isEmpty, "\(output)")
    }

    @Test func otherForeignMarkupStillFails() throws {
        guard let (status, output) = try Self.check(Self.content.replacingOccurrences(of: "ATTR", with: "otro:x=\"1\"")) else { return }
        #expect(status != 0 && output.contains("otro:x"), "\(output)")
    }
}
