import Foundation

/// Writes a ``Document`` as one standalone, accessible HTML5 file (inline CSS, embedded images,
/// print styles for A4).
public struct HTMLWriter: DocumentWriter {
    /// `html`.
    public static let format = OutputFormat.html

    /// Creates the writer.
    public init() {}

    /// Renders the document (HTML shows everything the model holds: no warnings).
    public func render(_ document: Document, options: WriterOptions) throws -> WriterOutput {
        var state = HTMLRenderState(document: document)
        let body = state.blocks(document.blocks)
        let meta = document.metadata
        var html = "<!DOCTYPE html>\n<html lang=\"\(XMLText.escaped(meta.language))\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html += "<title>\(XMLText.escaped(meta.title))</title>\n"
        html += "<meta name=\"author\" content=\"\(XMLText.escaped(meta.institution))\">\n"
        html += "<meta name=\"generator\" content=\"\(XMLText.escaped(CalidocVersion.generator))\">\n"
        html += "<meta name=\"dcterms.date\" content=\"\(XMLText.escaped(meta.date))\">\n"
        html += "<style>\n\(HTMLStyles.css(for: meta))</style>\n</head>\n<body>\n"
        html += "<header class=\"encabezado\">"
        if let logo = meta.logo, let resource = document.resource(named: logo) {
            html += "<img class=\"logo\" src=\"\(HTMLRenderState.dataURI(resource))\" alt=\"Logo de \(XMLText.escaped(meta.institution))\">"
        }
        html += "<span>\(XMLText.escaped(meta.headerText ?? meta.institution))</span></header>\n"
        html += "<main>\n\(body)</main>\n"
        html += "<footer class=\"pie\"><p>\(XMLText.escaped(meta.footerText ?? meta.title))</p></footer>\n"
        html += "</body>\n</html>\n"
        return WriterOutput(bytes: Array(html.utf8))
    }
}
