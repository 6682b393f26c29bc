import Foundation
import Mustache
import Synchronization

/// The templates used for one build: the embedded defaults, with a workspace's overrides on top.
///
/// Every template is checked before use: Mustache syntax, markup within the XHTML vocabulary
/// (with Mustache tags blanked out, so line numbers stay those of the file), partials that exist and
/// no partial that includes itself.
public struct TemplateSet: Sendable {
    /// Name (file name without `.mustache`) → source text.
    public private(set) var sources: [String: String]
    /// Name → where it came from, for messages.
    public private(set) var origins: [String: String]

    /// The defaults embedded from `Templates/` at build time (decoded once per process).
    public static func defaults() -> TemplateSet { embedded }

    private static let embedded: TemplateSet = decodeEmbedded()

    /// Parsed embedded templates by name, filled on first use: a build needs only a few of them,
    /// and parsing every template in every process was a fifth of a single-document run.
    private static let parsedEmbedded = Mutex<[String: MustacheTemplate]>([:])

    /// Libraries of the embedded defaults by root template (a template and the partials it reaches).
    private static let embeddedLibraries = Mutex<[String: MustacheLibrary]>([:])

    /// Whether this set is exactly the embedded defaults.
    private var isEmbedded: Bool { origins == Self.embedded.origins }

    private static func decodeEmbedded() -> TemplateSet {
        var sources: [String: String] = [:]
        var origins: [String: String] = [:]
        for (path, base64) in EmbeddedTemplates.files where path.hasSuffix(".mustache") {
            guard let data = Data(base64Encoded: base64) else { continue }
            let name = String(path.dropLast(".mustache".count))
            sources[name] = String(decoding: data, as: UTF8.self)
            origins[name] = "Templates/" + path
        }
        return TemplateSet(sources: sources, origins: origins)
    }

    /// Largest template file read (1 MB; the default templates are a few kilobytes).
    static let maximumTemplateBytes = 1024 * 1024

    /// The defaults with every `*.mustache` of `folder` replacing or adding templates.
    ///
    /// - Parameters:
    ///   - folder: The override folder, or `nil` for the defaults alone.
    ///   - root: When given, a template that is a symbolic link leading outside this folder (the
    ///     workspace) is refused.
    public static func defaults(overriddenBy folder: URL?, within root: URL? = nil) throws -> TemplateSet {
        var set = defaults()
        guard let folder else { return set }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            throw TemplateError(
                file: folder.path, line: nil,
                problem: LocalizedMessage(
                    es: "no existe la carpeta de plantillas indicada en «plantillas»",
                    en: "the template folder given in «plantillas» does not exist"))
        }
        for name in names.sorted() where name.hasSuffix(".mustache") {
            let url = folder.appending(path: name)
            if let root, let problem = WorkspacePath.symlinkProblem(url, root: root) {
                throw TemplateError(file: url.path, line: nil, problem: problem.message)
            }
            let key = String(name.dropLast(".mustache".count))
            set.sources[key] = try readTemplate(url)
            set.origins[key] = url.path
        }
        return set
    }

    /// A template's text: a regular UTF-8 file of at most ``maximumTemplateBytes``.
    private static func readTemplate(_ url: URL) throws -> String {
        let problem: LocalizedMessage
        switch BoundedFile.read(url, limit: maximumTemplateBytes) {
        case .success(let bytes):
            if let text = String(validating: bytes, as: UTF8.self) { return text }
            problem = LocalizedMessage(es: "no se puede leer como UTF-8", en: "cannot be read as UTF-8")
        case .failure(.tooLarge(let size)):
            problem = LocalizedMessage(
                es: "pesa \(size / 1024) KB y el máximo para una plantilla es \(maximumTemplateBytes / 1024) KB",
                en: "it is \(size / 1024) KB and the limit for a template is \(maximumTemplateBytes / 1024) KB")
        case .failure(.notRegular):
            problem = LocalizedMessage(es: "no es un archivo normal", en: "it is not a regular file")
        case .failure(.missing), .failure(.unreadable):
            problem = LocalizedMessage(es: "no se puede leer", en: "cannot be read")
        }
        throw TemplateError(file: url.path, line: nil, problem: problem)
    }

    /// This set with `source` as the template `name`, replacing or adding it as a workspace override would.
    ///
    /// - Parameters:
    ///   - name: Template name (file name without `.mustache`), e.g. `politica`.
    ///   - source: The Mustache source.
    ///   - origin: Where the source came from, for messages.
    /// - Returns: The new set; nothing is checked until ``check()`` or a build uses it.
    public func overriding(_ name: String, with source: String, origin: String) -> TemplateSet {
        var set = self
        set.sources[name] = source
        set.origins[name] = origin
        return set
    }

    /// Checks the set as a build does: every template that is not a default (Mustache syntax, XHTML
    /// markup, partials) and the inclusion graph (the defaults themselves are checked by the tests).
    ///
    /// - Throws: ``TemplateError`` naming the template and line of the first problem.
    public func check() throws {
        let bounds = TemplateBounds(sources: sources, origins: origins)
        for name in sources.keys.sorted() { try bounds.check(root: name) }
        try checkOverrides()
        try checkCycles()
    }

    /// Renders `name` with `context`; `nil` when there is no such template.
    ///
    /// A workspace's own templates render under a ``RenderBudget``: a template that would produce
    /// more than ``TemplateBounds/maximumOutputBytes`` is stopped while rendering and refused at
    /// the line of the section that grew too large (the embedded defaults are bounded by the tests).
    func render(_ name: String, context: TemplateObject) throws -> String? {
        let library = try library(for: name)
        guard !isEmbedded else { return library.render(TemplateScope(object: context, budget: nil), withTemplate: name) }
        let bounds = TemplateBounds(sources: sources, origins: origins)
        let budget = RenderBudget(costs: bounds.itemCosts(), limit: TemplateBounds.maximumOutputBytes)
        let rendered = library.render(TemplateScope(object: context, budget: budget), withTemplate: name)
        if let key = budget.exhaustedKey {
            let overrides = Set(sources.keys.filter { origins[$0] != Self.embedded.origins[$0] })
            let place = bounds.firstSection(named: key, preferring: overrides)
            throw bounds.tooLarge(template: place?.template ?? name, line: place?.line)
        }
        return rendered
    }

    /// The text of an embedded non-template file of `Templates/` (CSS, reference parts …).
    public static func embeddedFile(_ path: String) -> [UInt8]? {
        EmbeddedTemplates.files[path].flatMap { Data(base64Encoded: $0) }.map { [UInt8]($0) }
    }

    /// The Mustache library holding `root` and every partial it reaches.
    ///
    /// The embedded defaults are checked by the tests (`TemplateSet.checkAll()`), not in every
    /// process; a workspace's own templates are checked here, before anything is rendered.
    func library(for root: String) throws -> MustacheLibrary {
        if isEmbedded, let cached = Self.embeddedLibraries.withLock({ $0[root] }) { return cached }
        if !isEmbedded {
            // The bounds first: they read each template once, without the parser's recursion.
            try TemplateBounds(sources: sources, origins: origins).check(root: root)
            try checkOverrides()
            try checkCycles()
        }
        var library = MustacheLibrary()
        var pending = [root]
        var seen: Set<String> = []
        while let name = pending.popLast() {
            guard seen.insert(name).inserted, let source = sources[name] else { continue }
            library.register(try parsed(name, source: source), named: name)
            pending += TemplateCheck.partials(in: source).map(\.1)
        }
        if isEmbedded { Self.embeddedLibraries.withLock { $0[root] = library } }
        return library
    }

    /// Checks every template of the set: Mustache syntax, markup and partials.
    func checkAll() throws {
        let known = Set(sources.keys)
        for name in sources.keys.sorted() { try check(name, known: known) }
        try checkCycles()
    }

    /// Refuses a template that includes itself, directly or through others.
    private func checkCycles() throws {
        guard let cycle = PartialGraph(sources: sources).firstCycle() else { return }
        let path = cycle.path.joined(separator: " → ")
        throw TemplateError(
            file: origins[cycle.template] ?? cycle.template, line: cycle.line,
            problem: LocalizedMessage(
                es: "la plantilla se incluye a sí misma (\(path)): nunca terminaría de generarse; quite esa inclusión",
                en: "the template includes itself (\(path)): it would never finish rendering; remove that inclusion"))
    }

    private func checkOverrides() throws {
        let known = Set(sources.keys)
        for name in sources.keys.sorted() where origins[name] != Self.embedded.origins[name] { try check(name, known: known) }
    }

    private func check(_ name: String, known: Set<String>) throws {
        // Before the Mustache parser, which recurses once per nested section.
        let shape = TemplateShape(source: sources[name] ?? "")
        if shape.deepest.depth > TemplateBounds.maximumDepth {
            throw TemplateBounds(sources: [:], origins: origins).tooDeep(template: name, line: shape.deepest.line)
        }
        _ = try parsed(name, source: sources[name] ?? "")
        try TemplateCheck.check(source: sources[name] ?? "", origin: origins[name] ?? name, known: known)
    }

    private func parsed(_ name: String, source: String) throws -> MustacheTemplate {
        let isDefault = origins[name] == Self.embedded.origins[name]
        if isDefault, let template = Self.parsedEmbedded.withLock({ $0[name] }) { return template }
        let template: MustacheTemplate
        do {
            template = try MustacheTemplate(string: source)
        } catch let error as MustacheTemplate.ParserError {
            let line = error.context.line.trimmingCharacters(in: .whitespaces)
            throw TemplateError(
                file: origins[name] ?? name, line: error.context.lineNumber,
                problem: LocalizedMessage(es: "error de sintaxis Mustache (\(error.error)) en «\(line)»",
                                          en: "Mustache syntax error (\(error.error)) in «\(line)»"))
        }
        if isDefault { Self.parsedEmbedded.withLock { $0[name] = template } }
        return template
    }
}
