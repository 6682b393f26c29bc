import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes an import's files into a new folder: refused when the folder exists and is not empty
/// (nothing is ever overwritten); the three files are written together or not at all
/// (``AtomicFile``), then the JSON schemas editors use, as `calidoc init` does.
public enum ImportWorkspace {
    /// The files written, in order.
    public static let fileNames = ["calidoc.yaml", "politica.yaml", "importacion.md"]

    /// Writes `result` into `folder`.
    ///
    /// The files are written into a hidden folder beside it, then that folder is renamed into
    /// place in one step: onto a missing or empty folder it succeeds, onto one that has content it
    /// fails — so two imports into the same folder at once (two browser tabs) never write over each
    /// other, and a failure leaves nothing half-written.
    ///
    /// - Returns: The files written.
    /// - Throws: ``ImportError/targetExists(path:)`` when `folder` exists with content (or got some
    ///   meanwhile); ``BuildError/cannotWrite(path:reason:outcome:)``.
    public static func write(_ result: PolicyImporter.Result, to folder: URL) throws -> [URL] {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) {
            let content = isFolder.boolValue ? (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? ["?"] : ["?"]
            if !content.isEmpty { throw ImportError.targetExists(path: folder.path) }
        }
        let parent = folder.deletingLastPathComponent()
        let staging = parent.appending(path: ".calidoc-importacion-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: staging) }
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw BuildError.cannotWrite(
                path: folder.path,
                reason: LocalizedMessage(es: "no se pudo crear la carpeta (\(error.localizedDescription))",
                                         en: "the folder could not be created (\(error.localizedDescription))"),
                outcome: .nothingReplaced)
        }
        let written = try writeFiles(result, to: staging)
        guard rename(staging.path, folder.path) == 0 else {
            let code = errno
            if code == ENOTEMPTY || code == EEXIST || code == ENOTDIR || code == EISDIR {
                throw ImportError.targetExists(path: folder.path)
            }
            throw BuildError.cannotWrite(
                path: folder.path, reason: LocalizedMessage(es: String(cString: strerror(code)), en: String(cString: strerror(code))),
                outcome: .nothingReplaced)
        }
        let prefix = staging.path + "/"
        return written.map { folder.appending(path: String($0.path.dropFirst(prefix.count))) }
    }

    private static func writeFiles(_ result: PolicyImporter.Result, to folder: URL) throws -> [URL] {
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
