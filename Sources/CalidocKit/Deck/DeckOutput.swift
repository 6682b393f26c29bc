import Foundation

/// Writes a session's deck next to the workspace's documents: `<root>/<institución>/<versión>/sesion-N.<ext>`.
public enum DeckOutput {
    /// What a deck build wrote and what its formats could not show.
    public struct Result: Sendable {
        /// Files written.
        public var written: [URL]
        /// What each format could not show (an image in a PPTX slide …).
        public var warnings: [WriterWarning]
    }

    /// Builds and writes the deck; returns the files written.
    ///
    /// - Throws: ``WriterError/unsupportedFormat(_:_:)`` for a format that writes no decks.
    public static func write(
        session: Int, workspace: URL, formats: [OutputFormat], outputRoot: URL, reference: URL? = nil
    ) throws -> [URL] {
        try build(session: session, workspace: workspace, formats: formats, outputRoot: outputRoot, reference: reference).written
    }

    /// Builds and writes the deck in every format (all or nothing), with the writers' warnings.
    ///
    /// - Throws: ``WriterError``, ``ValidationFailure``, ``BuildError``.
    public static func build(
        session: Int, workspace: URL, formats: [OutputFormat], outputRoot: URL, reference: URL? = nil
    ) throws -> Result {
        let writers = try formats.map { (format: $0, writer: try WriterRegistry.deckWriter(for: $0)) }
        let validated = try VersionDiff.load(workspace)
        var presentation = try DeckBuilder.build(session: session, workspace: validated)
        // The logo of the title and closing slides (the metadata names it; see SlideBranding).
        if let logo = try LogoResource.load(for: validated.workspace), !presentation.resources.contains(where: { $0.name == logo.name }) {
            presentation.resources.append(logo)
        }
        let manifest = validated.manifest
        // `--reference FILE.pptx`, else the manifest's `referencia_pptx`.
        let referenceURL = try reference ?? manifest.referenciaPPTX.map { try ReferenceDocument.inside(workspace, $0) }
        let referenceBytes = try referenceURL.map(ReferenceDocument.read)
        let institution = manifest.institucion.sigla.map { "\($0)-\(manifest.institucion.nombre)" } ?? manifest.institucion.nombre
        let folder = outputRoot.appending(path: Slug.make(institution)).appending(path: Slug.make(manifest.version.etiqueta))
        var rendered: [(URL, [UInt8])] = []
        var warnings: [WriterWarning] = []
        for (format, writer) in writers {
            // Only the PPTX writer takes a reference deck (the registry's reference kind says so).
            let usesReference = format.referenceKind == .pptx
            let options = WriterOptions(
                referenceDocument: usesReference ? referenceBytes : nil,
                referenceName: usesReference ? referenceURL?.lastPathComponent : nil)
            let output = try writer.render(presentation, options: options)
            warnings += output.warnings
            rendered.append((folder.appending(path: "sesion-\(session).\(format.fileExtension)"), output.bytes))
        }
        AtomicFile.removeStaleTemporaries(in: folder)
        for (url, bytes) in rendered { try AtomicFile.write(bytes, to: url) }
        return Result(written: rendered.map(\.0), warnings: warnings)
    }
}
