/// Writes the form of one input file: the schema walked together with the file's current values.
///
/// Field names are the values' paths (`objetivos.items.0.titulo`); element ids are the same path
/// with `campo-` before it, so they are unique and stable between renders.
struct EditorRenderer {
    let file: InputFile
    let language: MessageLanguage
    let catalog: EditorReferenceCatalog
    var placement: EditorDiagnosticPlacement
    var out = EditorMarkup()
    /// Where `autofocus` goes; cleared once given, so a page has at most one.
    var focus: EditorFocus?

    init(file: InputFile, language: MessageLanguage, catalog: EditorReferenceCatalog, placement: EditorDiagnosticPlacement) {
        self.file = file
        self.language = language
        self.catalog = catalog
        self.placement = placement
    }

    /// Keys gathered at the end of each item, in a collapsed «what changed in this version» box.
    static let changeKeys: Set<String> = ["motivo", "responde_a"]

    /// The fields of the root mapping.
    mutating func root(_ schema: SchemaNode, value: EditorValue?) {
        guard case .object(let properties, let required) = schema else { return }
        group(properties, required: required, value: value, path: [])
    }

    // MARK: - Structure

    mutating func group(_ properties: [(String, SchemaNode)], required: [String], value: EditorValue?, path: [String]) {
        let changes = properties.filter { Self.changeKeys.contains($0.0) }
        for (key, node) in properties where !Self.changeKeys.contains(key) {
            field(node, key: key, value: value?[key], path: path + [key], required: required.contains(key), parent: path.last)
        }
        guard !changes.isEmpty else { return }
        let hasContent = changes.contains { !(value?[$0.0]?.isEmpty ?? true) }
        out.open("details", [("class", "cambio"), ("open", hasContent ? "open" : nil)])
        out.element("summary", text: language.pick("Motivo del cambio y lo que responde", "Reason for the change and what it answers"))
        for (key, node) in changes {
            field(node, key: key, value: value?[key], path: path + [key], required: required.contains(key), parent: path.last)
        }
        out.close("details")
    }

    mutating func field(_ node: SchemaNode, key: String, value: EditorValue?, path: [String], required: Bool, parent: String?) {
        if let kind = EditorSchema.kind(of: node, key: key, file: file) {
            widget(kind, key: key, value: value, path: path, required: required)
            return
        }
        switch node {
        case .object(let properties, let requiredKeys):
            let legend = (path.count == 1 ? EditorLabels.section(key, file: file, language) : nil) ?? EditorLabels.label(key, language)
            fieldset(path: path, legend: legend, help: EditorLabels.help(key, language), className: "grupo") {
                $0.group(properties, required: requiredKeys, value: value, path: path)
            }
        case .array(let element):
            list(element, key: key, value: value, path: path, parent: parent)
        case .anyOf:
            // A paragraph outside a list (none today) is shown as its mapping.
            if let object = node.objectOption, case .object(let properties, let requiredKeys) = object {
                fieldset(path: path, legend: EditorLabels.label(key, language), help: EditorLabels.help(key, language), className: "grupo") {
                    $0.paragraph(properties, required: requiredKeys, value: value, path: path, label: nil)
                }
            }
        case .string, .integer, .number, .boolean:
            break
        }
    }

    /// A paragraph (a text, or a mapping with `texto`): its text first, labelled as the item.
    mutating func paragraph(_ properties: [(String, SchemaNode)], required: [String], value: EditorValue?, path: [String], label: String?) {
        let mapping: EditorValue? = value?.scalar.map { .map([EditorEntry(key: "texto", value: .text($0))]) } ?? value
        // A paragraph written as plain text is located at the item itself: its text field shows that.
        let itemDiagnostics = value?.scalar != nil ? placement.claim(path.joined(separator: ".")) : []
        for (key, node) in properties where !Self.changeKeys.contains(key) {
            if key == "texto" {
                textField(.paragraph, key: key, label: label, value: mapping?[key], path: path + [key], required: true, extra: itemDiagnostics)
            } else {
                field(node, key: key, value: mapping?[key], path: path + [key], required: required.contains(key), parent: path.last)
            }
        }
        let changes = properties.filter { Self.changeKeys.contains($0.0) }
        guard !changes.isEmpty else { return }
        let hasContent = changes.contains { !(mapping?[$0.0]?.isEmpty ?? true) }
        out.open("details", [("class", "cambio"), ("open", hasContent ? "open" : nil)])
        out.element("summary", text: language.pick("Motivo del cambio y lo que responde", "Reason for the change and what it answers"))
        for (key, node) in changes {
            field(node, key: key, value: mapping?[key], path: path + [key], required: false, parent: path.last)
        }
        out.close("details")
    }

    /// A list: one card per item with its buttons, then «Agregar».
    mutating func list(_ element: SchemaNode, key: String, value: EditorValue?, path: [String], parent: String?) {
        let items = value?.items ?? []
        let noun = EditorLabels.itemNoun(key, parent: parent, language)
        let listPath = path.joined(separator: ".")
        // A section's items sit inside the section's own group, which already bears its title.
        fieldset(path: path, legend: EditorLabels.label(key, language),
                 help: EditorLabels.help(key, language), className: "lista") { renderer in
            for (index, item) in items.enumerated() {
                let itemPath = path + [String(index)]
                let title = "\(noun) \(index + 1)"
                renderer.fieldset(path: itemPath, legend: title, help: nil, className: "tarjeta") { card in
                    card.item(element, key: key, value: item, path: itemPath, title: title)
                    card.out.open("div", [("class", "acciones-tarjeta")])
                    let itemName = itemPath.joined(separator: ".")
                    if index > 0 {
                        card.button("subir:" + itemName, text: card.language.pick("Subir", "Move up"), label: card.language.pick("Subir \(title)", "Move \(title) up"))
                    }
                    if index < items.count - 1 {
                        card.button("bajar:" + itemName, text: card.language.pick("Bajar", "Move down"), label: card.language.pick("Bajar \(title)", "Move \(title) down"))
                    }
                    card.button("quitar:" + itemName, text: card.language.pick("Quitar", "Remove"), label: card.language.pick("Quitar \(title)", "Remove \(title)"))
                    card.out.close("div")
                }
            }
            renderer.button("agregar:" + listPath, text: renderer.language.pick("Agregar \(noun.lowercased())", "Add \(noun.lowercased())"), label: nil)
        }
    }

    /// One item of a list.
    mutating func item(_ element: SchemaNode, key: String, value: EditorValue, path: [String], title: String) {
        if case .object(let properties, let required) = element {
            group(properties, required: required, value: value, path: path)
        } else if case .anyOf = element, let object = element.objectOption, case .object(let properties, let required) = object {
            paragraph(properties, required: required, value: value, path: path, label: title)
        } else if let kind = EditorSchema.kind(of: element, key: nil, file: file) {
            let long = (value.scalar ?? "").utf8.contains(0x0A) || (value.scalar ?? "").count > 100
            let itemKind: EditorFieldKind = kind == .line && long ? .paragraph : kind
            widget(itemKind, key: key, label: title, value: value, path: path, required: true)
        }
    }

    /// A `<fieldset>` with its legend, help, and the diagnostics located at the group itself.
    mutating func fieldset(path: [String], legend: String, help: String?, className: String, body: (inout EditorRenderer) -> Void) {
        let name = path.joined(separator: ".")
        // Not the control's id: a card of a list of texts holds the control of the same path.
        let id = path.isEmpty ? "grupo-raiz" : "grupo-" + path.joined(separator: "-")
        let problems = placement.claim(name)
        let describedBy = ((help != nil ? ["ayuda-" + id] : []) + problems.map(\.id)).joined(separator: " ")
        out.open("fieldset", [("class", className), ("id", id), ("aria-describedby", describedBy.isEmpty ? nil : describedBy)])
        out.newline()
        out.element("legend", text: legend)
        if let help { out.element("p", [("class", "ayuda"), ("id", "ayuda-" + id)], text: help) }
        problemList(problems)
        body(&self)
        out.close("fieldset")
    }

    /// A submit button of the form's structure (works without JavaScript).
    mutating func button(_ action: String, text: String, label: String?) {
        var attributes: [(String, String?)] = [("type", "submit"), ("name", "accion"), ("value", action), ("aria-label", label)]
        if case .addButton(let listPath) = focus, action == "agregar:" + listPath {
            attributes.append(("autofocus", "autofocus"))
            focus = nil
        }
        out.element("button", attributes, text: text)
    }

    /// `[("autofocus", "autofocus")]` for the first control inside the focused item, once.
    mutating func autofocus(_ path: [String]) -> [(String, String?)] {
        guard let focus, focus.contains(path) else { return [] }
        self.focus = nil
        return [("autofocus", "autofocus")]
    }

    /// The list of problems shown beside a field.
    mutating func problemList(_ problems: [EditorDiagnosticPlacement.Entry]) {
        guard !problems.isEmpty else { return }
        out.open("ul", [("class", "problemas")])
        out.newline()
        for problem in problems {
            let severity = problem.diagnostic.severity.rawValue
            out.open("li", [("id", problem.id), ("class", severity), ("data-codigo", problem.diagnostic.code)])
            out.text(problem.diagnostic.message.text(language))
            if let hint = problem.diagnostic.hintForForm {
                out.text(" ")
                out.element("span", [("class", "sugerencia")], text: hint.text(language))
            }
            out.close("li")
        }
        out.close("ul")
    }

    static func elementId(_ path: [String]) -> String {
        path.isEmpty ? "campo-raiz" : "campo-" + path.joined(separator: "-")
    }
}
