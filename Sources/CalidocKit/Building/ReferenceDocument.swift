import Foundation

/// Finds the reference document (`--reference`, or the manifest's `referencia_odt`/`referencia_docx`)
/// for a format and loads its bytes into the writer options.
///
/// Manifest paths must stay inside the workspace (``WorkspacePath``); a path given on the command
/// line is the user's own choice and may be anywhere. Either way the file is read only up to
/// ``maximumBytes``, and ``ZipReader`` judges its entries before inflating them.
enum ReferenceDocument {
    /// Largest reference file read (64 MB; institutional templates are well under 5 MB).
    static let maximumBytes = 64 * 1024 * 1024

    static func options(for format: OutputFormat, request: BuildPipeline.Request, workspace: Workspace) throws
        -> WriterOptions
    {
        // The registry says which kind of reference styles the format (PDF comes from the ODT, so
        // the ODT reference); `--reference` applies when it is of that kind, else the manifest's.
        var url: URL?
        if let kind = format.referenceKind, let reference = request.reference, reference.pathExtension.lowercased() == kind.rawValue {
            url = reference
        } else {
            let manifest = workspace.manifest
            let path: String? =
                switch format.referenceKind {
                case .odt: manifest.referenciaODT
                case .docx: manifest.referenciaDOCX
                case .pptx: manifest.referenciaPPTX
                case nil: nil
                }
            url = try path.map { try inside(workspace.directory, $0) }
        }
        guard let url else { return WriterOptions(language: request.language, pdfA: request.pdfA) }
        return WriterOptions(
            referenceDocument: try read(url), referenceName: url.lastPathComponent, language: request.language,
            pdfA: request.pdfA)
    }

    /// The bytes of a reference document, refusing devices, pipes and files over ``maximumBytes``.
    static func read(_ url: URL) throws -> [UInt8] {
        switch BoundedFile.read(url, limit: maximumBytes) {
        case .success(let bytes):
            return bytes
        case .failure(.tooLarge(let size)):
            throw WriterError.badReference(
                name: url.path, reason: "pesa \(size / (1024 * 1024)) MB y el máximo es \(maximumBytes / (1024 * 1024)) MB")
        case .failure(.notRegular):
            throw WriterError.badReference(name: url.path, reason: "no es un archivo normal")
        case .failure(.missing), .failure(.unreadable):
            throw WriterError.badReference(name: url.path, reason: "no existe o no se puede leer")
        }
    }

    /// A manifest path, refused when it leaves the workspace.
    static func inside(_ directory: URL, _ path: String) throws -> URL {
        switch WorkspacePath.resolve(path, in: directory) {
        case .success(let url): return url
        case .failure(let problem): throw WriterError.badReference(name: path, reason: problem.message.es)
        }
    }
}
