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
    /// Whether the current file has comments written by hand (`# …`) that writing ``yaml`` drops:
    /// the page should warn before the first save.
    public var dropsComments: Bool
    /// Where the form shown again puts the keyboard focus (after add, remove, move).
    public var focus: EditorFocus?

    /// Creates a result.
    public init(yaml: String, notices: [String] = [], dropsComments: Bool = false, focus: EditorFocus? = nil) {
        self.yaml = yaml
        self.notices = notices
        self.dropsComments = dropsComments
        self.focus = focus
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
    ///   - focus: The control that gets `autofocus` (after add, remove, move), if any.
    public static func render(
        file: InputFile, yaml: String, workspace: Workspace?, diagnostics: [Diagnostic], language: MessageLanguage,
        focus: EditorFocus? = nil
    ) -> String {
        render(file: file, displayPath: nil, yaml: yaml, workspace: workspace, diagnostics: diagnostics, language: language, focus: focus)
    }

    /// The form's inner HTML, for a file whose diagnostics name it `displayPath` (a session,
    /// `sesiones/3.yaml`); with `nil`, diagnostics of any file of that name (any session) are shown.
    public static func render(
        file: InputFile, displayPath: String?, yaml: String, workspace: Workspace?, diagnostics: [Diagnostic],
        language: MessageLanguage, focus: EditorFocus? = nil
    ) -> String {
        let isInFile: (String) -> Bool = { path in
            if let displayPath { return path == displayPath || path.hasSuffix("/" + displayPath) || displayPath.hasSuffix("/" + path) }
            if file == .sesion { return path.hasPrefix("sesiones/") || path.contains("/sesiones/") }
            return path == file.rawValue || path.hasSuffix("/" + file.rawValue)
        }
        let name = displayPath ?? file.rawValue
        switch EditorSource.read(yaml, file: file, displayPath: name) {
        case .text(let problems):
            return EditorPage.rawText(
                yaml: yaml, name: name, problems: problems + diagnostics.filter { $0.location.map { isInFile($0.file) } ?? false },
                language: language)
        case .values(let value, let node):
            let placement = EditorDiagnosticPlacement(diagnostics: diagnostics, isInFile: isInFile, root: node)
            let catalog = EditorReferenceCatalog(file: file, current: value, workspace: workspace)
            var renderer = EditorRenderer(file: file, language: language, catalog: catalog, placement: placement)
            renderer.focus = focus
            renderer.root(EditorSchema.root(for: file), value: value)
            return EditorPage.form(
                body: renderer.out, unplaced: renderer.placement.unclaimed, comments: EditorComments.present(in: yaml),
                language: language)
        }
    }

    /// Applies `submission` to the file whose current text is `current`.
    ///
    /// Fields are read in the schema's order (the YAML comes out in that order whatever the
    /// browser's), ids of added items are filled from their titles, then the structural action, if
    /// any, is applied. The comments at the top of `current` are kept; others are dropped and
    /// announced (``EditorResult/dropsComments``). A form offered as text (a field named `yaml`) is
    /// taken as typed. Fields whose names begin with `_` (the page's own) and `accion` are ignored.
    ///
    /// - Throws: ``EditorError`` when the submission names a field or item the form does not have.
    public static func apply(
        _ submission: EditorSubmission, file: InputFile, current: String, workspace: Workspace?, language: MessageLanguage
    ) throws -> EditorResult {
        if let text = submission.fields.last(where: { $0.name == "yaml" })?.value {
            return EditorResult(yaml: EditorSubmissionReader.normalized(text))
        }
        let schema = EditorSchema.root(for: file)
        var reader = EditorSubmissionReader(file: file, fields: submission.fields)
        var value = try reader.read(schema)
        EditorIdentifiers.fill(&value, force: submission.action == .save)
        let focus = try EditorActions.apply(submission.action, to: &value, schema: schema)
        let comments = EditorComments.present(in: current)
        let notices = comments ? [commentNotice(language)] : []
        guard let yaml = try? EditorYAML.text(value) else {
            // libyaml refuses only invalid text, which Swift strings cannot hold; kept safe anyway.
            return EditorResult(yaml: current, notices: notices + [language.pick(
                "no se pudo escribir el archivo; no se guardó nada", "the file could not be written; nothing was saved")])
        }
        return EditorResult(yaml: EditorComments.keepingHeader(of: current, yaml), notices: notices, dropsComments: comments, focus: focus)
    }

    /// Whether `yaml` has comments written by hand among its values, which a save from the form
    /// drops (those at the top of the file, before any value, are kept).
    public static func hasHandwrittenComments(_ yaml: String) -> Bool {
        EditorComments.present(in: yaml)
    }

    static func commentNotice(_ language: MessageLanguage) -> String {
        language.pick(
            "Este archivo tiene comentarios escritos a mano (líneas con «#»). Al guardar desde el formulario se perderán; si los necesita, cópielos antes o edite el archivo como texto.",
            "This file has comments written by hand (lines with «#»). Saving from the form drops them; copy them first if you need them, or edit the file as text.")
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
