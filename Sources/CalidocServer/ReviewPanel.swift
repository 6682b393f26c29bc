import CalidocKit
import Foundation

/// "Revisión de la Red de Expertos": the library's checklist (``ExpertReview``), each requirement
/// with the findings of calidoc's rules for it, a check mark when there are none.
enum ReviewPanel {
    /// The panel.
    static func render(_ validation: WorkspaceValidation, language: PageLanguage) -> String {
        var html = "<section class=\"revision\" aria-labelledby=\"titulo-revision\">\n"
        html += "<h2 id=\"titulo-revision\">\(esc(language.pick("Revisión de la Red de Expertos", "Red de Expertos review")))</h2>\n<ul class=\"lista-revision\">\n"
        for item in ExpertReview.checklist(validation) {
            let (mark, state, style): (String, String, String)
            switch item.status {
            case .met: (mark, state, style) = ("✓", language.pick("cumple", "met"), "cumple")
            case .observed: (mark, state, style) = ("✗", language.pick("por revisar", "to review"), "pendiente")
            case .notApplicable: (mark, state, style) = ("–", language.pick("no aplica (falta el archivo)", "not applicable (file missing)"), "no-aplica")
            }
            html += "<li class=\"\(style)\"><span aria-hidden=\"true\">\(mark)</span> \(esc(item.title.text(language.language))) — <em>\(esc(state))</em>"
            if !item.findings.isEmpty {
                html += "\n<ul>\n" + item.findings.map { DiagnosticsView.item($0, language: language) }.joined() + "</ul>\n"
            }
            html += "</li>\n"
        }
        return html + "</ul>\n</section>\n"
    }
}
