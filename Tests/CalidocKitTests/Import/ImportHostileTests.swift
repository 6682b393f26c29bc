import Foundation
import Synchronization
import Testing
@testable import CalidocKit

/// Hostile and wrong inputs: refused with a message that says what to do, before anything is
/// inflated or written, in bounded time and memory.
@Suite struct ImportHostileTests {
    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>
        """

    static func docx(document: String, extra: [PackagePart] = []) throws -> [UInt8] {
        try ZipPackage.archive(
            [PackagePart(path: "[Content_Types].xml", text: contentTypes), PackagePart(path: "word/document.xml", text: document)] + extra,
            date: "2025-01-01")
    }

    static func body(_ xml: String) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"\(DOCXStyles.namespace)\"><w:body>\(xml)</w:body></w:document>"
    }

    static func error(_ bytes: [UInt8], name: String = "p.docx") -> ImportError? {
        do {
            _ = try PolicyImporter.run(bytes: bytes, name: name, date: "2025-01-01")
            return nil
        } catch let error as ImportError {
            return error
        } catch {
            Issue.record("error inesperado: \(error)")
            return nil
        }
    }

    /// Two imports into the same new folder at once (two browser tabs): exactly one writes, the
    /// other is refused; nothing is written over.
    @Test func concurrentImportsIntoOneFolderNeverOverwrite() throws {
        let result = try PolicyImporter.run(bytes: try ImportReaderTests.docx(
            body: ImportReaderTests.p("I. Contexto", style: "Heading1") + ImportReaderTests.p("Texto del contexto."),
            styles: "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/></w:style>"),
            name: "a.docx", date: "2025-01-01")
        let folder = try TestPaths.temporaryFolder().appending(path: "nuevo")
        let outcomes = Mutex<[Bool]>([])
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            let written = (try? ImportWorkspace.write(result, to: folder)) != nil
            outcomes.withLock { $0.append(written) }
        }
        #expect(outcomes.withLock { $0.filter { $0 }.count } == 1)
        #expect(try String(contentsOf: folder.appending(path: "politica.yaml"), encoding: .utf8) == result.policyText)
    }

    @Test func zipBombIsRefusedFromItsDirectory() throws {
        // 40 MB of zeros deflate to about 40 KB; the directory announces the size.
        let bomb = [UInt8](repeating: 0, count: 40 * 1024 * 1024)
        let bytes = try Self.docx(document: Self.body(""), extra: [PackagePart(path: "word/media/bomba.bin", data: bomb)])
        #expect(bytes.count < 1024 * 1024)
        let error = try #require(Self.error(bytes))
        guard case .unsafePackage(_, let detail) = error else { Issue.record("\(error)"); return }
        #expect(detail.contains("bomba zip"))
        #expect(error.category == .input)
    }

    @Test func entryOutsideThePackageIsRefused() throws {
        let bytes = try Self.docx(document: Self.body(""), extra: [PackagePart(path: "../../etc/calidoc", text: "x")])
        let error = try #require(Self.error(bytes))
        guard case .unsafePackage(_, let detail) = error else { Issue.record("\(error)"); return }
        #expect(detail.contains(".."))
    }

    @Test func externalEntitiesAreNeverResolved() throws {
        let secret = try TestPaths.temporaryFolder().appending(path: "secreto.txt")
        try "CONTENIDO-SECRETO".write(to: secret, atomically: true, encoding: .utf8)
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://\(secret.path)"><!ENTITY red SYSTEM "http://198.51.100.1/x">]>
            <w:document xmlns:w="\(DOCXStyles.namespace)"><w:body><w:p><w:r><w:t>I. Contexto &xxe; &red;</w:t></w:r></w:p></w:body></w:document>
            """
        let error = try #require(Self.error(try Self.docx(document: xml)))
        #expect(error == .badXML(path: "p.docx", part: "word/document.xml"))
        #expect(!error.message(.es).contains("CONTENIDO-SECRETO"))
    }

    @Test func billionLaughsIsRefused() throws {
        var entities = "<!ENTITY a0 \"ja\">"
        for level in 1...9 { entities += "<!ENTITY a\(level) \"" + String(repeating: "&a\(level - 1);", count: 10) + "\">" }
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE w:document [\(entities)]><w:document xmlns:w=\"\(DOCXStyles.namespace)\"><w:body><w:p><w:r><w:t>&a9;</w:t></w:r></w:p></w:body></w:document>"
        #expect(Self.error(try Self.docx(document: xml)) == .badXML(path: "p.docx", part: "word/document.xml"))
    }

    @Test func deeplyNestedTablesAreRefused() throws {
        var xml = "<w:p><w:r><w:t>x</w:t></w:r></w:p>"
        for _ in 0..<12 { xml = "<w:tbl><w:tr><w:tc>\(xml)</w:tc></w:tr></w:tbl>" }
        let error = try #require(Self.error(try Self.docx(document: Self.body("<w:p><w:r><w:t>I. Contexto</w:t></w:r></w:p>" + xml))))
        guard case .tooDeep(_, _, let limit) = error else { Issue.record("\(error)"); return }
        #expect(limit == ImportLimits.maximumTableDepth)
        #expect(error.message(.es).contains("anidadas"))
    }

    @Test func thousandsOfNestedElementsAreRefusedByTheParser() throws {
        let xml = String(repeating: "<w:tbl><w:tr><w:tc>", count: 3000) + String(repeating: "</w:tc></w:tr></w:tbl>", count: 3000)
        #expect(Self.error(try Self.docx(document: Self.body(xml))) != nil)
    }

    @Test func oldWordPDFEncryptedAndOtherFilesSayHowToSaveAsDOCX() throws {
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 512)
        let legacy = try #require(Self.error(ole, name: "p.doc"))
        #expect(legacy == .legacyWord(path: "p.doc"))
        #expect(legacy.message(.es).contains("Guardar como"))
        let encryptedMarker = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(Self.error(ole + encryptedMarker) == .encrypted(path: "p.docx"))
        let pdf = try #require(Self.error(Array("%PDF-1.7\n".utf8), name: "p.pdf"))
        #expect(pdf == .pdf(path: "p.pdf"))
        #expect(pdf.message(.es).contains(".docx"))
        #expect(Self.error(Array("{\\rtf1 hola}".utf8)) == .unsupported(path: "p.docx", kind: "un documento RTF"))
        #expect(Self.error([]) == .empty(path: "p.docx"))
        let encryptedODT = try ZipPackage.archive(
            [PackagePart(path: "mimetype", text: "application/vnd.oasis.opendocument.text"),
             PackagePart(path: "content.xml", text: "<x/>"),
             PackagePart(path: "META-INF/manifest.xml", text: "<manifest:manifest><manifest:encryption-data/></manifest:manifest>")],
            date: "2025-01-01")
        #expect(Self.error(encryptedODT, name: "p.odt") == .encrypted(path: "p.odt"))
    }

    @Test func a50MegabyteDocumentIsRefusedBeforeReading() throws {
        let file = try TestPaths.temporaryFolder().appending(path: "grande.docx")
        FileManager.default.createFile(atPath: file.path, contents: nil)
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: 50 * 1024 * 1024)
        try handle.close()
        do {
            _ = try PolicyImporter.run(file, date: "2025-01-01")
            Issue.record("se importó un archivo de 50 MB")
        } catch let error as ImportError {
            guard case .tooLarge(_, let bytes, let limit) = error else { Issue.record("\(error)"); return }
            #expect(bytes >= 50 * 1024 * 1024)
            #expect(limit == ImportLimits.maximumFileBytes)
            #expect(error.message(.es).contains("50 MB"))
        }
    }

    @Test func aDocumentWithoutSectionsIsReadButNothingIsWritten() throws {
        let bytes = try Self.docx(document: Self.body("<w:p><w:r><w:t>Acta de la reunión del lunes.</w:t></w:r></w:p>"))
        let error = try #require(Self.error(bytes))
        #expect(error.message(.es).contains("ninguna sección"))
    }

    @Test func neverOverwrites() throws {
        let result = try PolicyImporter.run(ImportCorpusTests.corpus.appending(path: "fomento-aysen.docx"), date: "2025-01-01")
        let folder = try TestPaths.temporaryFolder()
        try "mío".write(to: folder.appending(path: "politica.yaml"), atomically: true, encoding: .utf8)
        #expect(throws: ImportError.targetExists(path: folder.path)) { try ImportWorkspace.write(result, to: folder) }
        #expect(try String(contentsOf: folder.appending(path: "politica.yaml"), encoding: .utf8) == "mío")
        let empty = try TestPaths.temporaryFolder()
        let written = try ImportWorkspace.write(result, to: empty)
        #expect(written.map(\.lastPathComponent).prefix(3) == ["calidoc.yaml", "politica.yaml", "importacion.md"])
    }
}
