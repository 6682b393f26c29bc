import Foundation

/// What the browser sent for one input file: the posted fields, in order, and the action asked.
public struct EditorSubmission: Sendable, Equatable {
    /// The form's fields as posted (`name`, `value`), in document order; names are the editor's own
    /// field paths (e.g. `objetivos.0.titulo`), never shown to the person.
    public var fields: [EditorField]
    /// What the person pressed.
    public var action: EditorAction

    /// Creates a submission.
    public init(fields: [EditorField], action: EditorAction) {
        self.fields = fields
        self.action = action
    }
}

/// One posted form field.
public struct EditorField: Sendable, Equatable {
    /// The field's name in the form.
    public var name: String
    /// The text the person typed or chose.
    public var value: String

    /// Creates a field.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// A button of the editor: save, or a change of the form's structure that works without JavaScript.
public enum EditorAction: Sendable, Equatable {
    /// "Guardar": write the file.
    case save
    /// "Agregar": a new empty item at the end of the list at `path`.
    case add(path: String)
    /// "Quitar": remove the item at `path`.
    case remove(path: String)
    /// "Subir" / "Bajar": move the item at `path` one place up or down.
    case move(path: String, up: Bool)

    /// Reads the value of the posted `accion` button (`guardar`, `agregar:PATH`, `quitar:PATH`,
    /// `subir:PATH`, `bajar:PATH`); `nil` for anything else.
    public init?(formValue: String) {
        let parts = formValue.split(separator: ":", maxSplits: 1).map(String.init)
        switch (parts.first ?? "", parts.count) {
        case ("guardar", 1): self = .save
        case ("agregar", 2): self = .add(path: parts[1])
        case ("quitar", 2): self = .remove(path: parts[1])
        case ("subir", 2): self = .move(path: parts[1], up: true)
        case ("bajar", 2): self = .move(path: parts[1], up: false)
        default: return nil
        }
    }
}

/// The result of applying a submission: the file's new YAML text and what the person must know.
public struct EditorResult: Sendable, Equatable {
    /// The YAML text the form stands for now (written to disk only for ``EditorAction/save``).
    public var yaml: String
    /// Notes for the person (e.g. comments written by hand that a save would drop), in their language.
    public var notices: [String]

    /// Creates a result.
    public init(yaml: String, notices: [String] = []) {
        self.yaml = yaml
        self.notices = notices
    }
}

/// The browser editor of one input file (`calidoc serve`): renders a form from the file's YAML and
/// turns a posted form back into YAML.
///
/// The form works without JavaScript: structural buttons (add, remove, move) are submit buttons
/// whose value is read by ``EditorAction/init(formValue:)``.
public enum EditorForm {
    /// The form's inner HTML (labelled inputs, fieldsets, buttons; no `<form>` element), every
    /// text escaped, each diagnostic of `file` shown next to its field.
    ///
    /// - Parameters:
    ///   - file: Which input file.
    ///   - yaml: Its current text (may be invalid: the form then offers the text itself).
    ///   - workspace: The workspace as loaded, for reference choices (objectives, areas, recommendations).
    ///   - diagnostics: Validation findings; those located in `file` are placed beside their fields.
    ///   - language: The page's language.
    public static func render(
        file: InputFile, yaml: String, workspace: Workspace?, diagnostics: [Diagnostic], language: MessageLanguage
    ) -> String {
        // First version: the whole file as text. Replaced by the schema-driven form.
        let label = language.pick("Contenido de \(file.rawValue)", "Contents of \(file.rawValue)")
        return "<label for=\"campo-yaml\">\(XMLText.escaped(label))</label>\n"
            + "<textarea id=\"campo-yaml\" name=\"yaml\" rows=\"30\" cols=\"100\">\(XMLText.escaped(yaml))</textarea>\n"
    }

    /// Applies `submission` to the file whose current text is `current`.
    ///
    /// - Throws: ``EditorError`` when the submission names a field or item the form does not have.
    public static func apply(
        _ submission: EditorSubmission, file: InputFile, current: String, workspace: Workspace?, language: MessageLanguage
    ) throws -> EditorResult {
        guard let text = submission.fields.last(where: { $0.name == "yaml" })?.value else {
            return EditorResult(yaml: current)
        }
        return EditorResult(yaml: text.replacingOccurrences(of: "\r\n", with: "\n"))
    }
}

/// Why a posted form could not be applied.
public enum EditorError: CalidocError, Equatable {
    /// A field or item path that the form for this file does not have.
    case unknownField(String)

    /// Input errors.
    public var category: ErrorCategory { .input }

    /// Message.
    public func message(_ language: MessageLanguage) -> String {
        switch self {
        case .unknownField(let name):
            language.pick("el formulario no tiene el campo «\(name)»; vuelva a abrir la página",
                          "the form has no field «\(name)»; open the page again")
        }
    }
}
