import CalidocKit
import Foundation

/// The list of validation problems, each with its place (file, line, column), message and hint.
enum DiagnosticsView {
    /// The problems as an HTML section (`id="problemas"`, refreshed by the script).
    static func render(_ diagnostics: [Diagnostic], language: PageLanguage) -> String {
        var html = "<section id=\"problemas\" class=\"problemas\" aria-labelledby=\"titulo-problemas\" aria-live=\"polite\">\n"
        html += "<h2 id=\"titulo-problemas\">\(esc(language.pick("Revisión de los archivos", "File check")))</h2>\n"
        html += list(diagnostics, language: language)
        html += "</section>\n"
        return html
    }

    /// The inner list (or the all-clear sentence).
    static func list(_ diagnostics: [Diagnostic], language: PageLanguage) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        guard !diagnostics.isEmpty else {
            return "<p class=\"aviso ok\">\(esc(language.pick("Sin problemas: los archivos cumplen todas las reglas de calidoc.", "No problems: the files meet every calidoc rule.")))</p>\n"
        }
        var html = "<p class=\"resumen\">\(esc(language.pick("\(errors) error(es), \(warnings) advertencia(s).", "\(errors) error(s), \(warnings) warning(s).")))</p>\n<ul class=\"lista-problemas\">\n"
        for diagnostic in ordered(diagnostics) {
            html += item(diagnostic, language: language)
        }
        return html + "</ul>\n"
    }

    /// Errors before warnings; within each, file by file in the order of the workspace's files
    /// and line by line, so the list reads like the files (rules report in their own order).
    static func ordered(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        func fileRank(_ diagnostic: Diagnostic) -> Int {
            guard let file = diagnostic.location?.file else { return -1 }
            let name = URL(fileURLWithPath: file).lastPathComponent
            return InputFile.allCases.firstIndex { $0.rawValue == name } ?? InputFile.allCases.count
        }
        func key(_ diagnostic: Diagnostic) -> (Int, Int, String, Int, Int) {
            let location = diagnostic.location
            return (diagnostic.severity == .error ? 0 : 1, fileRank(diagnostic), location?.file ?? "", location?.line ?? 0, location?.column ?? 0)
        }
        return diagnostics.enumerated().sorted { left, right in
            let (a, b) = (key(left.element), key(right.element))
            return a != b ? a < b : left.offset < right.offset
        }.map(\.element)
    }

    static func item(_ diagnostic: Diagnostic, language: PageLanguage) -> String {
        let severity: String
        switch diagnostic.severity {
        case .error: severity = language.pick("Error", "Error")
        case .warning: severity = language.pick("Advertencia", "Warning")
        case .note: severity = language.pick("Nota", "Note")
        }
        var html = "<li class=\"problema \(diagnostic.severity.rawValue)\"><strong>\(esc(severity))</strong>"
        if let location = diagnostic.location {
            let file = (location.file as NSString).lastPathComponent
            html += " <span class=\"lugar\">\(esc(language.pick("\(file), línea \(location.line), columna \(location.column)", "\(file), line \(location.line), column \(location.column)")))</span>"
        }
        html += ": \(esc(diagnostic.message.text(language.language)))"
        if let hint = diagnostic.hintForForm {
            html += "<br><span class=\"sugerencia\">\(esc(language.pick("Sugerencia: ", "Hint: ")))\(esc(hint.text(language.language)))</span>"
        }
        html += " <code class=\"codigo\">\(esc(diagnostic.code))</code></li>\n"
        return html
    }

    /// The diagnostics as JSON objects.
    static func json(_ diagnostics: [Diagnostic], language: MessageLanguage) -> [[String: Any]] {
        diagnostics.map { diagnostic in
            var object: [String: Any] = [
                "gravedad": diagnostic.severity.rawValue, "codigo": diagnostic.code,
                "mensaje": diagnostic.message.text(language),
            ]
            if let hint = diagnostic.hintForForm { object["sugerencia"] = hint.text(language) }
            if let location = diagnostic.location {
                object["archivo"] = (location.file as NSString).lastPathComponent
                object["linea"] = location.line
                object["columna"] = location.column
            }
            return object
        }
    }
}
