import CalidocKit
import Foundation

/// The Revisión page: the state, what the person may do now, the observations of the Red de
/// Expertos (answered or waiting), the form to write one, and the history of steps.
struct ReviewPage {
    let entry: WorkspaceEntry
    let record: ReviewRecord
    let workspace: Workspace?
    let actor: ReviewActor
    let csrf: String

    func body(_ language: PageLanguage, notice: String?, problem: String?, confirm: [Recommendation]) -> String {
        var html = ""
        if let notice { html += "<p class=\"aviso ok\" role=\"status\">\(esc(notice))</p>\n" }
        if let problem { html += "<p class=\"aviso error\" role=\"alert\">\(esc(problem))</p>\n" }
        html += "<p id=\"estado-revision\">\(esc(language.pick("Estado de la Política: ", "Policy state: ")))<strong>\(esc(record.estado.label(language.language)))</strong></p>\n"
        html += steps(language, confirm: confirm)
        html += observations(language)
        html += history(language)
        return html
    }

    private func hidden() -> String {
        "<input type=\"hidden\" name=\"\(CSRFToken.fieldName)\" value=\"\(esc(csrf))\">\n"
    }

    /// The steps the person may take now, each a button with an optional note.
    private func steps(_ language: PageLanguage, confirm: [Recommendation]) -> String {
        let allowed = ReviewTransition.allCases.filter { $0.allowed(for: actor, in: record.estado) }
        var html = "<section aria-labelledby=\"titulo-pasos\">\n<h2 id=\"titulo-pasos\">\(esc(language.pick("Qué puede hacer ahora", "What you can do now")))</h2>\n"
        if !confirm.isEmpty {
            html += "<div class=\"aviso error\" role=\"alert\" id=\"confirmar-corregida\"><p>\(esc(language.pick("Estas observaciones aún no tienen ningún cambio que las responda («Responde a» en el editor):", "These observations have no change answering them yet («Answers» in the editor):")))</p>\n<ul>"
            for item in confirm { html += "<li><code>\(esc(item.id))</code> \(esc(item.texto))</li>" }
            html += "</ul>\n<form method=\"post\" action=\"/espacios/\(esc(entry.id))/revision\">\n" + hidden()
            html += "<input type=\"hidden\" name=\"confirmar\" value=\"si\">\n"
            html += "<button type=\"submit\" name=\"accion\" value=\"paso:\(ReviewTransition.marcarCorregida.rawValue)\">\(esc(language.pick("Marcar como corregida de todos modos", "Mark as corrected anyway")))</button>\n</form></div>\n"
        }
        if allowed.isEmpty {
            html += "<p>\(esc(language.pick("Por ahora su rol no tiene pasos pendientes en esta Política.", "Your role has no pending steps on this policy for now.")))</p>\n"
        } else {
            html += "<form method=\"post\" action=\"/espacios/\(esc(entry.id))/revision\" class=\"formulario\">\n" + hidden()
            html += "<div class=\"campo\"><label for=\"nota-paso\">\(esc(language.pick("Nota (opcional)", "Note (optional)")))</label>\n"
            html += "<textarea id=\"nota-paso\" name=\"nota\" rows=\"2\" cols=\"60\"></textarea></div>\n<p>"
            for step in allowed {
                html += "<button type=\"submit\" name=\"accion\" value=\"paso:\(step.rawValue)\">\(esc(step.label(language.language)))</button> "
            }
            html += "</p>\n</form>\n"
        }
        return html + "</section>\n"
    }

    /// The observations with their anchor and whether a change answers them; the form to add one.
    private func observations(_ language: PageLanguage) -> String {
        let items = workspace?.recommendations?.items ?? []
        let answered = workspace.map(ReviewObservations.answeredIDs) ?? []
        let anchors = ReviewObservations.anchors(workspace?.policy)
        var html = "<section aria-labelledby=\"titulo-observaciones\">\n<h2 id=\"titulo-observaciones\">\(esc(language.pick("Observaciones de la Red de Expertos", "Observations of the Expert Network")))</h2>\n"
        if items.isEmpty {
            html += "<p>\(esc(language.pick("Aún no hay observaciones.", "No observations yet.")))</p>\n"
        } else {
            html += "<table class=\"tabla\" id=\"tabla-observaciones\">\n<thead><tr><th scope=\"col\">Id</th><th scope=\"col\">\(esc(language.pick("Sobre", "About")))</th>"
            html += "<th scope=\"col\">\(esc(language.pick("Observación", "Observation")))</th><th scope=\"col\">\(esc(language.pick("Respondida", "Answered")))</th></tr></thead>\n<tbody>\n"
            for item in items {
                let place = anchors.first { $0.section == item.seccion && $0.item == item.elemento }?.label
                    ?? item.seccion.spanishTitle + (item.elemento.map { " › \($0) " + language.pick("(ya no existe)", "(no longer exists)") } ?? "")
                let done = answered.contains(item.id)
                html += "<tr><td><code>\(esc(item.id))</code></td><td>\(esc(place))</td><td>\(esc(item.texto))</td>"
                html += "<td>\(esc(done ? language.pick("Sí", "Yes") : language.pick("Aún no", "Not yet")))</td></tr>\n"
            }
            html += "</tbody>\n</table>\n"
        }
        if actor.mayObserve(in: record.estado) {
            html += "<form method=\"post\" action=\"/espacios/\(esc(entry.id))/revision\" class=\"formulario\" id=\"formulario-observacion\">\n" + hidden()
            html += "<div class=\"campo\"><label for=\"observacion-ancla\">\(esc(language.pick("Sobre qué parte de la Política", "Which part of the policy")))</label>\n<select id=\"observacion-ancla\" name=\"ancla\">\n"
            for anchor in anchors { html += "<option value=\"\(esc(anchor.formValue))\">\(esc(anchor.label))</option>\n" }
            html += "</select></div>\n<div class=\"campo\"><label for=\"observacion-texto\">\(esc(language.pick("Observación", "Observation")))</label>\n"
            html += "<textarea id=\"observacion-texto\" name=\"texto\" rows=\"4\" cols=\"60\" required></textarea></div>\n"
            html += "<p><button type=\"submit\" name=\"accion\" value=\"observar\">\(esc(language.pick("Agregar la observación", "Add the observation")))</button></p>\n</form>\n"
        }
        return html + "</section>\n"
    }

    /// Every step taken.
    private func history(_ language: PageLanguage) -> String {
        var html = "<section aria-labelledby=\"titulo-historial-revision\">\n<h2 id=\"titulo-historial-revision\">\(esc(language.pick("Historial", "History")))</h2>\n"
        guard !record.historial.isEmpty else {
            return html + "<p>\(esc(language.pick("La Política está en borrador; aún no se ha dado ningún paso.", "The policy is a draft; no step taken yet.")))</p>\n</section>\n"
        }
        html += "<table class=\"tabla\">\n<thead><tr><th scope=\"col\">\(esc(language.pick("Fecha", "Date")))</th><th scope=\"col\">\(esc(language.pick("Paso", "Step")))</th>"
        html += "<th scope=\"col\">\(esc(language.pick("Quién", "Who")))</th><th scope=\"col\">\(esc(language.pick("Nota", "Note")))</th></tr></thead>\n<tbody>\n"
        for step in record.historial.reversed() {
            html += "<tr><td>\(esc(String(step.fecha.prefix(16)).replacingOccurrences(of: "T", with: " ")))</td><td>\(esc(step.paso.label(language.language)))</td>"
            html += "<td>\(esc(step.por)) (\(esc(step.rol)))</td><td>\(esc(step.nota ?? ""))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n</section>\n"
    }
}
