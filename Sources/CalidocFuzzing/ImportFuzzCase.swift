import CalidocKit

/// Fuzz iterations over `calidoc import`'s readers. Mutated zip bytes mostly stop at the zip reader
/// (CRC, sizes), so the first byte chooses what the rest is: `0` a whole package as uploaded;
/// `1` the body of `word/document.xml` wrapped in a minimal DOCX; `2` the body of `content.xml`
/// wrapped in a minimal ODT — so the XML readers, the section recognizer and the placement get
/// hostile text, tables, lists and headings, not only broken zips. A finding is a crash, a hang or
/// runaway memory; every ``ImportError`` is an ordinary result.
public enum ImportFuzzCase {
    /// One input.
    public static func run(_ bytes: some Collection<UInt8>) {
        guard let mode = bytes.first else { return }
        let rest = Array(bytes.dropFirst())
        let package: [UInt8]?
        switch mode % 3 {
        case 1: package = try? ZipPackage.archive(docxParts(rest), date: "2025-01-01")
        case 2: package = try? ZipPackage.archive(odtParts(rest), date: "2025-01-01")
        default: package = rest
        }
        guard let package else { return }
        do {
            let result = try PolicyImporter.run(bytes: package, name: "fuzz.docx", date: "2025-01-01")
            _ = ImportWorkspace.summary(result, folder: "fuzz", language: .es)
        } catch let error as ImportError {
            for language in MessageLanguage.allCases { _ = error.message(language) }
        } catch {}
    }

    /// A DOCX whose document body is `body` (paragraphs, tables, numbering references as fuzzed).
    static func docxParts(_ body: [UInt8]) -> [PackagePart] {
        let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        let document = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"\(main)\"><w:body>".utf8)
            + body + Array("</w:body></w:document>".utf8)
        return [
            PackagePart(path: "[Content_Types].xml", text: """
                <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
                """),
            PackagePart(path: "word/document.xml", data: document),
            PackagePart(path: "word/styles.xml", text: """
                <?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="\(main)">\
                <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>\
                <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style></w:styles>
                """),
        ]
    }

    /// An ODT whose `office:text` is `body`.
    static func odtParts(_ body: [UInt8]) -> [PackagePart] {
        let content = Array("""
            <?xml version="1.0" encoding="UTF-8"?><office:document-content \
            xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
            xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
            xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
            xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
            xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" \
            office:version="1.3"><office:body><office:text>
            """.utf8) + body + Array("</office:text></office:body></office:document-content>".utf8)
        return [
            PackagePart(path: "mimetype", text: "application/vnd.oasis.opendocument.text", compression: .stored),
            PackagePart(path: "content.xml", data: content),
        ]
    }
}
