import CalidocKit
import Foundation

/// "Revisión de la Red de Expertos": the PMG rules the Red de Expertos checks, each with the
/// findings of calidoc's rules for it (or a check mark when there are none).
enum ReviewPanel {
    /// One rule of the review and the diagnostic codes that belong to it.
    struct Check {
        let title: LocalizedMessage
        let prefixes: [String]
    }

    static let checks: [Check] = [
        Check(title: LocalizedMessage(es: "Actores en los tres roles (quién decide, ejecuta y es informado)", en: "Actors in the three roles (who decides, carries out, is informed)"), prefixes: ["R-ACT-"]),
        Check(title: LocalizedMessage(es: "Objetivos relacionados con las definiciones estratégicas", en: "Objectives related to the strategic definitions"), prefixes: ["R-OBJ-"]),
        Check(title: LocalizedMessage(es: "Grupos de usuarios caracterizados con cifras", en: "User groups characterised with figures"), prefixes: ["R-USR-"]),
        Check(title: LocalizedMessage(es: "Líneas de acción ligadas a ámbitos prioritarios", en: "Lines of action tied to priority areas"), prefixes: ["R-DIR-"]),
        Check(title: LocalizedMessage(es: "Actividades del Plan con responsable, población, indicador y meta", en: "Plan activities with owner, population, indicator and target"), prefixes: ["R-PLAN-"]),
        Check(title: LocalizedMessage(es: "Cifras del diagnóstico coherentes (reclamos, SAIP, trámites, MESU)", en: "Consistent diagnosis figures (complaints, SAIP, procedures, MESU)"), prefixes: ["R-EST-", "R-TRA-", "R-MESU-"]),
        Check(title: LocalizedMessage(es: "Participación ciudadana y fechas", en: "Citizen participation and dates"), prefixes: ["R-PAR-", "R-FEC-"]),
        Check(title: LocalizedMessage(es: "Informe de resultados ligado al Plan", en: "Results report tied to the Plan"), prefixes: ["R-AVA-"]),
        Check(title: LocalizedMessage(es: "Sin textos de ejemplo ni marcas sin cerrar", en: "No example text or unclosed marks left"), prefixes: ["R-TXT-"]),
    ]

    /// The panel.
    static func render(_ diagnostics: [Diagnostic], language: PageLanguage) -> String {
        var html = "<section class=\"revision\" aria-labelledby=\"titulo-revision\">\n"
        html += "<h2 id=\"titulo-revision\">\(esc(language.pick("Revisión de la Red de Expertos", "Red de Expertos review")))</h2>\n<ul class=\"lista-revision\">\n"
        var shown = Set<Int>()
        for check in checks {
            let found = diagnostics.enumerated().filter { entry in check.prefixes.contains { entry.element.code.hasPrefix($0) } }
            shown.formUnion(found.map { $0.offset })
            let mark = found.isEmpty ? "✓" : "✗"
            let state = found.isEmpty ? language.pick("cumple", "met") : language.pick("por revisar", "to review")
            html += "<li class=\"\(found.isEmpty ? "cumple" : "pendiente")\"><span aria-hidden=\"true\">\(mark)</span> \(esc(check.title.text(language.language))) — <em>\(esc(state))</em>"
            if !found.isEmpty {
                html += "\n<ul>\n" + found.map { DiagnosticsView.item($0.element, language: language) }.joined() + "</ul>\n"
            }
            html += "</li>\n"
        }
        let others = diagnostics.enumerated().filter { !shown.contains($0.offset) && $0.element.code.hasPrefix("R-") }
        if !others.isEmpty {
            html += "<li class=\"pendiente\"><span aria-hidden=\"true\">✗</span> \(esc(language.pick("Otras reglas", "Other rules")))\n<ul>\n"
            html += others.map { DiagnosticsView.item($0.element, language: language) }.joined() + "</ul>\n</li>\n"
        }
        return html + "</ul>\n</section>\n"
    }
}
