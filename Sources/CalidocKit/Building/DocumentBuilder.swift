import Foundation
import Mustache

/// Turns a validated workspace into the format-neutral ``Document`` of each kind:
/// model → template context → Mustache → XHTML → ``XHTMLReader`` → ``Document``.
public struct DocumentBuilder: Sendable {
    /// The templates in use (defaults plus the workspace's overrides).
    public let templates: TemplateSet

    /// Creates a builder with the given templates.
    public init(templates: TemplateSet) {
        self.templates = templates
    }

    /// Creates a builder with the defaults and the workspace's `plantillas` folder.
    ///
    /// - Throws: ``TemplateError`` when the override folder is missing, unreadable or outside the
    ///   workspace (``WorkspacePath``).
    public init(workspace: ValidatedWorkspace) throws {
        try self.init(workspace: workspace.workspace)
    }

    /// ``init(workspace:)`` from a decoded workspace (the validated one's inside, and tests).
    init(workspace: Workspace) throws {
        var folder: URL?
        if let path = workspace.manifest.plantillas {
            switch WorkspacePath.resolve(path, in: workspace.directory) {
            case .success(let url): folder = url
            case .failure(let problem): throw TemplateError(file: path, line: nil, problem: problem.message)
            }
        }
        self.init(templates: try TemplateSet.defaults(overriddenBy: folder, within: workspace.directory))
    }

    /// The documents this workspace can build, in a stable order.
    public static func availableKinds(in workspace: ValidatedWorkspace) -> [DocumentKind] {
        availableKinds(in: workspace.workspace)
    }

    /// ``availableKinds(in:)`` of a decoded workspace.
    static func availableKinds(in workspace: Workspace) -> [DocumentKind] {
        let wanted = workspace.manifest.documentos ?? DocumentKind.allCases
        return DocumentKind.allCases.filter { kind in
            guard wanted.contains(kind) else { return false }
            switch kind {
            case .politica: return workspace.policy != nil
            case .plan: return workspace.plan != nil
            case .diagnostico: return workspace.diagnosis != nil
            case .informe: return workspace.progress != nil
            case .resolucion: return workspace.manifest.resolucion != nil
            }
        }
    }

    /// Builds one document of a validated workspace.
    ///
    /// - Throws: ``TemplateError`` for a broken template; ``BuildError`` when the input is missing.
    public func build(
        _ kind: DocumentKind, from workspace: ValidatedWorkspace, approvedFiles: [(name: String, sha256: String)] = []
    ) throws -> Document {
        try build(kind, from: workspace.workspace, approvedFiles: approvedFiles)
    }

    /// ``build(_:from:approvedFiles:)`` from a decoded workspace (tests feed generated models).
    func build(_ kind: DocumentKind, from workspace: Workspace, approvedFiles: [(name: String, sha256: String)] = []) throws -> Document {
        let (context, title) = try Self.context(for: kind, workspace: workspace, approvedFiles: approvedFiles)
        let blocks = try render(template: kind.rawValue, context: context)
        return Document(
            metadata: Self.metadata(kind: kind, title: title, workspace: workspace), blocks: blocks,
            resources: (try LogoResource.load(for: workspace).map { [$0] } ?? []) + Self.charts(for: kind, workspace: workspace))
    }

    /// Renders a template with a typed context and reads the result into blocks.
    public func render(template name: String, record: some TemplateRecord) throws -> [Block] {
        try render(template: name, context: record.templateObject)
    }

    /// Renders a template with a context and reads the result into blocks.
    public func render(template name: String, context: TemplateObject) throws -> [Block] {
        guard let rendered = try templates.render(name, context: context) else {
            throw TemplateError(
                file: "\(name).mustache", line: nil,
                problem: LocalizedMessage(es: "no existe la plantilla «\(name)»", en: "template «\(name)» does not exist"))
        }
        do {
            return try XHTMLReader.parseFragment(rendered)
        } catch let problem as XHTMLProblem {
            // The sources passed the static check, so the problem comes from rendered values. The
            // built-in templates only place escaped text: there the input is to blame, not them.
            if templates.origins[name]?.hasPrefix("Templates/") ?? true {
                throw BuildError.inputBreaksDocument(
                    document: name, excerpt: Self.excerpt(ofLine: problem.line, in: rendered), problem: problem.message)
            }
            throw TemplateError(
                file: templates.origins[name] ?? "\(name).mustache", line: nil,
                problem: LocalizedMessage(
                    es: "la salida de la plantilla no es XHTML válido (línea \(problem.line) del resultado): \(problem.message.es)",
                    en: "the template output is not valid XHTML (line \(problem.line) of the output): \(problem.message.en)"))
        }
    }

    /// The text of one line of rendered XHTML, tags removed, invisible characters shown as «�»,
    /// at most 80 characters: enough to find the input text, never a raw terminal escape.
    static func excerpt(ofLine line: Int, in rendered: String) -> String {
        let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return "" }
        var text = ""
        var inTag = false
        for scalar in lines[line - 1].unicodeScalars {
            if scalar == "<" { inTag = true; continue }
            if scalar == ">" { inTag = false; continue }
            guard !inTag else { continue }
            let category = scalar.properties.generalCategory
            text.unicodeScalars.append(category == .control || category == .format || category == .unassigned || category == .surrogate ? "\u{FFFD}" : scalar)
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.count > 80 ? String(trimmed.prefix(80)) + "…" : trimmed
    }

    /// The context of one document, with its title (the context's `titulo`).
    static func context(
        for kind: DocumentKind, workspace: Workspace, approvedFiles: [(name: String, sha256: String)] = []
    ) throws -> (TemplateObject, String) {
        switch kind {
        case .politica:
            guard let policy = workspace.policy else { throw BuildError.missingInput(.politica) }
            let context = TemplateContext.policy(policy, workspace: workspace)
            return (context.templateObject, context.titulo)
        case .plan:
            guard let plan = workspace.plan else { throw BuildError.missingInput(.plan) }
            let context = TemplateContext.plan(plan, workspace: workspace)
            return (context.templateObject, context.titulo)
        case .diagnostico:
            guard let diagnosis = workspace.diagnosis else { throw BuildError.missingInput(.diagnostico) }
            let context = TemplateContext.diagnosis(diagnosis, workspace: workspace)
            return (context.templateObject, context.titulo)
        case .informe:
            guard let progress = workspace.progress else { throw BuildError.missingInput(.avance) }
            let context = TemplateContext.progress(progress, workspace: workspace)
            return (context.templateObject, context.titulo)
        case .resolucion:
            guard let resolution = workspace.manifest.resolucion else { throw BuildError.missingInput(.manifest) }
            let context = TemplateContext.resolution(resolution, workspace: workspace, approvedFiles: approvedFiles)
            return (context.templateObject, context.titulo)
        }
    }

    /// Charts a document kind draws from its data (the compliance chart of the Informe).
    static func charts(for kind: DocumentKind, workspace: Workspace) -> [Resource] {
        switch kind {
        case .informe:
            guard let progress = workspace.progress else { return [] }
            return ComplianceChart.resource(ActivityCompliance.all(progress, plan: workspace.plan)).map { [$0] } ?? []
        case .politica, .plan, .diagnostico, .resolucion:
            return []
        }
    }

    static func metadata(kind: DocumentKind, title: String, workspace: Workspace) -> DocumentMetadata {
        let manifest = workspace.manifest
        return DocumentMetadata(
            title: title, institution: manifest.institucion.nombre, version: manifest.version.etiqueta,
            date: manifest.version.fecha, language: "es-CL", headerText: manifest.institucion.nombre,
            footerText: "\(title) — versión \(manifest.version.etiqueta)",
            logo: manifest.institucion.logo.map { _ in LogoResource.name(for: manifest.institucion.logo ?? "") },
            kind: kind.rawValue, subject: manifest.pmg.comite)
    }
}
