import CalidocKit
import Foundation
import Hummingbird

/// The frame of every page: doctype, language, title, the embedded style sheet and script,
/// the header with the language switch, and the content.
struct HTMLPage {
    /// The page title (plain text; escaped here).
    var title: String
    /// The page's language.
    var language: PageLanguage
    /// The main content, already HTML.
    var body: String
    /// Breadcrumbs: (text, link) pairs; the last is the current page.
    var trail: [(String, String?)] = []

    /// The whole document.
    func render() -> String {
        let lang = language.language
        var html = "<!DOCTYPE html>\n<html lang=\"\(lang == .es ? "es-CL" : "en")\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html += "<title>\(esc(title)) — calidoc</title>\n"
        html += "<link rel=\"stylesheet\" href=\"/recursos/calidoc.css\">\n"
        html += "<script src=\"/recursos/calidoc.js\" defer></script>\n</head>\n<body>\n"
        html += "<a class=\"saltar\" href=\"#contenido\">\(esc(language.pick("Saltar al contenido", "Skip to content")))</a>\n"
        html += "<header class=\"barra\">\n<p class=\"marca\"><a href=\"\(esc(language.link("/")))\">calidoc</a></p>\n"
        if !trail.isEmpty {
            html += "<nav aria-label=\"\(esc(language.pick("Ruta", "Breadcrumb")))\"><ol class=\"ruta\">"
            for (index, (text, link)) in trail.enumerated() {
                if let link, index < trail.count - 1 {
                    html += "<li><a href=\"\(esc(language.link(link)))\">\(esc(text))</a></li>"
                } else {
                    html += "<li aria-current=\"page\">\(esc(text))</li>"
                }
            }
            html += "</ol></nav>\n"
        }
        if let session = CurrentAccess.session {
            html += "<form class=\"cuenta\" method=\"post\" action=\"/salir\"><p>\(esc(session.account.displayName))"
            html += " (\(esc(session.account.role.label(language.language))), \(esc(session.account.institution)))"
            if session.account.role == .administrador {
                html += " <a href=\"\(esc(language.link("/cuentas")))\">\(esc(language.pick("Cuentas", "Accounts")))</a>"
            }
            html += " <a href=\"\(esc(language.link("/mi-cuenta")))\">\(esc(language.pick("Mi cuenta", "My account")))</a>"
            html += " <input type=\"hidden\" name=\"\(CSRFToken.fieldName)\" value=\"\(esc(session.csrf.value))\">"
            html += "<button type=\"submit\">\(esc(language.pick("Salir", "Log out")))</button></p></form>\n"
        }
        let other: MessageLanguage = lang == .es ? .en : .es
        html += "<p class=\"idioma\"><a href=\"?lang=\(other.rawValue)\" hreflang=\"\(other.rawValue)\" lang=\"\(other.rawValue)\">"
        html += other == .en ? "English" : "Español"
        html += "</a></p>\n</header>\n<main id=\"contenido\">\n<h1>\(esc(title))</h1>\n\(body)</main>\n"
        html += "<footer class=\"pie\"><p>\(esc(CalidocVersion.generator))</p></footer>\n</body>\n</html>\n"
        return html
    }

    /// The page as a response.
    func response(status: HTTPResponse.Status = .ok) -> Response {
        HTMLPage.response(render(), status: status)
    }

    /// An HTML response.
    static func response(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }
}

/// HTML-escaped text (element content and attribute values alike).
func esc(_ text: String) -> String { XMLText.escaped(text) }
