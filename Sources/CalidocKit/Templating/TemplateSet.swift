import Foundation
import Mustache

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

    /// The checked Mustache library of the defaults, built once: most builds use no overrides.
    private static let embeddedLibrary: Result<MustacheLibrary, TemplateError> = {
        do {
            return .success(try embedded.checkedLibrary())
        } catch let error as TemplateError {
            return .failure(error)
        } catch {
            return .failure(TemplateError(file: "Templates", line: nil, problem: LocalizedMessage(es: "\(error)", en: "\(error)")))
        }
    }()

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

    /// Checks every template as a build does: Mustache syntax, XHTML markup and partials.
    ///
    /// - Throws: ``TemplateError`` naming the template and line of the first problem.
    public func check() throws {
        _ = try library()
    }

    /// The text of an embedded non-template file of `Templates/` (CSS, reference parts …).
    public static func embeddedFile(_ path: String) -> [UInt8]? {
        EmbeddedTemplates.files[path].flatMap { Data(base64Encoded: $0) }.map { [UInt8]($0) }
    }

    /// The Mustache library after checking every template (cached for the embedded defaults).
    func library() throws -> MustacheLibrary {
        if isEmbedded { return try Self.embeddedLibrary.get() }
        return try checkedLibrary()
    }

    private func checkedLibrary() throws -> MustacheLibrary {
        var library = MustacheLibrary()
        for name in sources.keys.sorted() {
            let source = sources[name] ?? ""
            let origin = origins[name] ?? name
            do {
                try library.register(source, named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw TemplateError(
                    file: origin, line: error.context.lineNumber,
                    problem: LocalizedMessage(
                        es: "error de sintaxis Mustache (\(error.error)) en «\(error.context.line.trimmingCharacters(in: .whitespaces))»",
                        en: "Mustache syntax error (\(error.error)) in «\(error.context.line.trimmingCharacters(in: .whitespaces))»"))
            }
            try TemplateCheck.check(source: source, origin: origin, known: Set(sources.keys))
        }
        if let cycle = TemplateCheck.partialCycle(in: sources), let first = cycle.names.first {
            let chain = cycle.names.joined(separator: " → ")
            throw TemplateError(
                file: origins[first] ?? first, line: cycle.line,
                problem: LocalizedMessage(
                    es: "el parcial «\(first)» se incluye a sí mismo (\(chain)); la plantilla no terminaría nunca",
                    en: "partial «\(first)» includes itself (\(chain)); the template would never finish"))
        }
        return library
    }
}
