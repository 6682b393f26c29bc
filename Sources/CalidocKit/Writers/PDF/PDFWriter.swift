import Foundation

/// Writes PDF by converting calidoc's ODT with LibreOffice headless (`soffice`), when installed;
/// with ``WriterOptions/pdfA`` the PDF is PDF/A-2b (`SelectPdfVersion` 2) for archiving.
public struct PDFWriter: DocumentWriter {
    /// `pdf`.
    public static let format = OutputFormat.pdf

    /// Creates the writer.
    public init() {}

    /// Converts the document; throws ``WriterError/missingTool(_:hint:)`` when LibreOffice is absent.
    public func render(_ document: Document, options: WriterOptions) throws -> WriterOutput {
        guard let soffice = Self.findSoffice() else {
            throw WriterError.missingTool("soffice", hint: "instale LibreOffice (apt-get install libreoffice-writer-nogui) o use --format odt")
        }
        var odtOptions = options
        if options.referenceName?.lowercased().hasSuffix(".odt") != true { odtOptions.referenceDocument = nil }
        let converted = try ODTWriter().render(document, options: odtOptions)
        let odt = converted.bytes
        // What the ODT could not show, the PDF made from it cannot show either.
        let warnings = converted.warnings.map { WriterWarning(format: .pdf, loss: $0.loss, place: $0.place) }
        let folder = FileManager.default.temporaryDirectory.appending(path: "calidoc-pdf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder.appending(path: "perfil"), withIntermediateDirectories: true)
            try Data(odt).write(to: folder.appending(path: "documento.odt"))
        } catch {
            throw WriterError.conversionFailed("no se pudo preparar la conversión: \(error.localizedDescription)")
        }
        let filter = options.pdfA
            ? "pdf:writer_pdf_Export:{\"SelectPdfVersion\":{\"type\":\"long\",\"value\":\"2\"}}"
            : "pdf:writer_pdf_Export"
        let process = Process()
        process.executableURL = soffice
        // A private profile per conversion lets several conversions run at once.
        process.arguments = [
            "-env:UserInstallation=file://\(folder.appending(path: "perfil").path)", "--headless", "--norestore",
            "--convert-to", filter, "--outdir", folder.path, folder.appending(path: "documento.odt").path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw WriterError.conversionFailed("no se pudo ejecutar soffice: \(error.localizedDescription)")
        }
        process.waitUntilExit()
        // LibreOffice exits 0 even when it fails, so the result file is what counts.
        guard let pdf = FileManager.default.contents(atPath: folder.appending(path: "documento.pdf").path),
            pdf.starts(with: Array("%PDF".utf8))
        else {
            throw WriterError.conversionFailed("LibreOffice no produjo el PDF (código \(process.terminationStatus))")
        }
        return WriterOutput(bytes: [UInt8](pdf), warnings: warnings)
    }

    static func findSoffice() -> URL? {
        let environment = ProcessInfo.processInfo.environment
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init) + ["/usr/lib/libreoffice/program"]
        for folder in folders {
            for name in ["soffice", "libreoffice"] {
                let url = URL(fileURLWithPath: folder).appending(path: name)
                if FileManager.default.isExecutableFile(atPath: url.path) { return url }
            }
        }
        return nil
    }
}
