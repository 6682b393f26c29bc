import Foundation

/// Writes an import's files into a new folder: refused when the folder exists and is not empty
/// (nothing is ever overwritten); the three files are written together or not at all
/// (``AtomicFile``), then the JSON schemas editors use, as `calidoc init` does.
public enum ImportWorkspace {
    /// The files written, in order.
    public static let fileNames = ["calidoc.yaml", "politica.yaml", "importacion.md"]

    /// Writes `result` into `folder`.
    ///
    /// - Returns: The files written.
    /// - Throws: ``ImportError/targetExists(path:)`` when `folder` exists with content.
    public static func write(_ result: PolicyImporter.Result, to folder: URL) throws -> [URL] {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) {
            let content = isFolder.boolValue ? (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? ["?"] : ["?"]
            if !content.isEmpty { throw ImportError.targetExists(path: folder.path) }
        }
        let texts = [result.manifestText, result.policyText, result.reportText]
        let files = zip(fileNames, texts).map { (folder.appending(path: $0.0), Array($0.1.utf8)) }
        try AtomicFile.write(files)
        return files.map(\.0) + (try InputSchemas.write(to: folder.appending(path: "esquemas")))
    }

    /// The default folder for a document: its name without extension, next to where calidoc runs.
    public static func defaultFolder(for document: URL) -> URL {
        let name = document.deletingPathExtension().lastPathComponent
        return URL(fileURLWithPath: name.isEmpty ? "politica-importada" : name)
    }
}

extension ImportWorkspace {
    /// What the command prints after the files: counts, what is left to review, next steps.
    public static func summary(_ result: PolicyImporter.Result, folder: String, language: MessageLanguage) -> String {
        let report = result.report
        let placed = report.placements.reduce(0) { $0 + $1.count }
        let shown = folder.contains(" ") ? "\"\(folder)\"" : folder
        return language.pick(
            """

            Política importada en «\(folder)»: \(placed) párrafos o elementos ubicados, \(report.unplaced.count) sin ubicar, \
            \(report.validation.count) observaciones de calidoc validate.
            Próximos pasos:
              1. Lea \(folder)/importacion.md: qué quedó dónde y qué falta.
              2. Complete calidoc.yaml y corrija politica.yaml.
              3. Revise:   calidoc validate \(shown)
              4. Genere:   calidoc build \(shown)
            """,
            """

            Política imported into «\(folder)»: \(placed) paragraphs or items placed, \(report.unplaced.count) not placed, \
            \(report.validation.count) calidoc validate findings.
            Next steps:
              1. Read \(folder)/importacion.md: what went where and what is missing.
              2. Fill in calidoc.yaml and correct politica.yaml.
              3. Check:    calidoc validate \(shown)
              4. Build:    calidoc build \(shown)
            """)
    }
}
