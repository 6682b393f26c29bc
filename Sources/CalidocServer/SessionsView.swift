import CalidocKit
import Foundation

/// The HTML of the Sesiones del Comité page: the sessions with their decks, and the new-session form.
enum SessionsView {
    /// The form's four version choices: (field name, which pair, which end).
    static let pairFields: [(name: String, pair: String, end: String)] = [
        ("resultados-anterior", "resultados", "anterior"), ("resultados-nueva", "resultados", "nueva"),
        ("recomendaciones-anterior", "recomendaciones", "anterior"), ("recomendaciones-nueva", "recomendaciones", "nueva"),
    ]

    static func list(_ workspace: WorkspaceEntry, numbers: [Int], language: PageLanguage) -> String {
        var html = "<section aria-labelledby=\"titulo-sesiones\">\n<h2 id=\"titulo-sesiones\">\(esc(language.pick("Sesiones y presentaciones", "Sessions and decks")))</h2>\n"
        guard !numbers.isEmpty else {
            return html + "<p>\(esc(language.pick("Aún no hay sesiones. Prepare la próxima con el formulario de abajo.", "No sessions yet. Prepare the next one with the form below.")))</p>\n</section>\n"
        }
        html += "<table class=\"tabla\">\n<thead><tr><th scope=\"col\">\(esc(language.pick("Sesión", "Session")))</th><th scope=\"col\">\(esc(language.pick("Fecha", "Date")))</th>"
        html += "<th scope=\"col\">\(esc(language.pick("Compara", "Compares")))</th><th scope=\"col\">\(esc(language.pick("Presentación", "Deck")))</th></tr></thead>\n<tbody>\n"
        let history = VersionHistory.list(workspace: workspace.folder)
        // A version by its label when the history has it, else by the folder the session names.
        func name(_ path: String) -> String {
            history.first { $0.path == path }.map { language.pick("versión ", "version ") + VersionsView.label($0) } ?? path
        }
        for number in numbers {
            let title = language.pick("Sesión \(number)", "Session \(number)")
            html += "<tr id=\"sesion-\(number)\"><td>\(esc(title))</td>"
            guard let session = SessionLoader.summary(number: number, in: workspace.folder) else {
                html += "<td colspan=\"3\">\(esc(language.pick("sesiones/\(number).yaml tiene errores; corríjalos en el archivo (calidoc validate los muestra).", "sesiones/\(number).yaml has errors; fix them in the file (calidoc validate shows them).")))</td></tr>\n"
                continue
            }
            html += "<td>\(esc(session.fecha))</td><td>"
            let pairs = [(language.pick("Resultados", "Results"), session.cambiosResultados),
                         (language.pick("Recomendaciones", "Recommendations"), session.cambiosRecomendaciones)]
            html += pairs.compactMap { text, pair in pair.map { "\(esc(text)): \(esc(name($0.anterior))) → \(esc(name($0.nueva)))" } }
                .joined(separator: "<br>")
            html += "</td><td>"
            html += OutputFormat.serving(.deck).map { format in
                "<a class=\"descarga\" href=\"/espacios/\(esc(workspace.id))/sesiones/descargas/sesion-\(number).\(format.fileExtension)\" download>\(esc(format.rawValue.uppercased()))<span class=\"oculto\"> \(esc(title))</span></a>"
            }.joined(separator: " ")
            html += "</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n</section>\n"
    }

    static func form(_ workspace: WorkspaceEntry, state: ServerState, workspace validated: ValidatedWorkspace, numbers: [Int],
                     fields: SessionRoutes.Fields, language: PageLanguage) -> String {
        var html = "<section aria-labelledby=\"titulo-nueva-sesion\">\n<h2 id=\"titulo-nueva-sesion\">\(esc(language.pick("Nueva sesión", "New session")))</h2>\n"
        html += "<p>\(esc(language.pick("Crea el archivo de la sesión con el orden del día habitual y las versiones cuyos cambios se presentan; la presentación se descarga luego en PowerPoint, LibreOffice o como página web.", "Creates the session file with the usual agenda and the versions whose changes are presented; the deck is then downloaded for PowerPoint, LibreOffice or as a web page.")))</p>\n"
        if let problem = fields.problem { html += "<p class=\"aviso error\" role=\"alert\">\(esc(problem))</p>\n" }
        let history = VersionHistory.list(workspace: workspace.folder)
        let proposal = SessionScaffold.proposedPairs(for: validated)
        var chosen = fields.chosen ?? [:]
        if fields.chosen == nil {
            chosen["resultados-anterior"] = proposal.resultados?.anterior ?? ""
            chosen["resultados-nueva"] = proposal.resultados?.nueva ?? ""
            chosen["recomendaciones-anterior"] = proposal.recomendaciones?.anterior ?? ""
            chosen["recomendaciones-nueva"] = proposal.recomendaciones?.nueva ?? ""
        }
        html += "<form method=\"post\" action=\"\(esc(language.link("/espacios/\(workspace.id)/sesiones")))\" class=\"formulario\">\n"
        html += hiddenCSRF(state)
        html += "<p><label for=\"sesion-numero\">\(esc(language.pick("Número de la sesión", "Session number")))</label>\n"
        html += "<input id=\"sesion-numero\" name=\"numero\" type=\"number\" min=\"1\" required value=\"\(esc(fields.number ?? String((numbers.last ?? 0) + 1)))\"></p>\n"
        html += "<p><label for=\"sesion-fecha\">\(esc(language.pick("Fecha de la sesión", "Session date")))</label>\n"
        html += "<input id=\"sesion-fecha\" name=\"fecha\" type=\"date\" required value=\"\(esc(fields.date))\"></p>\n"
        let legends = [
            "resultados": language.pick("Cambios a partir de los resultados (del proceso participativo)", "Changes from the results (of the participatory process)"),
            "recomendaciones": language.pick("Cambios a partir de las recomendaciones (de la Red de Expertos)", "Changes from the recommendations (of the Red de Expertos)"),
        ]
        for pair in ["resultados", "recomendaciones"] {
            html += "<fieldset class=\"par-versiones\">\n<legend>\(esc(legends[pair] ?? pair))</legend>\n"
            for field in pairFields where field.pair == pair {
                let id = "sesion-\(field.name)"
                let text = field.end == "anterior" ? language.pick("Versión anterior", "Older version") : language.pick("Versión nueva", "Newer version")
                html += "<p><label for=\"\(id)\">\(esc(text))</label>\n<select id=\"\(id)\" name=\"\(field.name)\">\n"
                let selected = chosen[field.name] ?? ""
                html += "<option value=\"\"\(selected.isEmpty ? " selected" : "")>\(esc(language.pick("(sin esta parte)", "(leave this part out)")))</option>\n"
                for entry in history {
                    html += "<option value=\"\(esc(entry.path))\"\(entry.path == selected ? " selected" : "")>\(esc(VersionsView.option(entry, language: language)))</option>\n"
                }
                html += "</select></p>\n"
            }
            html += "</fieldset>\n"
        }
        html += "<p class=\"ayuda\">\(esc(language.pick("calidoc propone las versiones según el historial: la versión con las recomendaciones de la Red de Expertos es la revisada.", "calidoc proposes the versions from the history: the version holding the Red de Expertos' recommendations is the reviewed one.")))</p>\n"
        html += "<p><button type=\"submit\">\(esc(language.pick("Crear la sesión", "Create the session")))</button></p>\n</form>\n</section>\n"
        return html
    }
}
