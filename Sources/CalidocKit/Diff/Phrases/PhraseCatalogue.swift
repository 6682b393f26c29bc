import Foundation
import Synchronization

/// The phrases change statements are written with, in one language: one entry per change kind and
/// element (``PhraseKey``), the nouns of the elements with their gender and plural, and the
/// articles of each gender.
///
/// The defaults are `Templates/frases/es.yaml` and `Templates/frases/en.yaml`, embedded at build
/// time; a workspace may replace any of their entries with a file of the same name in its
/// `plantillas` folder (`plantillas/frases/es.yaml`), so an institution adjusts its wording
/// without touching Swift. Every file is checked when read (``PhraseCatalogueError``).
public struct PhraseCatalogue: Hashable, Sendable {
    /// The language of the phrases.
    public let language: MessageLanguage
    var entries: [PhraseKey: PhraseText]
    var nouns: [NounKey: PhraseNoun]
    var articles: [NounGender: PhraseArticles]

    /// Where each file of the catalogue is, relative to `Templates/` or a `plantillas` folder.
    static func relativePath(_ language: MessageLanguage) -> String { "frases/\(language.rawValue).yaml" }

    /// The embedded defaults of `language` (read once per process).
    ///
    /// The embedded files are checked by the tests (`PhraseCatalogueTests`); should one ever fail to
    /// read, the statements show each entry's name in brackets rather than stopping the program.
    public static func embedded(_ language: MessageLanguage) -> PhraseCatalogue {
        if let cached = cache.withLock({ $0[language] }) { return cached }
        let catalogue = (try? embeddedOrThrow(language)) ?? PhraseCatalogue(language: language, entries: [:], nouns: [:], articles: [:])
        cache.withLock { $0[language] = catalogue }
        return catalogue
    }

    private static let cache = Mutex<[MessageLanguage: PhraseCatalogue]>([:])

    /// The embedded defaults of `language`, with any problem in them thrown.
    static func embeddedOrThrow(_ language: MessageLanguage) throws(PhraseCatalogueError) -> PhraseCatalogue {
        let path = relativePath(language)
        let bytes = TemplateSet.embeddedFile(path) ?? []
        return try parse(String(decoding: bytes, as: UTF8.self), displayPath: "Templates/" + path, language: language, over: nil)
    }

    /// The defaults of `language` with the entries of `folder/frases/<language>.yaml` on top, when
    /// that file exists.
    ///
    /// - Parameters:
    ///   - folder: The workspace's `plantillas` folder, or `nil` for the defaults alone.
    ///   - root: When given, a catalogue that is a symbolic link leading outside this folder (the
    ///     workspace) is refused.
    /// - Throws: ``PhraseCatalogueError`` naming the file, line and column of every problem.
    public static func defaults(
        _ language: MessageLanguage, overriddenBy folder: URL?, within root: URL? = nil
    ) throws(PhraseCatalogueError) -> PhraseCatalogue {
        let base = embedded(language)
        guard let folder else { return base }
        let url = folder.appending(path: relativePath(language))
        guard FileManager.default.fileExists(atPath: url.path) else { return base }
        let display = WorkspaceLoader.displayPath(for: url)
        if let root, let problem = WorkspacePath.symlinkProblem(url, root: root) {
            throw PhraseCatalogueError(Diagnostic(
                severity: .error, code: PhraseCatalogueError.code, message: problem.message,
                location: SourceLocation(file: display, line: 1, column: 1), hint: nil))
        }
        let text: String
        switch BoundedFile.read(url, limit: TemplateSet.maximumTemplateBytes) {
        case .success(let bytes):
            guard let decoded = String(validating: bytes, as: UTF8.self) else {
                throw PhraseCatalogueError.unreadable(display, LocalizedMessage(es: "no se puede leer como UTF-8", en: "cannot be read as UTF-8"))
            }
            text = decoded
        case .failure(.tooLarge(let size)):
            throw PhraseCatalogueError.unreadable(display, LocalizedMessage(
                es: "pesa \(size / 1024) KB y el máximo es \(TemplateSet.maximumTemplateBytes / 1024) KB",
                en: "it is \(size / 1024) KB and the limit is \(TemplateSet.maximumTemplateBytes / 1024) KB"))
        case .failure(.notRegular):
            throw PhraseCatalogueError.unreadable(display, LocalizedMessage(es: "no es un archivo normal", en: "it is not a regular file"))
        case .failure(.missing), .failure(.unreadable):
            throw PhraseCatalogueError.unreadable(display, LocalizedMessage(es: "no se puede leer", en: "cannot be read"))
        }
        return try parse(text, displayPath: display, language: language, over: base)
    }

    /// The catalogue a diff of `workspace` (the new version) writes with: the defaults and the
    /// workspace's `plantillas/frases/<language>.yaml`.
    ///
    /// - Throws: ``PhraseCatalogueError`` for a broken catalogue, ``TemplateError`` when the
    ///   `plantillas` folder leaves the workspace.
    public static func forWorkspace(_ workspace: ValidatedWorkspace, language: MessageLanguage) throws -> PhraseCatalogue {
        try forWorkspace(workspace.workspace, language: language)
    }

    /// ``forWorkspace(_:language:)`` of a decoded workspace.
    static func forWorkspace(_ workspace: Workspace, language: MessageLanguage) throws -> PhraseCatalogue {
        guard let path = workspace.manifest.plantillas else { return embedded(language) }
        switch WorkspacePath.resolve(path, in: workspace.directory) {
        case .success(let folder): return try defaults(language, overriddenBy: folder, within: workspace.directory)
        case .failure(let problem): throw TemplateError(file: path, line: nil, problem: problem.message)
        }
    }

    /// The statement of `key` with `values` in its placeholders; the entry's noun fills
    /// `{elemento}`, `{el_elemento}` ….
    func render(_ key: PhraseKey, _ values: [String: String] = [:]) -> String {
        guard let text = entries[key] else { return "[\(key.path)]" }
        guard let nounKey = key.noun, let noun = nouns[nounKey], let articles = articles[noun.gender] else {
            return text.render(values)
        }
        return text.render(articles.forms(of: noun).merging(values) { _, given in given })
    }

    /// The forms of a noun (`{el_elemento}` …) outside an entry of its own.
    func forms(of key: NounKey) -> [String: String] {
        guard let noun = nouns[key], let articles = articles[noun.gender] else { return [:] }
        return articles.forms(of: noun)
    }
}
