import Foundation

/// Finds the reference document (`--reference`, or the manifest's `referencia_odt`/`referencia_docx`)
/// for a format and loads its bytes into the writer options.
enum ReferenceDocument {
    static func options(for format: OutputFormat, request: BuildPipeline.Request, workspace: Workspace) throws
        -> WriterOptions
    {
        var url: URL?
        if let reference = request.reference, reference.pathExtension.lowercased() == format.rawValue {
            url = reference
        } else {
            let manifest = workspace.manifest
            let path: String? =
                switch format {
                case .odt: manifest.referenciaODT
                case .docx: manifest.referenciaDOCX
                case .pptx: manifest.referenciaPPTX
                case .html, .pdf, .odp: nil
                }
            url = path.map { workspace.directory.appending(path: $0) }
        }
        if format == .pdf, let odt = workspace.manifest.referenciaODT, request.reference == nil {
            // PDF comes from the ODT, so it uses the ODT reference.
            url = workspace.directory.appending(path: odt)
        } else if format == .pdf, let reference = request.reference, reference.pathExtension.lowercased() == "odt" {
            url = reference
        }
        guard let url else { return WriterOptions(language: request.language, pdfA: request.pdfA) }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw WriterError.badReference(name: url.path, reason: "no existe o no se puede leer")
        }
        return WriterOptions(
            referenceDocument: [UInt8](data), referenceName: url.lastPathComponent, language: request.language, pdfA: request.pdfA)
    }
}
