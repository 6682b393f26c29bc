/// The parts of the form around the fields: the save button, notices, the problems placed at no
/// field, and the text fallback.
enum EditorPage {
    /// The schema-driven form.
    ///
    /// «Guardar» comes first: it is the form's default button, the one Enter in a text input
    /// presses, so Enter never presses a card's «Quitar».
    static func form(body: EditorMarkup, unplaced: [EditorDiagnosticPlacement.Entry], comments: Bool, language: MessageLanguage) -> String {
        var out = EditorMarkup()
        out.element("button", [("type", "submit"), ("name", "accion"), ("value", "guardar"), ("class", "guardar")],
                    text: language.pick("Guardar", "Save"))
        if comments {
            out.element("p", [("class", "aviso comentarios"), ("role", "note")], text: EditorForm.commentNotice(language))
        }
        if !unplaced.isEmpty {
            out.open("div", [("class", "problemas-generales")])
            out.element("p", text: language.pick("Problemas del archivo:", "Problems in the file:"))
            var renderer = EditorRenderer.problemWriter(language: language)
            renderer.problemList(unplaced)
            out.append(renderer.out)
            out.close("div")
        }
        out.append(body)
        return out.html
    }

    /// The file's text in one text area (named `yaml`), with the problems that keep the form from
    /// showing it: a syntax error, a key the form does not know.
    static func rawText(yaml: String, name: String, problems: [Diagnostic], language: MessageLanguage) -> String {
        var out = EditorMarkup()
        let entries = unique(problems).enumerated().map {
            EditorDiagnosticPlacement.Entry(id: "problema-\($0.offset + 1)", diagnostic: $0.element, path: nil)
        }
        out.open("div", [("class", "aviso"), ("role", "alert")])
        out.element("p", text: language.pick(
            "El formulario no puede mostrar este archivo tal como está escrito; corríjalo aquí como texto y guárdelo.",
            "The form cannot show this file as it is written; correct it here as text and save it."))
        var renderer = EditorRenderer.problemWriter(language: language)
        renderer.problemList(entries)
        out.append(renderer.out)
        out.close("div")
        out.open("div", [("class", "campo texto-completo")])
        out.element("label", [("for", "campo-yaml")], text: language.pick("Contenido de \(name)", "Contents of \(name)"))
        let describedBy = entries.map(\.id).joined(separator: " ")
        out.textarea([("id", "campo-yaml"), ("name", "yaml"), ("rows", "30"), ("cols", "100"), ("spellcheck", "false"),
                      ("aria-describedby", describedBy.isEmpty ? nil : describedBy)], value: yaml)
        out.close("div")
        out.element("button", [("type", "submit"), ("name", "accion"), ("value", "guardar"), ("class", "guardar")],
                    text: language.pick("Guardar", "Save"))
        return out.html
    }

    /// The same problem found by the loader and by the form (named by another path) is shown once.
    private static func unique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<[String]>()
        return diagnostics.filter { diagnostic in
            let location = diagnostic.location.map { ["\($0.line)", "\($0.column)"] } ?? []
            return seen.insert([diagnostic.code, diagnostic.message.es] + location).inserted
        }
    }
}

extension EditorRenderer {
    /// A renderer used only to write problem lists.
    static func problemWriter(language: MessageLanguage) -> EditorRenderer {
        EditorRenderer(
            file: .manifest, language: language, catalog: EditorReferenceCatalog(file: .manifest, current: nil, workspace: nil),
            placement: EditorDiagnosticPlacement(diagnostics: [], isInFile: { _ in false }, root: nil))
    }
}
