import Foundation
import Testing
@testable import CalidocKit

/// Issue 15: the Informe's compliance chart is a native DrawingML chart in DOCX (it used to be a
/// writer warning, «image not rendered»): one chart part with one bar per activity, its value, its colour.
@Suite struct DOCXChartTests {
    static func informe() throws -> Document {
        try DocumentModelTests.document(.informe, TestPaths.servicio)
    }

    @Test func theComplianceChartIsANativeChart() throws {
        let document = try Self.informe()
        let chart = try #require(document.resource(named: ComplianceChart.resourceName)?.chart)
        let output = try DOCXWriter().render(document, options: WriterOptions())
        #expect(output.warnings.isEmpty, "\(output.warnings)")
        let archive = try ZipReader(bytes: output.bytes)
        let body = try #require(XMLInspector(archive.text("word/document.xml") ?? ""))
        // Inline drawing → graphic data of the chart URI → c:chart pointing at a relationship.
        let ids = body.strings("//w:drawing/wp:inline/a:graphic/a:graphicData[@uri='http://schemas.openxmlformats.org/drawingml/2006/chart']/c:chart/@r:id")
        #expect(ids == ["rIdGrafico1"])
        #expect(body.strings("//w:drawing/wp:inline[a:graphic/a:graphicData/c:chart]/wp:docPr/@descr") == ["Gráfico de barras: cumplimiento de la meta por actividad"])
        let relationships = try #require(XMLInspector(archive.text("word/_rels/document.xml.rels") ?? ""))
        #expect(relationships.strings("//pr:Relationship[@Id='rIdGrafico1']/@Target") == ["charts/chart1.xml"])
        #expect(relationships.strings("//pr:Relationship[@Id='rIdGrafico1']/@Type") == ["http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart"])
        let types = try #require(XMLInspector(archive.text("[Content_Types].xml") ?? ""))
        #expect(types.strings("//ct:Override[@PartName='/word/charts/chart1.xml']/@ContentType") == [DOCXChart.contentType])
        // The chart part: one horizontal bar series, a category and a value per activity, in order.
        let part = try #require(XMLInspector(archive.text("word/charts/chart1.xml") ?? ""))
        #expect(part.strings("//c:barChart/c:barDir/@val") == ["bar"])
        #expect(part.count("//c:barChart/c:ser") == 1)
        #expect(part.strings("//c:ser/c:cat//c:pt/c:v") == chart.bars.map(\.label))
        #expect(part.strings("//c:ser/c:val//c:pt/c:v") == chart.bars.map { DOCXChart.number($0.value) })
        #expect(part.strings("//c:ser/c:dPt/c:spPr/a:solidFill/a:srgbClr/@val") == chart.bars.map(\.colour))
        #expect(part.strings("//c:title//a:t").first == "Cumplimiento de la meta por actividad (%)")
        #expect(part.strings("//c:valAx/c:scaling/c:max/@val") == [DOCXChart.number(chart.axisMaximum)])
        #expect(part.strings("//c:dLbls/c:showVal/@val") == ["1"])
        // The sample's activities: A1 and A2 reach their meta (green), A3 does not (blue).
        let activities = try #require(WorkspaceLoader.load(at: TestPaths.servicio).workspace)
        let results = ActivityCompliance.all(try #require(activities.progress), plan: activities.plan).filter { $0.percentOfGoal != nil }
        #expect(chart.bars.map(\.label) == results.map(\.progress.actividad))
        #expect(chart.bars.map(\.colour) == results.map { ($0.percentOfGoal ?? 0) >= 100 ? "2E7D32" : "0F69B4" })
    }

    /// The chart part validates against ECMA-376 `dml-chart.xsd` (the body against `wml.xsd`).
    @Test func theChartPartValidates() throws {
        guard let xmllint = ExternalTool.require("xmllint") else { return }
        let bytes = try DOCXWriter().write(try Self.informe(), options: WriterOptions())
        try DOCXWriterTests.validate(bytes, label: "informe")
        let folder = try TestPaths.temporaryFolder()
        let chart = folder.appending(path: "chart1.xml")
        try Data(try #require(try ZipReader(bytes: bytes).data("word/charts/chart1.xml"))).write(to: chart)
        let schema = TestPaths.shared.appending(path: "schemas/ooxml/local/dml-entry.xsd")
        let (status, output) = try ExternalTool.run(xmllint, ["--noout", "--schema", schema.path, chart.path])
        #expect(status == 0, "xmllint dml-chart: \(output.prefix(3000))")
    }

    /// LibreOffice draws the chart: the PDF of the DOCX shows the categories and the values.
    @Test func libreOfficeDrawsTheChart() throws {
        let bytes = try DOCXWriter().write(try Self.informe(), options: WriterOptions())
        let file = try TestPaths.temporaryFolder().appending(path: "informe.docx")
        try Data(bytes).write(to: file)
        guard let (text, _) = try LibreOffice.pdfText(of: file) else { return }
        #expect(text.contains("Cumplimiento de la meta por actividad (%)"))
        #expect(text.contains("100 %"))
    }

    /// python-docx (the reader other DOCX checks use) opens the document with its chart.
    @Test func pythonDocxReadsIt() throws {
        guard let python = ExternalTool.require("python") else { return }
        let file = try TestPaths.temporaryFolder().appending(path: "informe.docx")
        try Data(try DOCXWriter().write(try Self.informe(), options: WriterOptions())).write(to: file)
        let script = """
            import sys, docx
            d = docx.Document(sys.argv[1])
            part = d.part
            charts = [r.target_part.partname for r in part.rels.values() if r.reltype.endswith('/chart')]
            print('CHARTS', charts)
            print('PARAGRAPHS', len(d.paragraphs) > 5)
            """
        let (status, output) = try ExternalTool.run(python, ["-c", script, file.path])
        #expect(status == 0, "python-docx: \(output)")
        #expect(output.contains("CHARTS ['/word/charts/chart1.xml']"))
        #expect(output.contains("PARAGRAPHS True"))
    }
}
