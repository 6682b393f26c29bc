import Foundation

/// `calidoc diff`: loads two workspace versions, computes the ``ChangeSet`` and renders it.
public enum VersionDiff {
    /// The format of a change summary or redline: one of the registry's ``OutputFormat``s.
    public typealias Format = OutputFormat

    /// A version that validation refused: ``ValidationFailure`` (errors block the diff; warnings do not).
    public typealias Failure = ValidationFailure

    /// A rendered diff: the change set, the file's bytes and what the format could not show.
    public struct Rendering: Sendable {
        /// The changes.
        public var changes: ChangeSet
        /// The rendered summary or redline.
        public var output: WriterOutput
    }

    /// Loads and validates one version: its rules run as in `validate`; errors block the diff,
    /// warnings do not.
    ///
    /// - Throws: ``ValidationFailure`` with every finding.
    public static func load(_ url: URL) throws -> ValidatedWorkspace {
        try WorkspaceValidation.validated(at: url)
    }

    /// The new Política with the differences as tracked changes, in `format`.
    ///
    /// - Throws: ``WriterError/unsupportedFormat(_:_:)`` when `format` writes no redlines (never a
    ///   silent fallback to another format), ``Failure``, ``WriterError``.
    public static func redline(old: URL, new: URL, format: OutputFormat) throws -> (ChangeSet, [UInt8]) {
        let rendering = try renderRedline(old: old, new: new, format: format)
        return (rendering.changes, rendering.output.bytes)
    }

    /// ``redline(old:new:format:)`` with the writer's warnings.
    public static func renderRedline(
        old: URL, new: URL, format: OutputFormat, language: MessageLanguage = .es
    ) throws -> Rendering {
        let writer = try WriterRegistry.writer(for: format, product: .redline)
        let before = try load(old)
        let after = try load(new)
        let changes = ChangeSet.compute(old: before, new: after)
        let document = try Redline.document(old: before, new: after)
        return Rendering(changes: changes, output: try writer.render(document, options: WriterOptions(language: language)))
    }

    /// The change set and its rendering in `format`, in the phrases of the new version's catalogue
    /// (``PhraseCatalogue/forWorkspace(_:language:)``) unless `options` bring their own.
    ///
    /// - Throws: ``WriterError/unsupportedFormat(_:_:)`` when `format` writes no change summaries;
    ///   ``PhraseCatalogueError`` when the new version's catalogue is broken.
    public static func run(
        old: URL, new: URL, format: OutputFormat, language: MessageLanguage, options: DiffOptions = DiffOptions()
    ) throws -> (ChangeSet, [UInt8]) {
        let rendering = try render(old: old, new: new, format: format, language: language, options: options)
        return (rendering.changes, rendering.output.bytes)
    }

    /// ``run(old:new:format:language:options:)`` with the writer's warnings.
    public static func render(
        old: URL, new: URL, format: OutputFormat, language: MessageLanguage, options: DiffOptions = DiffOptions()
    ) throws -> Rendering {
        guard format.serves(.changeSummary) else { throw WriterError.unsupportedFormat(format, .changeSummary) }
        let before = try load(old)
        let after = try load(new)
        var options = options
        if options.phrases?.language != language { options.phrases = try PhraseCatalogue.forWorkspace(after, language: language) }
        let changes = ChangeSet.compute(old: before, new: after, language: language, options: options)
        switch format {
        case .json:
            return Rendering(changes: changes, output: WriterOutput(bytes: try changes.json()))
        case .text, .md, .html, .odt, .docx, .pdf, .odp, .pptx:
            let writer = try WriterRegistry.writer(for: format, product: .changeSummary)
            let document = try changes.document(for: after, language: language)
            return Rendering(changes: changes, output: try writer.render(document, options: WriterOptions(language: language)))
        }
    }
}
