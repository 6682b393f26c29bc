import Foundation
import Mustache
import Synchronization

/// The templates used for one build: the embedded defaults, with a workspace's overrides on top.
///
/// Every template is checked before use: Mustache syntax, markup within the XHTML vocabulary
/// (with Mustache tags blanked out, so line numbers stay those of the file) and partials that exist.
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

    /// The defaults with every `*.mustache` of `folder` replacing or adding templates.
    public static func defaults(overriddenBy folder: URL?) throws -> TemplateSet {
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
            guard let data = FileManager.default.contents(atPath: url.path),
                let text = String(data: data, encoding: .utf8)
            else {
                throw TemplateError(
                    file: url.path, line: nil,
                    problem: LocalizedMessage(es: "no se puede leer como UTF-8", en: "cannot be read as UTF-8"))
            }
            let key = String(name.dropLast(".mustache".count))
            set.sources[key] = text
            set.origins[key] = url.path
        }
        return set
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
        if !isEmbedded { try checkOverrides() }
        var library = MustacheLibrary()
        var pending = [root]
        var seen: Set<String> = []
        while let name = pending.popLast() {
            guard seen.insert(name).inserted, let source = sources[name] else { continue }
            library.register(try parsed(name, source: source), named: name)
            pending += TemplateCheck.partials(in: source).map(\.1)
        }
        return library
    }

    /// Checks every template of the set: Mustache syntax, markup and partials.
    func checkAll() throws {
        for name in sources.keys.sorted() { try check(name) }
    }

    private func checkOverrides() throws {
        for name in sources.keys.sorted() where origins[name] != Self.embedded.origins[name] { try check(name) }
    }

    private func check(_ name: String) throws {
        _ = try parsed(name, source: sources[name] ?? "")
        try TemplateCheck.check(source: sources[name] ?? "", origin: origins[name] ?? name, known: Set(sources.keys))
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
