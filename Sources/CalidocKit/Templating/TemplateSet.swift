import Foundation
import Mustache

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
        if let cycle = PartialGraph(sources: sources).firstCycle() {
            let path = cycle.path.joined(separator: " → ")
            throw TemplateError(
                file: origins[cycle.template] ?? cycle.template, line: cycle.line,
                problem: LocalizedMessage(
                    es: "la plantilla se incluye a sí misma (\(path)): nunca terminaría de generarse; quite esa inclusión",
                    en: "the template includes itself (\(path)): it would never finish rendering; remove that inclusion"))
        }
        return library
    }
}
