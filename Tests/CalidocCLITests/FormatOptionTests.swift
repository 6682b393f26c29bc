import ArgumentParser
import Foundation
import Testing
@testable import CalidocCLI
@testable import CalidocKit

/// `--format` is checked against the product while the arguments are parsed: exit 64, the valid
/// formats listed in Spanish, nothing run.
@Suite struct FormatOptionTests {
    static let gore = CommandTests.gore

    /// The parse error and its exit code.
    static func refusal(_ arguments: [String]) -> (code: Int32, message: String)? {
        do {
            _ = try CalidocCommand.parseAsRoot(arguments)
            return nil
        } catch {
            return (CalidocCommand.exitCode(for: error).rawValue, CalidocCommand.message(for: error))
        }
    }

    @Test func buildRefusesADeckFormatWhileParsing() throws {
        let out = FileManager.default.temporaryDirectory.appending(path: "calidoc-formato-\(UUID().uuidString)")
        let refusal = try #require(Self.refusal(["build", Self.gore, "--format", "pptx", "--out", out.path]))
        #expect(refusal.code == 64)
        #expect(refusal.message.contains(
            "el formato «pptx» no sirve para los documentos (build) (solo para las presentaciones (deck)); use uno de: html, odt, docx, pdf, md"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
        #expect(CommandTests.exitCode(["build", Self.gore, "--format", "html,pptx", "--out", out.path]) == 64)
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func unknownFormatListsTheValidOnes() throws {
        let refusal = try #require(Self.refusal(["build", Self.gore, "--format", "rtf"]))
        #expect(refusal.code == 64)
        #expect(refusal.message.contains("formato desconocido «rtf»; para los documentos (build) use uno de: html, odt, docx, pdf, md"))
        let english = try #require(Self.refusal(["build", Self.gore, "--format", "rtf", "--lang", "en"]))
        #expect(english.message.contains("unknown format «rtf»; for documents (build) use one of: html, odt, docx, pdf, md"))
    }

    @Test func diffAndDeckRefuseImpossibleCombinations() throws {
        let redline = try #require(Self.refusal(["diff", Self.gore, Self.gore, "--redline", "--format", "text"]))
        #expect(redline.code == 64)
        #expect(redline.message.contains("use uno de: html, odt, docx"))
        let summary = try #require(Self.refusal(["diff", Self.gore, Self.gore, "--format", "pptx"]))
        #expect(summary.message.contains("use uno de: html, odt, docx, md, text, json"))
        let deck = try #require(Self.refusal(["deck", Self.gore, "--session", "3", "--format", "docx"]))
        #expect(deck.code == 64)
        #expect(deck.message.contains("use uno de: html, odp, pptx"))
        #expect(Self.refusal(["deck", Self.gore, "--session", "3", "--format", "odp,pptx"]) == nil)
        #expect(Self.refusal(["diff", Self.gore, Self.gore, "--redline", "--format", "odt"]) == nil)
    }

    /// What a writer could not show is printed as one "advertencia:" line per warning.
    @Test func writerWarningsArePrintedAsWarnings() {
        let warnings = [WriterWarning(format: .pptx, loss: .image(alt: "Logo del GORE"), place: "Contenido")]
        #expect(WarningPrinter.text(warnings, language: .es)
            == "advertencia: PPTX no muestra la imagen «Logo del GORE»; queda su texto alternativo o se omite (en «Contenido»)\n")
        #expect(WarningPrinter.text(warnings, language: .en)
            == "warning: PPTX does not show the image «Logo del GORE»; its alternative text stands in or it is left out (in «Contenido»)\n")
    }
}
