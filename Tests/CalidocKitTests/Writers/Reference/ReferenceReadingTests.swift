import Foundation
import Testing
@testable import CalidocKit

/// Reference documents are untrusted input read as XML trees: quoting style and line breaks between
/// attributes change nothing (they used to drop the header and footer silently).
@Suite struct ReferenceReadingTests {
    static let headerType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
    static let footerType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"

    /// calidoc's own DOCX with its relationships and section rewritten in another, equally valid, XML style.
    static func reference(relationships: String, sectionReferences: String) throws -> [UInt8] {
        let plain = try DOCXWriter().write(KitchenSink.document(rows: 2), options: WriterOptions())
        let archive = try ZipReader(bytes: plain)
        var parts: [PackagePart] = []
        for name in archive.entryNames {
            guard var data = archive.data(name) else { continue }
            if name == "word/_rels/document.xml.rels" {
                data = Array(relationships.utf8)
            } else if name == "word/document.xml" {
                let text = String(decoding: data, as: UTF8.self)
                    .replacingOccurrences(
                        of: "<w:headerReference w:type=\"default\" r:id=\"rIdEncabezado\"/><w:footerReference w:type=\"default\" r:id=\"rIdPie\"/>",
                        with: sectionReferences)
                data = Array(text.utf8)
            }
            parts.append(PackagePart(path: name, data: data))
        }
        return try ZipPackage.archive(parts, date: "2025-01-01")
    }

    static func relationships(quote q: String, separator: String) -> String {
        "<?xml version=\(q)1.0\(q) encoding=\(q)UTF-8\(q)?>\n<Relationships xmlns=\(q)\(OOXMLNamespace.relationships)\(q)>"
            + "<Relationship Id=\(q)rIdEstilos\(q) Type=\(q)http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\(q) Target=\(q)styles.xml\(q)/>"
            + "<Relationship\(separator)Id=\(q)rId1\(q)\(separator)Type=\(q)\(headerType)\(q) Target=\(q)header1.xml\(q)/>"
            + "<Relationship\(separator)Target=\(q)footer1.xml\(q)\(separator)Type=\(q)\(footerType)\(q) Id=\(q)rId2\(q)/>"
            + "</Relationships>"
    }

    /// What the writer kept: header/footer relationships of document.xml and the references in its section.
    static func kept(_ output: [UInt8]) throws -> (relationships: [String], section: [String], parts: Bool) {
        let archive = try ZipReader(bytes: output)
        let rels = OOXMLRelationship.read(archive.data("word/_rels/document.xml.rels"))
            .filter { $0.type.hasSuffix("/header") || $0.type.hasSuffix("/footer") }.map(\.id).sorted()
        let document = try #require(archive.data("word/document.xml").flatMap(XMLTree.init))
        let section = document.strings("/w:document/w:body/w:sectPr/*[self::w:headerReference or self::w:footerReference]/@r:id").sorted()
        return (rels, section, archive.data("word/header1.xml") != nil && archive.data("word/footer1.xml") != nil)
    }

    @Test func singleQuotedIdsKeepHeaderAndFooter() throws {
        let reference = try Self.reference(
            relationships: Self.relationships(quote: "'", separator: " "),
            sectionReferences: "<w:headerReference w:type='default' r:id='rId1'/><w:footerReference w:type='default' r:id='rId2'/>")
        let output = try DOCXWriter().write(KitchenSink.document(rows: 2), options: WriterOptions(referenceDocument: reference, referenceName: "ref.docx"))
        let kept = try Self.kept(output)
        #expect(kept.relationships == ["rId1", "rId2"])
        #expect(kept.section == ["rId1", "rId2"])
        #expect(kept.parts)
    }

    @Test func lineBreaksBeforeAttributesKeepHeaderAndFooter() throws {
        let reference = try Self.reference(
            relationships: Self.relationships(quote: "\"", separator: "\n    "),
            sectionReferences: "<w:headerReference\n  w:type=\"default\"\n  r:id=\"rId1\"/><w:footerReference\tr:id=\"rId2\"\n w:type=\"default\"/>")
        let output = try DOCXWriter().write(KitchenSink.document(rows: 2), options: WriterOptions(referenceDocument: reference, referenceName: "ref.docx"))
        let kept = try Self.kept(output)
        #expect(kept.relationships == ["rId1", "rId2"])
        #expect(kept.section == ["rId1", "rId2"])
        #expect(kept.parts)
    }

    /// A section that points at a header the package lacks loses that reference (never a dangling id).
    @Test func danglingHeaderReferenceIsDropped() throws {
        let reference = try Self.reference(
            relationships: Self.relationships(quote: "'", separator: " ").replacingOccurrences(of: "Id='rId1'", with: "Id='rIdOtro'"),
            sectionReferences: "<w:headerReference w:type='default' r:id='rId1'/><w:footerReference w:type='default' r:id='rId2'/>")
        let output = try DOCXWriter().write(KitchenSink.document(rows: 2), options: WriterOptions(referenceDocument: reference, referenceName: "ref.docx"))
        let kept = try Self.kept(output)
        #expect(kept.relationships == ["rId2"])
        #expect(kept.section == ["rId2"])
    }

    /// ODT: a reference whose styles use single quotes keeps its styles (none added twice) and its header picture.
    @Test func odfReferenceReadAsATree() throws {
        let plain = try ODTWriter().write(KitchenSink.document(rows: 2), options: WriterOptions())
        let archive = try ZipReader(bytes: plain)
        var parts: [PackagePart] = []
        for name in archive.entryNames {
            guard var data = archive.data(name) else { continue }
            if name == "styles.xml" {
                // Re-serialize with single-quoted attributes and a line break before each attribute.
                let tree = try #require(XMLTree(data))
                data = Array(String(decoding: tree.serialized(), as: UTF8.self)
                    .replacingOccurrences(of: "'", with: "&apos;").replacingOccurrences(of: "\" ", with: "\"\n ")
                    .replacingOccurrences(of: "\"", with: "'").utf8)
            }
            parts.append(PackagePart(path: name, data: data, compression: name == "mimetype" ? .stored : .deflated))
        }
        let reference = try ZipPackage.archive(parts, date: "2025-01-01")
        let output = try ODTWriter().write(KitchenSink.document(rows: 2), options: WriterOptions(referenceDocument: reference, referenceName: "ref.odt"))
        let merged = try ZipReader(bytes: output)
        let styles = try #require(merged.data("styles.xml").flatMap(XMLTree.init))
        let names = styles.strings("/office:document-styles/office:styles/style:style/@style:name")
        #expect(names.count == Set(names).count, "a style was added twice")
        #expect(names.contains("Title") && names.contains("Heading_20_1"))
        let logo = try #require(styles.string("//style:header//draw:image/@xlink:href"))
        #expect(merged.data(logo) != nil)
    }
}

/// Hostile reference parts: a DTD with nested entities is not read; a broken styles part is a clear error.
@Suite struct HostileReferenceTests {
    @Test func partsWithADTDAreNotRead() {
        let laughs = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
            + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><Relationships xmlns=\"\(OOXMLNamespace.relationships)\">"
            + "<Relationship Id=\"&c;\" Type=\"t\" Target=\"x\"/></Relationships>"
        #expect(XMLTree(Array(laughs.utf8)) == nil)
        #expect(OOXMLRelationship.read(Array(laughs.utf8)).isEmpty)
    }

    @Test func brokenStylesPartIsABadReference() throws {
        let plain = try DOCXWriter().write(KitchenSink.document(rows: 2), options: WriterOptions())
        let archive = try ZipReader(bytes: plain)
        let parts = archive.entryNames.compactMap { name -> PackagePart? in
            guard let data = archive.data(name) else { return nil }
            return PackagePart(path: name, data: name == "word/styles.xml" ? Array("<w:styles".utf8) : data)
        }
        let reference = try ZipPackage.archive(parts, date: "2025-01-01")
        do {
            _ = try DOCXWriter().write(KitchenSink.document(rows: 2), options: WriterOptions(referenceDocument: reference, referenceName: "ref.docx"))
            Issue.record("a broken reference was used")
        } catch let error as WriterError {
            #expect(error.message(.es) == "el documento de referencia «ref.docx» no se puede usar: su word/styles.xml no es XML de estilos de Word legible")
        }
    }
}
