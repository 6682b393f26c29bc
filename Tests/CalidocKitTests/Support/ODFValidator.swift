import Foundation
import Testing
@testable import CalidocKit

/// Checks ODF packages with the OASIS RelaxNG schemas (jing and xmllint), as the ODT and ODP tests
/// need, after removing the foreign markup calidoc writes on purpose (``ODFForeignMarkup``).
enum ODFValidator {
    static let schema = TestPaths.shared.appending(path: "schemas/odf/1.3/OpenDocument-v1.3-schema.rng")
    static let manifestSchema = TestPaths.shared.appending(path: "schemas/odf/1.3/OpenDocument-v1.3-manifest-schema.rng")

    /// Unzips `bytes` into a folder and validates every XML part; returns the folder.
    @discardableResult
    static func validate(_ bytes: [UInt8], label: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> URL {
        let folder = try unzip(bytes)
        try ODFForeignMarkup.strip(folder)
        let parts = ["content.xml", "styles.xml", "meta.xml", "settings.xml"].map { folder.appending(path: $0).path }
        if let jing = ExternalTool.require("jing") {
            let (status, output) = try ExternalTool.run(jing, ["-i", schema.path] + parts)
            let errors = output.split(separator: "\n").filter { !$0.hasPrefix("[warning]") }
            #expect(status == 0 && errors.isEmpty, "jing \(label): \(errors.prefix(10).joined(separator: "\n"))", sourceLocation: sourceLocation)
            let (manifestStatus, manifestOutput) = try ExternalTool.run(jing, ["-i", manifestSchema.path, folder.appending(path: "META-INF/manifest.xml").path])
            #expect(manifestStatus == 0, "jing manifest \(label): \(manifestOutput)", sourceLocation: sourceLocation)
        }
        if let xmllint = ExternalTool.require("xmllint") {
            let (status, output) = try ExternalTool.run(xmllint, ["--noout", "--relaxng", schema.path] + parts)
            #expect(status == 0, "xmllint \(label): \(output.prefix(2000))", sourceLocation: sourceLocation)
        }
        return folder
    }

    /// Checks `content.xml` and `styles.xml` of an unzipped package with xmllint alone: quick enough
    /// to run once per generated case, so a failure can be shrunk.
    static func validateWithXmllint(_ folder: URL, label: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        guard let xmllint = ExternalTool.require("xmllint") else { return }
        try ODFForeignMarkup.strip(folder, parts: ["content.xml", "styles.xml"])
        let parts = ["content.xml", "styles.xml"].map { folder.appending(path: $0).path }
        let (status, output) = try ExternalTool.run(xmllint, ["--noout", "--relaxng", schema.path] + parts)
        #expect(status == 0, "xmllint \(label): \(output.prefix(2000))", sourceLocation: sourceLocation)
    }

    /// Checks `content.xml` and `styles.xml` of many unzipped packages with one jing run (one JVM start).
    static func validateWithJing(_ folders: [URL], label: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        guard !folders.isEmpty, let jing = ExternalTool.require("jing") else { return }
        for folder in folders { try ODFForeignMarkup.strip(folder, parts: ["content.xml", "styles.xml"]) }
        let parts = folders.flatMap { folder in ["content.xml", "styles.xml"].map { folder.appending(path: $0).path } }
        let (status, output) = try ExternalTool.run(jing, ["-i", schema.path] + parts)
        let errors = output.split(separator: "\n").filter { !$0.hasPrefix("[warning]") }
        #expect(status == 0 && errors.isEmpty, "jing \(label): \(errors.prefix(10).joined(separator: "\n"))", sourceLocation: sourceLocation)
    }
}

/// Unzips a package into a new temporary folder.
func unzip(_ bytes: [UInt8]) throws -> URL {
        let folder = try TestPaths.temporaryFolder()
        let archive = try ZipReader(bytes: bytes)
        for name in archive.entryNames {
            let url = folder.appending(path: name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(archive.data(name) ?? []).write(to: url)
        }
        return folder
}

/// LibreOffice headless conversion to PDF and its text (pdftotext).
enum LibreOffice {
    /// Converts `file` to PDF; returns the PDF's text and page count, or nil when the tools are missing.
    static func pdfText(of file: URL) throws -> (text: String, pages: Int)? {
        guard let soffice = ExternalTool.require("soffice"), let pdftotext = ExternalTool.require("pdftotext"),
            let pdfinfo = ExternalTool.require("pdfinfo")
        else { return nil }
        let out = try TestPaths.temporaryFolder()
        let profile = try TestPaths.temporaryFolder()
        let (status, output) = try ExternalTool.run(soffice, [
            "-env:UserInstallation=file://\(profile.path)", "--headless", "--convert-to", "pdf", "--outdir", out.path, file.path,
        ])
        let pdf = out.appending(path: file.deletingPathExtension().lastPathComponent + ".pdf")
        guard status == 0, FileManager.default.fileExists(atPath: pdf.path) else {
            Issue.record("LibreOffice could not convert \(file.lastPathComponent): \(output)")
            return nil
        }
        let (_, text) = try ExternalTool.run(pdftotext, ["-layout", pdf.path, "-"])
        let (_, info) = try ExternalTool.run(pdfinfo, [pdf.path])
        let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
        return (text, pages)
    }
}
