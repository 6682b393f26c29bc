import Foundation
import Testing
@testable import CalidocKit

/// Rejecting every change of a DOCX redline gives the old version and accepting every change the
/// new one, as an independent reader (pandoc `--track-changes=reject|accept`) sees them, compared
/// paragraph by paragraph — text, list membership, table rows — with calidoc's own DOCX of each
/// version.
@Suite struct RedlineRoundTripTests {
    /// A second version of the servicio Política with the changes that used to break the round
    /// trip: a list item deleted from the middle (the next one must keep its number), the last two
    /// glossary terms deleted, a new actor (a table row), a reworded principle (its bold name kept).
    static func servicioChanged() throws -> URL {
        let folder = try TestPaths.temporaryFolder().appending(path: "servicio-2")
        try FileManager.default.copyItem(at: TestPaths.servicio, to: folder)
        try edit(folder.appending(path: "politica.yaml"), [
            ("""
                - id: pri-oportunidad
                  nombre: Oportunidad
                  descripcion: Respondemos dentro de los plazos comprometidos y avisamos cuando no es posible.

            """, ""),
            ("sin ayuda y en el menor número de pasos.", "sin ayuda, en pocos pasos y por cualquier canal."),
            ("""
                - termino: SAIP
                  definicion: Solicitud de acceso a la información pública, según la Ley N° 20.285.
                - termino: Trámite relevante
                  definicion: Trámite seleccionado por su masividad o por su relación con los objetivos estratégicos.

            """, ""),
            ("""
            directrices:
              introduccion:
            """, """
                - id: act-juridica
                  actor: Fiscalía
                  involucramiento: entrega_servicios
                  rol: Revisar la forma jurídica de los trámites simplificados.
                  responsabilidades:
                    - Informar cada propuesta de simplificación en diez días hábiles.
            directrices:
              introduccion:

            """),
        ])
        try edit(folder.appending(path: "calidoc.yaml"), [("etiqueta: \"2025-1\"", "etiqueta: \"2025-2\"")])
        return folder
    }

    static func edit(_ url: URL, _ replacements: [(String, String)]) throws {
        var text = try String(contentsOf: url, encoding: .utf8)
        for (old, new) in replacements {
            #expect(text.contains(old), "the sample changed: «\(old)»")
            text = text.replacingOccurrences(of: old, with: new)
        }
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// pandoc's plain text of a DOCX as comparable lines: list markers become «* » (pandoc numbers
    /// by position); blank lines, table rules and empty table lines dropped. pandoc keeps a list
    /// paragraph whose text was rejected as an empty item, and a row whose insertion was rejected
    /// as an empty row (it reads neither paragraph-mark changes in lists nor `w:trPr/w:ins`); Word
    /// removes both, which the structural checks below hold.
    static func lines(_ docx: [UInt8], pandoc: URL, mode: String?) throws -> [String] {
        let file = try RedlineTests.file(docx, "\(UUID().uuidString).docx")
        let (status, output) = try ExternalTool.run(pandoc, (mode.map { ["--track-changes=\($0)"] } ?? []) + [file.path, "-t", "plain", "--wrap=none"])
        #expect(status == 0, "\(output)")
        return output.split(separator: "\n", omittingEmptySubsequences: true).compactMap { line -> String? in
            let text = String(line)
            if text.range(of: #"^[|+][-=+| ]*$"#, options: .regularExpression) != nil { return nil }
            guard let marker = text.range(of: #"^\s*([0-9]+\.|-)(\s+|$)"#, options: .regularExpression) else {
                return text.trimmingCharacters(in: .whitespaces).isEmpty ? nil : text
            }
            let rest = text[marker.upperBound...]
            return rest.trimmingCharacters(in: .whitespaces).isEmpty ? nil : String(text[..<marker.lowerBound]) + "* " + rest
        }
    }

    static func docx(_ folder: URL, builder: DocumentBuilder) throws -> [UInt8] {
        let workspace = try WorkspaceValidation.validated(at: folder)
        return try WriterRegistry.writer(for: .docx).write(try builder.build(.politica, from: workspace), options: WriterOptions())
    }

    /// The pairs compared: the GORE versions as the Comité saw them, and the servicio changes above.
    static func pair(_ label: String) throws -> (old: URL, new: URL) {
        switch label {
        case "GORE 1 → 2": (TestPaths.goreV1, TestPaths.goreV2)
        case "GORE 2 → 3": (TestPaths.goreV2, TestPaths.gore)
        default: (TestPaths.servicio, try servicioChanged())
        }
    }

    @Test(arguments: ["GORE 1 → 2", "GORE 2 → 3", "servicio"])
    func rejectingGivesTheOldVersionAndAcceptingTheNew(_ label: String) throws {
        guard let pandoc = ExternalTool.require("pandoc") else { return }
        let (old, new) = try Self.pair(label)
        let redline = try VersionDiff.redline(old: old, new: new, format: .docx).1
        let builder = try DocumentBuilder(workspace: try WorkspaceValidation.validated(at: new))
        let before = try Self.lines(try Self.docx(old, builder: builder), pandoc: pandoc, mode: nil)
        let after = try Self.lines(try Self.docx(new, builder: builder), pandoc: pandoc, mode: nil)
        let rejected = try Self.lines(redline, pandoc: pandoc, mode: "reject")
        let accepted = try Self.lines(redline, pandoc: pandoc, mode: "accept")
        let rejectedIsOld = rejected == before
        let acceptedIsNew = accepted == after
        #expect(rejectedIsOld, "\(label): rejected ≠ old\n\(Self.firstDifference(rejected, before))")
        #expect(acceptedIsNew, "\(label): accepted ≠ new\n\(Self.firstDifference(accepted, after))")

        // Word's model: a paragraph whose whole text is inserted (deleted) has its paragraph mark
        // inserted (deleted) too, so resolving the change leaves no empty paragraph or list item.
        let document = try #require(XMLInspector(try ZipReader(bytes: redline).text("word/document.xml") ?? ""))
        #expect(document.count("//w:p[w:ins and not(w:r) and not(w:del) and not(w:pPr/w:rPr/w:ins)]") == 0, "\(label)")
        // The body's last paragraph keeps its mark (a body cannot lose it): its deleted text joins
        // the mark before it, which is deleted instead (DOCXBody+Redline).
        let lastKeepsItsMark = "not(not(following-sibling::w:p) and preceding-sibling::w:p[1]/w:pPr/w:rPr/w:del)"
        #expect(document.count("//w:p[w:del and not(w:r) and not(w:ins) and not(w:pPr/w:rPr/w:del) and \(lastKeepsItsMark)]") == 0, "\(label)")
        try DOCXWriterTests.validate(redline, label: "redline \(label)")
    }

    /// The new actor is an inserted row (`w:trPr/w:ins`); the reworded principle keeps its bold name.
    @Test func insertedRowsAndBoldTitlesAreKept() throws {
        let redline = try VersionDiff.redline(old: TestPaths.servicio, new: try Self.servicioChanged(), format: .docx).1
        let document = try #require(XMLInspector(try ZipReader(bytes: redline).text("word/document.xml") ?? ""))
        #expect(document.count("//w:tr[w:trPr/w:ins]") == 1)
        #expect(document.strings("//w:tr[w:trPr/w:ins]//w:t").joined().contains("Fiscalía"))
        #expect(document.count("//w:tr[w:trPr/w:del]") == 0)
        let reworded = "//w:p[.//w:ins//w:t[contains(., 'por cualquier canal')]]"
        #expect(document.count(reworded) == 1)
        #expect(document.strings(reworded + "/w:r[w:rPr/w:b]/w:t").joined().contains("Simplicidad"))
    }

    static func firstDifference(_ a: [String], _ b: [String]) -> String {
        for index in 0..<max(a.count, b.count) where a[safe: index] != b[safe: index] {
            return "line \(index + 1):\n  got:      \(a[safe: index] ?? "—")\n  expected: \(b[safe: index] ?? "—")"
        }
        return ""
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
