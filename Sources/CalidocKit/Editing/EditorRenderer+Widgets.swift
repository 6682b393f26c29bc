/// The widgets of single values: text, numbers, dates, choices, references.
extension EditorRenderer {
    mutating func widget(_ kind: EditorFieldKind, key: String, label: String? = nil, value: EditorValue?, path: [String], required: Bool) {
        let text = value?.scalar ?? ""
        switch kind {
        case .identifier:
            // Kept as it is, never shown; an empty one is filled from the title when the form is applied.
            guard let value, value.scalar != nil else { return }
            out.void("input", [("type", "hidden"), ("name", path.joined(separator: ".")), ("value", text)])
        case .boolean where ScalarReader.boolean(text) != nil || text.isEmpty:
            checkbox(key: key, label: label, checked: ScalarReader.boolean(text) ?? false, path: path)
        case .choice(let allowed):
            select(key: key, label: label, current: text, options: allowed.map { ($0, EditorLabels.option($0, language)) }, path: path, required: required)
        case .reference(let reference):
            let options = catalog.choices(reference).map { ($0.id, Self.shortTitle($0.title)) }
            select(key: key, label: label, current: text, options: options, path: path, required: false)
        case .references(let reference):
            let chosen = (value?.items ?? []).compactMap(\.scalar)
            checkboxes(key: key, chosen: chosen, options: catalog.choices(reference).map { ($0.id, Self.shortTitle($0.title)) }, path: path)
        case .boolean, .line, .paragraph, .date, .integer, .decimal, .decimalOrWord:
            textField(kind, key: key, label: label, value: value, path: path, required: required, extra: [])
        }
    }

    /// A text input or text area (and numbers and dates, which are texts as the person writes them).
    mutating func textField(
        _ kind: EditorFieldKind, key: String, label: String?, value: EditorValue?, path: [String], required: Bool,
        extra: [EditorDiagnosticPlacement.Entry]
    ) {
        let text = value?.scalar ?? ""
        let name = path.joined(separator: ".")
        let id = Self.elementId(path)
        let problems = extra + placement.claim(name, subtree: true)
        let help = EditorLabels.help(key, language)
        let describedBy = ((help != nil ? ["ayuda-" + id] : []) + problems.map(\.id)).joined(separator: " ")
        out.open("div", [("class", "campo"), ("data-campo", name)])
        labelElement(for: id, text: label ?? EditorLabels.label(key, language), required: required)
        let common: [(String, String?)] = [
            ("id", id), ("name", name), ("aria-describedby", describedBy.isEmpty ? nil : describedBy),
            ("aria-invalid", problems.contains { $0.diagnostic.severity == .error } ? "true" : nil),
        ] + autofocus(path)
        // A value with a line break cannot live in an input (browsers drop the break): a text area.
        let multiline = kind == .paragraph || text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) || text.count > 120
        if multiline {
            out.open("div", [("class", "formato"), ("role", "toolbar"), ("hidden", "hidden"), ("data-formato-para", id),
                             ("aria-label", language.pick("Formato", "Formatting"))])
            out.element("button", [("type", "button"), ("data-formato", "negrita"), ("aria-controls", id)], text: language.pick("Negrita", "Bold"))
            out.element("button", [("type", "button"), ("data-formato", "cursiva"), ("aria-controls", id)], text: language.pick("Cursiva", "Italic"))
            out.close("div")
            let rows = max(3, min(20, text.count / 80 + text.filter { $0 == "\n" }.count + 1))
            out.textarea(common + [("rows", String(rows)), ("cols", "80"), ("data-texto-enriquecido", "true")], value: text)
        } else {
            var attributes = common + [("value", text)]
            switch kind {
            case .date where text.isEmpty || ISODate(text) != nil:
                attributes = [("type", "date")] + attributes
            case .date:
                // Not a date a date input could hold (the browser would empty it): kept as written.
                attributes = [("type", "text"), ("placeholder", "AAAA-MM-DD")] + attributes
            case .integer:
                // «decimal», not «numeric»: a phone's keypad must offer the point of «7.112.808».
                attributes = [("type", "text"), ("inputmode", "decimal")] + attributes
            case .decimal:
                attributes = [("type", "text"), ("inputmode", "decimal")] + attributes
            case .decimalOrWord(let words):
                attributes = [("type", "text"), ("inputmode", "decimal"), ("list", words.isEmpty ? nil : "opciones-" + id)] + attributes
            case .identifier, .line, .paragraph, .boolean, .choice, .reference, .references:
                attributes = [("type", "text")] + attributes
            }
            out.void("input", attributes)
            if case .decimalOrWord(let words) = kind, !words.isEmpty {
                out.open("datalist", [("id", "opciones-" + id)])
                for word in words { out.element("option", [("value", word)], text: word) }
                out.close("datalist")
            }
        }
        if let help { out.element("p", [("class", "ayuda"), ("id", "ayuda-" + id)], text: help) }
        problemList(problems)
        out.close("div")
    }

    /// A yes/no: a hidden «false» posted first, replaced by the checkbox's «true» when it is checked.
    mutating func checkbox(key: String, label: String?, checked: Bool, path: [String]) {
        let name = path.joined(separator: ".")
        let id = Self.elementId(path)
        let problems = placement.claim(name, subtree: true)
        out.open("div", [("class", "campo casilla"), ("data-campo", name)])
        out.void("input", [("type", "hidden"), ("name", name), ("value", "false")])
        out.void("input", [("type", "checkbox"), ("id", id), ("name", name), ("value", "true"), ("checked", checked ? "checked" : nil),
                           ("aria-describedby", problems.isEmpty ? nil : problems.map(\.id).joined(separator: " "))] + autofocus(path))
        labelElement(for: id, text: label ?? EditorLabels.label(key, language), required: false)
        problemList(problems)
        out.close("div")
    }

    /// One of a list; a value that is not among them (a typing mistake in the file) stays as an option.
    mutating func select(key: String, label: String?, current: String, options: [(String, String)], path: [String], required: Bool) {
        let name = path.joined(separator: ".")
        let id = Self.elementId(path)
        let problems = placement.claim(name, subtree: true)
        let help = EditorLabels.help(key, language)
        let describedBy = ((help != nil ? ["ayuda-" + id] : []) + problems.map(\.id)).joined(separator: " ")
        out.open("div", [("class", "campo"), ("data-campo", name)])
        labelElement(for: id, text: label ?? EditorLabels.label(key, language), required: required)
        out.open("select", [("id", id), ("name", name), ("aria-describedby", describedBy.isEmpty ? nil : describedBy)] + autofocus(path))
        out.newline()
        var all = options
        if !current.isEmpty, !options.contains(where: { $0.0 == current }) {
            all.append((current, language.pick("«\(current)» (no está en la lista)", "«\(current)» (not in the list)")))
        }
        out.element("option", [("value", ""), ("selected", current.isEmpty ? "selected" : nil)], text: language.pick("— elija —", "— choose —"))
        for (value, text) in all {
            out.element("option", [("value", value), ("selected", value == current ? "selected" : nil)], text: text)
        }
        out.close("select")
        if let help { out.element("p", [("class", "ayuda"), ("id", "ayuda-" + id)], text: help) }
        problemList(problems)
        out.close("div")
    }

    /// Several of a list: those chosen first, in the file's order (so a save keeps it), then the rest.
    mutating func checkboxes(key: String, chosen: [String], options: [(String, String)], path: [String]) {
        let name = path.joined(separator: ".")
        var all: [(String, String)] = chosen.map { id in
            (id, options.first { $0.0 == id }?.1 ?? language.pick("«\(id)» (no existe)", "«\(id)» (does not exist)"))
        }
        var seen = Set(chosen)
        for option in options where seen.insert(option.0).inserted { all.append(option) }
        fieldset(path: path, legend: EditorLabels.label(key, language), help: EditorLabels.help(key, language), className: "opciones") { renderer in
            let problems = renderer.placement.claim(name, subtree: true)
            renderer.problemList(problems)
            if all.isEmpty {
                renderer.out.element("p", [("class", "vacio")], text: renderer.language.pick("Aún no hay elementos para elegir.", "Nothing to choose from yet."))
            }
            var emitted = Set<String>()
            for (index, option) in all.enumerated() where emitted.insert(option.0).inserted {
                let id = Self.elementId(path) + "-\(index)"
                renderer.out.open("div", [("class", "opcion")])
                renderer.out.void("input", [("type", "checkbox"), ("id", id), ("name", name), ("value", option.0),
                                            ("checked", chosen.contains(option.0) ? "checked" : nil)])
                renderer.out.element("label", [("for", id)], text: option.1)
                renderer.out.close("div")
            }
        }
    }

    mutating func labelElement(for id: String, text: String, required: Bool) {
        out.open("label", [("for", id)])
        out.text(text)
        if required { out.element("span", [("class", "obligatorio")], text: language.pick(" (obligatorio)", " (required)")) }
        out.close("label")
    }

    /// A title short enough for a choice.
    static func shortTitle(_ text: String) -> String {
        let single = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return single.count > 90 ? String(single.prefix(88)) + "…" : single
    }
}
