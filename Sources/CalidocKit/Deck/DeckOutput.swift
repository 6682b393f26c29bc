import Foundation

/// Deck formats.
public enum DeckFormat: String, Sendable, CaseIterable {
    case html
    case odp
    case pptx
}

/// Writes a session's deck next to the workspace's documents: `<root>/<institución>/<versión>/sesion-N.<fmt>`.
public enum DeckOutput {
    /// Builds and writes the deck; returns the files written.
    public static func write(
        session: Int, workspace: URL, formats: [DeckFormat], outputRoot: URL, reference: URL? = nil
    ) throws -> [URL] {
        let presentation = try DeckBuilder.build(session: session, workspace: workspace)
        let manifest = try VersionDiff.load(workspace).manifest
        // `--reference FILE.pptx`, else the manifest's `referencia_pptx`.
        let referenceURL = try reference ?? manifest.referenciaPPTX.map { try ReferenceDocument.inside(workspace, $0) }
        let referenceBytes = try referenceURL.map(ReferenceDocument.read)
        let institution = manifest.institucion.sigla.map { "\($0)-\(manifest.institucion.nombre)" } ?? manifest.institucion.nombre
        let folder = outputRoot.appending(path: Slug.make(institution)).appending(path: Slug.make(manifest.version.etiqueta))
        var rendered: [(URL, [UInt8])] = []
        for format in formats {
            let bytes: [UInt8]
            switch format {
            case .html: bytes = HTMLSlidesWriter().write(presentation)
            case .odp: bytes = try ODPWriter().write(presentation)
            case .pptx:
                bytes = try PPTXWriter().write(presentation, reference: referenceBytes, referenceName: referenceURL?.lastPathComponent ?? "")
            }
            rendered.append((folder.appending(path: "sesion-\(session).\(format.rawValue)"), bytes))
        }
        AtomicFile.removeStaleTemporaries(in: folder)
        for (url, bytes) in rendered { try AtomicFile.write(bytes, to: url) }
        return rendered.map(\.0)
    }
}
