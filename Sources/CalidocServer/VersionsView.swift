import CalidocKit
import Foundation

/// The HTML of the Versiones page: the history table, the comparison form and its statements, the
/// downloads of a comparison and the «Guardar como nueva versión» form.
enum VersionsView {
    /// A version's label as people say it: its `etiqueta`, or its folder when the manifest cannot be read.
    static func label(_ entry: VersionHistory.Entry) -> String {
        entry.version?.etiqueta ?? entry.archived?.version ?? entry.path
    }

    /// The text of a version in a list: label, date, description, and «(actual)».
    static func option(_ entry: VersionHistory.Entry, language: PageLanguage) -> String {
        var text = language.pick("Versión ", "Version ") + label(entry)
        if let item = entry.archived {
            text = language.pick("Archivada (entrada \(item.id)): ", "Archived (entry \(item.id)): ") + text
            if let resolution = item.resolucion { text += " — \(resolution)" }
        }
        if let date = entry.version?.fecha { text += " (\(date))" }
        if let description = entry.version?.descripcion { text += " — \(description)" }
        if entry.isCurrent { text += language.pick(" — actual", " — current") }
        return text
    }

    static func history(_ history: [VersionHistory.Entry], language: PageLanguage) -> String {
        var html = "<section aria-labelledby=\"titulo-historial\">\n<h2 id=\"titulo-historial\">\(esc(language.pick("Historial", "History")))</h2>\n"
        if history.count < 2 {
            html += "<p>\(esc(language.pick("Este espacio de trabajo tiene una sola versión. Cuando la Política cambie (después del proceso participativo o de las recomendaciones de la Red de Expertos), use «Guardar como nueva versión» para conservar la actual.", "This workspace has one version. When the Política changes (after the participatory process or the Red de Expertos' recommendations), use «Save as a new version» to keep the current one.")))</p>\n"
        }
        html += "<table class=\"tabla\">\n<thead><tr><th scope=\"col\">\(esc(language.pick("Versión", "Version")))</th><th scope=\"col\">\(esc(language.pick("Fecha", "Date")))</th>"
        html += "<th scope=\"col\">\(esc(language.pick("Descripción", "Description")))</th><th scope=\"col\">\(esc(language.pick("Carpeta", "Folder")))</th></tr></thead>\n<tbody>\n"
        for entry in history {
            html += "<tr><td>\(esc(label(entry)))"
            if entry.isCurrent { html += " <strong>\(esc(language.pick("(actual)", "(current)")))</strong>" }
            html += "</td><td>\(esc(entry.version?.fecha ?? "—"))</td><td>\(esc(entry.version?.descripcion ?? ""))"
            if entry.hasRecommendations {
                html += " <span class=\"ayuda\">\(esc(language.pick("Tiene las recomendaciones de la Red de Expertos.", "Has the Red de Expertos' recommendations.")))</span>"
            }
            if entry.version == nil {
                html += " <span class=\"ayuda\">\(esc(language.pick("Su calidoc.yaml no se puede leer.", "Its calidoc.yaml cannot be read.")))</span>"
            }
            if !entry.inChain {
                html += " <span class=\"ayuda\">\(esc(language.pick("Ninguna versión la nombra como anterior.", "No version names it as previous.")))</span>"
            }
            html += "</td><td>\(folder(entry, language: language))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n</section>\n"
    }

    /// Where a version is kept: its folder, or «la carpeta del espacio de trabajo» for the current one.
    static func folder(_ entry: VersionHistory.Entry, language: PageLanguage) -> String {
        entry.isCurrent ? esc(language.pick("la carpeta del espacio de trabajo", "the workspace folder")) : "<code>\(esc(entry.path))</code>"
    }

    /// The GET form choosing two versions.
    static func compareForm(_ workspace: WorkspaceEntry, history: [VersionHistory.Entry], chosen: (String?, String?),
                            language: PageLanguage) -> String {
        var html = "<section aria-labelledby=\"titulo-comparar\">\n<h2 id=\"titulo-comparar\">\(esc(language.pick("Comparar dos versiones", "Compare two versions")))</h2>\n"
        guard history.count >= 2 else {
            return html + "<p>\(esc(language.pick("Se necesitan dos versiones para comparar.", "Two versions are needed to compare.")))</p>\n</section>\n"
        }
        html += "<p>\(esc(language.pick("Los cambios se redactan como en el acta del Comité («Se agrega un nuevo objetivo…»).", "Changes are worded as in the Comité's minutes.")))</p>\n"
        html += "<form method=\"get\" action=\"/espacios/\(esc(workspace.id))/versiones#comparacion\" class=\"formulario\">\n"
        if language.explicit { html += "<input type=\"hidden\" name=\"lang\" value=\"\(language.language.rawValue)\">\n" }
        let defaults = (chosen.0 ?? history[1].path, chosen.1 ?? history[0].path)
        for (name, id, text, selected) in [("anterior", "comparar-anterior", language.pick("Versión anterior", "Older version"), defaults.0),
                                           ("nueva", "comparar-nueva", language.pick("Versión nueva", "Newer version"), defaults.1)] {
            html += "<p><label for=\"\(id)\">\(esc(text))</label>\n<select id=\"\(id)\" name=\"\(name)\">\n"
            let folders = history.filter { $0.archived == nil }, archived = history.filter { $0.archived != nil }
            for (group, entries) in [(language.pick("Versiones guardadas", "Saved versions"), folders),
                                     (language.pick("Versiones firmadas archivadas", "Archived signed versions"), archived)] where !entries.isEmpty {
                html += "<optgroup label=\"\(esc(group))\">\n"
                for entry in entries {
                    html += "<option value=\"\(esc(entry.path))\"\(entry.path == selected ? " selected" : "")>\(esc(option(entry, language: language)))</option>\n"
                }
                html += "</optgroup>\n"
            }
            html += "</select></p>\n"
        }
        html += "<p><button type=\"submit\">\(esc(language.pick("Comparar", "Compare")))</button></p>\n</form>\n</section>\n"
        return html
    }

    /// The statements, section by section, and the recommendations they answer.
    static func statements(_ changes: ChangeSet, language: PageLanguage) -> String {
        guard !changes.isEmpty else {
            return "<p class=\"aviso ok\">\(esc(language.pick("Las dos versiones dicen lo mismo: no hay cambios.", "Both versions say the same: no changes.")))</p>\n"
        }
        var html = "<div class=\"cambios\">\n"
        for section in changes.secciones {
            html += "<h3>\(esc(section.titulo))</h3>\n<ol class=\"lista-cambios\">\n"
            for change in section.cambios {
                html += "<li>\(esc(change.enunciado))"
                let details = change.detalles + change.lista
                if !details.isEmpty {
                    html += "<ul>" + details.map { "<li>\(esc($0))</li>" }.joined() + "</ul>"
                }
                html += "</li>\n"
            }
            html += "</ol>\n"
        }
        html += "</div>\n"
        let unanswered = changes.unansweredRecommendations
        if !changes.recomendaciones.isEmpty {
            html += "<h3>\(esc(language.pick("Recomendaciones de la Red de Expertos", "Red de Expertos recommendations")))</h3>\n<ul class=\"lista-revision\">\n"
            for trace in changes.recomendaciones {
                let answered = !trace.cambios.isEmpty
                html += "<li class=\"\(answered ? "cumple" : "pendiente")\">\(esc(trace.texto)) — <em>\(esc(answered ? language.pick("atendida por \(trace.cambios.count) cambio(s)", "answered by \(trace.cambios.count) change(s)") : language.pick("ningún cambio la atiende", "no change answers it")))</em></li>\n"
            }
            html += "</ul>\n"
        }
        if !unanswered.isEmpty {
            html += "<p class=\"aviso nota\">\(esc(language.pick("\(unanswered.count) recomendación(es) sin un cambio que la atienda (márquela en «Responde a» del elemento que la atiende, en el editor).", "\(unanswered.count) recommendation(s) without a change answering it (tick it in «Answers» of the item that answers it, in the editor).")))</p>\n"
        }
        return html
    }

    /// The downloads of a comparison, in the registry's formats for each product.
    static func downloads(_ workspace: WorkspaceEntry, old: String, new: String, language: PageLanguage) -> String {
        var html = "<h3>\(esc(language.pick("Descargas de la comparación", "Downloads of the comparison")))</h3>\n<table class=\"tabla\">\n<tbody>\n"
        let query = "?anterior=\(queryValue(old))&nueva=\(queryValue(new))" + (language.explicit ? "&lang=\(language.language.rawValue)" : "")
        for product in VersionRoutes.Product.allCases {
            let title = product.title(language)
            html += "<tr><th scope=\"row\">\(esc(title))</th><td>"
            html += product.formats.map { format in
                "<a class=\"descarga\" href=\"/espacios/\(esc(workspace.id))/versiones/descargas/\(product.rawValue).\(format.fileExtension)\(esc(query))\" download>\(esc(format.fileExtension.uppercased()))<span class=\"oculto\"> \(esc(title))</span></a>"
            }.joined(separator: " ")
            html += "</td></tr>\n"
        }
        html += "</tbody>\n</table>\n"
        html += "<p class=\"ayuda\">\(esc(language.pick("El control de cambios se abre en Word o LibreOffice: cada cambio se puede aceptar o rechazar.", "The tracked changes open in Word or LibreOffice: each change can be accepted or rejected.")))</p>\n"
        return html
    }

    /// «Guardar como nueva versión».
    static func newVersionForm(_ workspace: WorkspaceEntry, state: ServerState, fields: VersionRoutes.NewVersionFields,
                               language: PageLanguage) -> String {
        var html = "<section aria-labelledby=\"titulo-nueva-version\">\n<h2 id=\"titulo-nueva-version\">\(esc(language.pick("Guardar como nueva versión", "Save as a new version")))</h2>\n"
        html += "<p>\(esc(language.pick("Conserva la versión actual, tal como está, en la carpeta «versiones», y deja los archivos listos para la nueva versión con esta etiqueta y fecha. Después, los cambios que haga se comparan con la versión conservada.", "Keeps the current version, as it is, in the «versiones» folder, and leaves the files ready for the new version with this label and date. The changes you make afterwards are compared with the kept version.")))</p>\n"
        if let problem = fields.problem { html += "<p class=\"aviso error\" role=\"alert\">\(esc(problem))</p>\n" }
        html += "<form method=\"post\" action=\"\(esc(language.link("/espacios/\(workspace.id)/versiones")))\" class=\"formulario\">\n"
        html += hiddenCSRF(state)
        html += "<p><label for=\"version-etiqueta\">\(esc(language.pick("Etiqueta de la nueva versión", "New version's label")))</label>\n"
        html += "<input id=\"version-etiqueta\" name=\"etiqueta\" required maxlength=\"80\" aria-describedby=\"ayuda-etiqueta\" value=\"\(esc(fields.label))\">\n"
        html += "<span id=\"ayuda-etiqueta\" class=\"ayuda\">\(esc(language.pick("Por ejemplo «4» o «2025-final»; distinta de las versiones anteriores.", "E.g. «4» or «2025-final»; different from the earlier versions.")))</span></p>\n"
        html += "<p><label for=\"version-fecha\">\(esc(language.pick("Fecha de la nueva versión", "New version's date")))</label>\n"
        html += "<input id=\"version-fecha\" name=\"fecha\" type=\"date\" required value=\"\(esc(fields.date))\"></p>\n"
        html += "<p><label for=\"version-descripcion\">\(esc(language.pick("Descripción (opcional)", "Description (optional)")))</label>\n"
        html += "<input id=\"version-descripcion\" name=\"descripcion\" maxlength=\"300\" value=\"\(esc(fields.description))\"></p>\n"
        html += "<p><button type=\"submit\">\(esc(language.pick("Guardar como nueva versión", "Save as a new version")))</button></p>\n</form>\n</section>\n"
        return html
    }

    /// Why a version cannot be used, in the library's words (and its problems, for a validation failure).
    static func failure(_ error: any Error, language: PageLanguage) -> String {
        if let failure = error as? ValidationFailure {
            let where_ = failure.directory.lastPathComponent
            return "<p class=\"aviso error\" role=\"alert\">\(esc(language.pick("La versión de la carpeta «\(where_)» tiene errores; corríjalos para poder compararla.", "The version in the folder «\(where_)» has errors; fix them to compare it.")))</p>\n"
                + DiagnosticsView.list(failure.blocking, language: language)
        }
        let (_, message) = ErrorStatus.describe(error)
        return "<p class=\"aviso error\" role=\"alert\">\(esc(message.text(language.language)))</p>\n"
    }

    /// `text` percent-encoded for a query value.
    static func queryValue(_ text: String) -> String {
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
