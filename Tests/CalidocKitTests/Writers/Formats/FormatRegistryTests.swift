import Foundation
import Testing
@testable import CalidocKit

/// One registry: every format has an extension, a media type, its products and a writer for each.
@Suite struct FormatRegistryTests {
    @Test func everyProductOfEveryFormatHasAWriter() throws {
        for format in OutputFormat.allCases {
            #expect(!format.products.isEmpty, "\(format) serves nothing")
            #expect(!format.fileExtension.isEmpty && format.mediaType.contains("/"))
            for product in format.products {
                switch product {
                case .deck: _ = try WriterRegistry.deckWriter(for: format)
                case .document, .redline: #expect(type(of: try WriterRegistry.writer(for: format, product: product)).format == format)
                case .changeSummary:
                    // JSON is the change set itself; the others render the summary document.
                    if format != .json { #expect(type(of: try WriterRegistry.writer(for: format, product: product)).format == format) }
                }
            }
        }
        #expect(OutputFormat.text.fileExtension == "txt")
        #expect(OutputFormat.serving(.document) == [.html, .odt, .docx, .pdf, .md])
        #expect(OutputFormat.serving(.redline) == [.html, .odt, .docx])
        #expect(OutputFormat.serving(.deck) == [.html, .odp, .pptx])
        #expect(OutputFormat.pdf.referenceKind == .odt && OutputFormat.pptx.referenceKind == .pptx && OutputFormat.md.referenceKind == nil)
    }

    @Test func impossibleCombinationsAreRefused() {
        #expect(throws: FormatChoiceError(name: "pptx", product: .document, format: .pptx)) {
            try FormatChoice.parse(["html,pptx"], for: .document)
        }
        #expect(throws: FormatChoiceError(name: "rtf", product: .deck, format: nil)) { try FormatChoice.parse(["rtf"], for: .deck) }
        #expect((try? FormatChoice.parse([" HTML , docx", "html"], for: .document)) == [.html, .docx])
        #expect((try? FormatChoice.parse([".TXT"], for: .changeSummary)) == [.text])
        #expect((try? FormatChoice.parse([], for: .document)) == .some(nil))
        #expect(throws: WriterError.self) { try WriterRegistry.writer(for: .pptx) }
        #expect(throws: WriterError.self) { try WriterRegistry.deckWriter(for: .docx) }
    }

    /// A redline asked for in a format that cannot hold tracked changes is refused, never written
    /// in another format (it used to fall back to DOCX bytes).
    @Test func redlineNeverFallsBackToAnotherFormat() throws {
        do {
            _ = try VersionDiff.redline(old: TestPaths.goreV2, new: TestPaths.gore, format: .text)
            Issue.record("a text redline was written")
        } catch WriterError.unsupportedFormat(let format, let product) {
            #expect(format == .text && product == .redline)
        }
        let html = try VersionDiff.redline(old: TestPaths.goreV2, new: TestPaths.gore, format: .html).1
        #expect(String(decoding: html.prefix(15), as: UTF8.self) == "<!DOCTYPE html>")
    }

    /// PPTX draws charts natively but cannot show other pictures or a table of contents: it says so.
    @Test func deckWriterWarnsAboutAnImage() throws {
        var deck = try DeckTests.presentation()
        deck.resources.append(Resource(name: "foto.png", mediaType: "image/png", data: KitchenSink.png, pixelWidth: 2, pixelHeight: 2))
        deck.slides.append(Slide(layout: .content, title: "Fotografía del Comité", blocks: [
            .figure(Figure(image: Image(source: "foto.png", alt: "Foto de la sesión"))),
            .tableOfContents(title: "Índice", maxLevel: 2),
        ]))
        let output = try PPTXWriter().render(deck, options: WriterOptions())
        #expect(output.warnings == [
            WriterWarning(format: .pptx, loss: .tableOfContents, place: "Fotografía del Comité"),
            WriterWarning(format: .pptx, loss: .image(alt: "Foto de la sesión"), place: "Fotografía del Comité"),
        ])
        #expect(output.warnings.last?.message(.es)
            == "PPTX no muestra la imagen «Foto de la sesión»; queda su texto alternativo o se omite (en «Fotografía del Comité»)")
        // HTML and ODP show the picture: no warning.
        #expect(try HTMLSlidesWriter().render(deck, options: WriterOptions()).warnings.isEmpty)
        #expect(try ODPWriter().render(deck, options: WriterOptions()).warnings.isEmpty)
        // The sample deck loses nothing.
        #expect(try PPTXWriter().render(try DeckTests.presentation(), options: WriterOptions()).warnings.isEmpty)
    }

    @Test func docxWarnsAboutSVGAndMissingImages() throws {
        let svg = Array("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>".utf8)
        let document = Document(
            metadata: DocumentMetadata(title: "T", institution: "I", version: "1", date: "2025-01-01", kind: "prueba"),
            blocks: [
                .figure(Figure(image: Image(source: "grafico.svg", alt: "Gráfico"))),
                .figure(Figure(image: Image(source: "falta.png", alt: "Falta"))),
            ],
            resources: [Resource(name: "grafico.svg", mediaType: "image/svg+xml", data: svg)])
        let warnings = try DOCXWriter().render(document, options: WriterOptions()).warnings
        #expect(warnings.map(\.loss) == [.image(alt: "Gráfico"), .missingImage(source: "falta.png")])
        #expect(try ODTWriter().render(document, options: WriterOptions()).warnings.map(\.loss) == [.missingImage(source: "falta.png")])
        #expect(try HTMLWriter().render(document, options: WriterOptions()).warnings.isEmpty)
    }
}

/// The manifest's `formatos` follows the registry: a deck format is refused while loading, with its place.
@Suite struct ManifestFormatTests {
    @Test func manifestRefusesAFormatThatWritesNoDocuments() throws {
        let manifest = try String(contentsOf: TestPaths.gore.appending(path: "calidoc.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "formatos: [html, odt, docx]", with: "formatos: [html, pptx]")
        let folder = try TestPaths.workspace(["calidoc.yaml": manifest])
        let loaded = WorkspaceLoader.load(at: folder)
        let error = try #require(loaded.diagnostics.first { $0.severity == .error })
        #expect(error.message.es == "valor no permitido «pptx»; use uno de: «html», «odt», «docx», «pdf», «md»")
        let line = manifest.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("formatos:") }.map { $0 + 1 }
        #expect(error.location?.line == line)
    }

    /// `calidoc build --format md` writes Markdown documents, and the build reports what Markdown cannot show.
    @Test func buildWritesMarkdownAndReportsItsWarnings() throws {
        let out = try TestPaths.temporaryFolder()
        let result = try BuildPipeline().run(BuildPipeline.Request(workspace: TestPaths.gore, formats: [.md], outputRoot: out))
        let politica = try #require(result.written.first { $0.lastPathComponent == "politica.md" })
        let text = try String(contentsOf: politica, encoding: .utf8)
        #expect(text.hasPrefix("# "))
        #expect(result.warnings.contains(WriterWarning(format: .md, loss: .tableOfContents, place: "politica.md")))
    }
}
