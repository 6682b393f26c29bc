import CalidocKit
import Foundation
import Hummingbird
import NIOPosix

/// Downloads: every document the workspace can build, in every format of the registry that writes
/// documents (PDF only when LibreOffice is installed), built as `calidoc build` builds them.
struct DownloadRoutes {
    let state: ServerState

    func register(on router: Router<BasicRequestContext>) {
        router.get("/espacios/:id/descargas/:nombre") { request, context in
            // Building (PDF: LibreOffice) can take seconds: off the threads that serve requests.
            try await NIOThreadPool.singleton.runIfActive { try download(request, context) }
        }
    }

    /// The formats offered: the registry's document formats, without PDF when LibreOffice is absent.
    static func formats() -> [OutputFormat] {
        WriterRegistry.supportedFormats.filter { $0 != .pdf || LibreOffice.isInstalled }
    }

    /// The downloads section of the workspace page.
    static func section(entry: WorkspaceEntry, validation: WorkspaceValidation, language: PageLanguage) -> String {
        var html = "<section aria-labelledby=\"titulo-descargas\">\n<h2 id=\"titulo-descargas\">\(esc(language.pick("Descargas", "Downloads")))</h2>\n"
        guard let workspace = try? validation.validated() else {
            return html + "<p>\(esc(language.pick("Los documentos se pueden descargar cuando los archivos no tengan errores (vea la revisión más abajo).", "The documents can be downloaded once the files have no errors (see the check below).")))</p>\n</section>\n"
        }
        html += "<table class=\"tabla\">\n<thead><tr><th scope=\"col\">\(esc(language.pick("Documento", "Document")))</th><th scope=\"col\">\(esc(language.pick("Formatos", "Formats")))</th></tr></thead>\n<tbody>\n"
        for kind in DocumentBuilder.availableKinds(in: workspace) {
            let title = WorkspaceFiles.title(kind, language.language)
            html += "<tr><td>\(esc(title))</td><td>"
            html += formats().map { format in
                "<a class=\"descarga\" href=\"/espacios/\(esc(entry.id))/descargas/\(kind.rawValue).\(format.fileExtension)\" download>\(esc(format.rawValue.uppercased()))<span class=\"oculto\"> \(esc(title))</span></a>"
            }.joined(separator: " ")
            html += "</td></tr>\n"
        }
        html += "</tbody>\n</table>\n"
        if !LibreOffice.isInstalled {
            html += "<p class=\"ayuda\">\(esc(language.pick("PDF no está disponible: instale LibreOffice en este computador.", "PDF is not available: install LibreOffice on this computer.")))</p>\n"
        }
        return html + "</section>\n"
    }

    private func download(_ request: Request, _ context: BasicRequestContext) throws -> Response {
        let language = PageLanguage(request: request)
        let entry = try state.workspace(context)
        guard let name = context.parameters.get("nombre"), let dot = name.lastIndex(of: "."),
              let kind = DocumentKind(rawValue: String(name[..<dot])),
              let format = Self.formats().first(where: { $0.fileExtension == String(name[name.index(after: dot)...]) })
        else { throw WebError.notFound }
        let scratch = FileManager.default.temporaryDirectory.appending(path: "calidoc-serve-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let result: BuildPipeline.Result
        do {
            result = try BuildPipeline().run(BuildPipeline.Request(
                workspace: entry.folder, formats: [format], outputRoot: scratch, language: language.language))
        } catch let failure as BuildFailure {
            let errors = failure.diagnostics.filter { $0.severity == .error }
            let detail = errors.prefix(3).map { $0.message.text(language.language) }.joined(separator: "; ")
            throw WebError(.unprocessableContent,
                           es: "No se pudo generar el documento: \(failure.message(.es))\(detail.isEmpty ? "" : " (\(detail))")",
                           en: "The document could not be built: \(failure.message(.en))\(detail.isEmpty ? "" : " (\(detail))")")
        }
        guard let url = result.written.first(where: { $0.lastPathComponent == "\(kind.rawValue).\(format.fileExtension)" }),
              let data = FileManager.default.contents(atPath: url.path)
        else {
            throw WebError(.notFound, es: "Este espacio de trabajo no produce ese documento.", en: "This workspace does not produce that document.")
        }
        let fileName = "\(Slug.make(entry.id))-\(kind.rawValue).\(format.fileExtension)"
        return Response(
            status: .ok,
            headers: [
                .contentType: format.mediaType + (format == .html || format == .md ? "; charset=utf-8" : ""),
                .contentDisposition: "attachment; filename=\"\(fileName)\"",
                .cacheControl: "no-store",
                .contentSecurityPolicy: PreviewRoutes.previewPolicy,
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// Whether LibreOffice (`soffice`) is on this computer, for PDF.
enum LibreOffice {
    static var isInstalled: Bool {
        let environment = ProcessInfo.processInfo.environment
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init) + ["/usr/lib/libreoffice/program"]
        return folders.contains { folder in
            ["soffice", "libreoffice"].contains { FileManager.default.isExecutableFile(atPath: URL(fileURLWithPath: folder).appending(path: $0).path) }
        }
    }
}
