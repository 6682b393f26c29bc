import Foundation

/// `calidoc build`: load → validate → for each document, template → model → writers → files.
///
/// Every document is rendered in memory for every format first; files are written only when all
/// renders succeeded, each atomically, so a failed build leaves earlier outputs intact.
public struct BuildPipeline: Sendable {
    /// What to build.
    public struct Request: Sendable {
        /// Workspace folder.
        public var workspace: URL
        /// Formats; `nil` means the manifest's, else html, odt and docx.
        public var formats: [OutputFormat]?
        /// Root output folder; files go to `<root>/<institution-slug>/<version>/`.
        public var outputRoot: URL
        /// Reference document for the formats that use one, overriding the manifest.
        public var reference: URL?
        /// Message language.
        public var language: MessageLanguage
        /// PDF/A-2b instead of plain PDF.
        public var pdfA = false
        /// Warnings fail the build too (`--strict`), as they fail `validate --strict`.
        public var strict = false

        /// Creates a request.
        public init(
            workspace: URL, formats: [OutputFormat]? = nil, outputRoot: URL, reference: URL? = nil,
            language: MessageLanguage = .es
        ) {
            self.workspace = workspace
            self.formats = formats
            self.outputRoot = outputRoot
            self.reference = reference
            self.language = language
        }
    }

    /// What a build did.
    public struct Result: Sendable {
        /// Loader and validation findings (warnings when the build succeeded).
        public var diagnostics: [Diagnostic]
        /// Files written.
        public var written: [URL]
        /// The loaded workspace, for printing diagnostics with their source lines.
        public var loaded: LoadedWorkspace
        /// What the formats could not show (each writer's ``WriterWarning``s, once each).
        public var warnings: [WriterWarning] = []
    }

    /// Creates a pipeline.
    public init() {}

    /// Runs the build.
    ///
    /// - Throws: ``BuildError/invalidWorkspace(errorCount:)`` (diagnostics attached to the error's
    ///   ``BuildFailure``), ``TemplateError``, ``WriterError``, ``BuildError/cannotWrite(path:reason:)``.
    public func run(_ request: Request) throws -> Result {
        let validation = WorkspaceValidation.run(at: request.workspace)
        let validated: ValidatedWorkspace
        do {
            validated = try validation.validated(strict: request.strict)
        } catch let failure as ValidationFailure {
            let error: BuildError = failure.strict
                ? .warningsWithStrict(warningCount: failure.blocking.count)
                : .invalidWorkspace(errorCount: max(1, failure.blocking.count))
            throw BuildFailure(error: error, diagnostics: failure.diagnostics, loaded: failure.loaded)
        }
        let workspace = validated.workspace
        let formats = request.formats ?? workspace.manifest.formatos?.map(\.format) ?? [.html, .odt, .docx]
        let builder = try DocumentBuilder(workspace: validated)
        let folder = Self.outputFolder(for: workspace.manifest, root: request.outputRoot)
        func jobs(for kinds: [DocumentKind], approvedFiles: [(name: String, sha256: String)] = []) throws
            -> [(URL, Document, OutputFormat, WriterOptions)]
        {
            var jobs: [(URL, Document, OutputFormat, WriterOptions)] = []
            for kind in kinds {
                let document: Document
                do {
                    document = try builder.build(kind, from: validated, approvedFiles: approvedFiles)
                } catch let error as BuildError {
                    // A text that breaks the document: point at its input line. Other errors as they are.
                    guard case .inputBreaksDocument = error else { throw error }
                    throw BuildFailure(error: error, diagnostics: Self.locate(error, in: validation.loaded), loaded: validation.loaded)
                }
                for format in formats {
                    _ = try WriterRegistry.writer(for: format)
                    let options = try ReferenceDocument.options(for: format, request: request, workspace: workspace)
                    jobs.append((folder.appending(path: "\(kind.rawValue).\(format.fileExtension)"), document, format, options))
                }
            }
            return jobs
        }
        let kinds = DocumentBuilder.availableKinds(in: validated)
        var pending = try Self.render(try jobs(for: kinds.filter { $0 != .resolucion }))
        if kinds.contains(.resolucion), let approved = workspace.manifest.resolucion?.documento {
            // The resolution cites the SHA-256 of every file of the document it approves.
            let files = pending.filter { $0.0.deletingPathExtension().lastPathComponent == approved.rawValue }
                .map { (name: $0.0.lastPathComponent, sha256: SHA256Digest.hex($0.1)) }
            pending += try Self.render(try jobs(for: [.resolucion], approvedFiles: files))
        }
        // A build killed while writing may have left hidden temporary files: clear them first.
        AtomicFile.removeStaleTemporaries(in: folder)
        try AtomicFile.write(pending.map { ($0.0, $0.1) })
        return Result(diagnostics: validation.diagnostics, written: pending.map(\.0), loaded: validation.loaded,
                      warnings: WriterOutput(bytes: [], warnings: pending.flatMap(\.2)).warnings)
    }
}

extension BuildPipeline {
    /// For a text that cannot be written into a document, the input line that holds it: the
    /// excerpt's longest visible run is looked up in the input files.
    static func locate(_ error: BuildError, in loaded: LoadedWorkspace) -> [Diagnostic] {
        guard case .inputBreaksDocument(let document, let excerpt, let problem) = error else { return [] }
        // The output joins a paragraph's lines and may have been cut: look for pieces short enough
        // to sit on one input line, from the visible runs between invisible characters.
        let runs = excerpt.split(separator: "\u{FFFD}").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " …")) }
        // Best anchors: the words right before and right after each invisible character.
        let boundaries = zip(runs, runs.dropFirst()).flatMap { [String($0.suffix(30)), String($1.prefix(30))] }
        let needles = (runs.map { String($0.prefix(30)) } + boundaries).filter { $0.count >= 8 }
        // The document's own input file first (the resolution's texts are in the manifest).
        let own = document == "resolucion" ? InputFile.manifest.rawValue : "\(document).yaml"
        let files = loaded.sourceLines.keys.sorted { ($0.hasSuffix("/" + own) || $0 == own ? 0 : 1, $0) < ($1.hasSuffix("/" + own) || $1 == own ? 0 : 1, $1) }
        for needle in needles {
            for file in files {
                guard let lines = loaded.sourceLines[file], let index = lines.firstIndex(where: { $0.contains(needle) }),
                    let range = lines[index].range(of: needle)
                else { continue }
                let column = lines[index].distance(from: lines[index].startIndex, to: range.lowerBound) + 1
                return [
                    Diagnostic(
                        severity: .error, code: "CAL-BU-001",
                        message: LocalizedMessage(
                            es: "este texto no se puede escribir en el documento: \(problem.es)",
                            en: "this text cannot be written into the document: \(problem.en)"),
                        location: SourceLocation(file: file, line: index + 1, column: column),
                        hint: LocalizedMessage(
                            es: "quite o reemplace los caracteres invisibles o de control de este texto",
                            en: "remove or replace the invisible or control characters of this text"))
                ]
            }
        }
        return []
    }

    /// Where a workspace's documents go: `<root>/<institution-slug>/<version-slug>/`.
    public static func outputFolder(for manifest: Manifest, root: URL) -> URL {
        let institution = manifest.institucion.sigla.map { "\($0)-\(manifest.institucion.nombre)" } ?? manifest.institucion.nombre
        return root.appending(path: Slug.make(institution)).appending(path: Slug.make(manifest.version.etiqueta))
    }

    /// Renders every (document, format) pair on all cores; the first failure wins, nothing is written.
    static func render(_ jobs: [(URL, Document, OutputFormat, WriterOptions)]) throws -> [(URL, [UInt8], [WriterWarning])] {
        let results = RenderResults(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            let (url, document, format, options) = jobs[index]
            do {
                let output = try WriterRegistry.writer(for: format).render(document, options: options)
                // A warning without a place names the file it concerns.
                let warnings = output.warnings.map { WriterWarning(format: $0.format, loss: $0.loss, place: $0.place ?? url.lastPathComponent) }
                results.store(.success((url, output.bytes, warnings)), at: index)
            } catch {
                results.store(.failure(error), at: index)
            }
        }
        return try results.values()
    }
}

/// Results of the parallel renders, in job order.
private final class RenderResults: @unchecked Sendable {
    private var slots: [Result<(URL, [UInt8], [WriterWarning]), any Error>?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func store(_ result: Result<(URL, [UInt8], [WriterWarning]), any Error>, at index: Int) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    func values() throws -> [(URL, [UInt8], [WriterWarning])] {
        try slots.map { slot in
            guard let slot else { throw RenderMissing() }
            return try slot.get()
        }
    }
}

/// A render slot left empty (cannot happen: `concurrentPerform` runs every iteration).
private struct RenderMissing: Error {}

/// A failed build with the diagnostics that explain it.
public struct BuildFailure: CalidocError {
    /// The error.
    public let error: BuildError
    /// Loader and validation findings.
    public let diagnostics: [Diagnostic]
    /// The loaded workspace (for source lines).
    public let loaded: LoadedWorkspace

    /// The error's category.
    public var category: ErrorCategory { error.category }
    /// The error's message.
    public func message(_ language: MessageLanguage) -> String { error.message(language) }
}

/// File-name-safe slugs: "Gobierno de Santiago" → "gobierno-de-santiago".
public enum Slug {
    /// Lower-case ASCII letters and digits joined by single hyphens.
    public static func make(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "es"))
            .lowercased()
        var result = ""
        var lastWasHyphen = true
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
                lastWasHyphen = false
            } else if !lastWasHyphen {
                result.append("-")
                lastWasHyphen = true
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? "documento" : result
    }
}
