import Foundation

/// `calidoc diff`: loads two workspace versions, computes the ``ChangeSet`` and renders it.
public enum VersionDiff {
    /// Output formats of the change summary.
    public enum Format: String, Sendable, CaseIterable {
        case text, md, json, html, odt, docx
    }

    /// Failures specific to the diff.
    public struct Failure: CalidocError {
        /// Which version could not be read.
        public let path: String
        /// What the loader found.
        public let diagnostics: [Diagnostic]
        /// The loaded workspace (for source lines).
        public let loaded: LoadedWorkspace

        /// Input errors.
        public var category: ErrorCategory { .input }

        /// Message.
        public func message(_ language: MessageLanguage) -> String {
            language.pick("no se puede leer la versión «\(path)»; corrija los errores indicados",
                          "cannot read version «\(path)»; fix the errors shown")
        }
    }

    /// Loads both versions (errors block the diff; warnings do not).
    public static func load(_ url: URL) throws -> Workspace {
        let loaded = WorkspaceLoader.load(at: url)
        guard let workspace = loaded.workspace, !loaded.hasErrors else {
            throw Failure(path: url.path, diagnostics: loaded.diagnostics, loaded: loaded)
        }
        return workspace
    }

    /// The new Política with the differences as tracked changes, in `format` (docx, odt or html).
    public static func redline(old: URL, new: URL, format: Format) throws -> (ChangeSet, [UInt8]) {
        let before = try load(old)
        let after = try load(new)
        let changes = ChangeSet.compute(old: before, new: after)
        let document = try Redline.document(old: before, new: after)
        let writer = try WriterRegistry.writer(for: OutputFormat(rawValue: format.rawValue) ?? .docx)
        return (changes, try writer.write(document, options: WriterOptions()))
    }

    /// The change set and its rendering in `format`.
    public static func run(
        old: URL, new: URL, format: Format, language: MessageLanguage, options: DiffOptions = DiffOptions()
    ) throws -> (ChangeSet, [UInt8]) {
        let before = try load(old)
        let after = try load(new)
        let changes = ChangeSet.compute(old: before, new: after, language: language, options: options)
        switch format {
        case .json:
            return (changes, try changes.json())
        case .text, .md:
            let document = try changes.document(for: after, language: language)
            return (changes, Array(PlainTextWriter(markdown: format == .md).text(document).utf8))
        case .html, .odt, .docx:
            let document = try changes.document(for: after, language: language)
            let writer = try WriterRegistry.writer(for: OutputFormat(rawValue: format.rawValue) ?? .html)
            return (changes, try writer.write(document, options: WriterOptions(language: language)))
        }
    }
}
