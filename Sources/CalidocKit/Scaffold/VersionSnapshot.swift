import Foundation

/// «Guardar como nueva versión»: what a person would otherwise do by hand to start a new version of
/// the Política — copy the current files into `versiones/<etiqueta>/` (the folder keeps the version
/// as it was, with its own manifest pointing at the version before it), then give the workspace's
/// manifest the new label, date and description and point its `anterior` at that copy.
///
/// The workspace's inputs are not changed (the new version starts as a copy of the current one); only
/// the manifest's `version` block is rewritten, every other line of it kept as written. The copy is
/// made in a hidden temporary folder and renamed into place, and the manifest is replaced atomically
/// afterwards: an interruption leaves either nothing or a complete copy.
public enum VersionSnapshot {
    /// Why a new version cannot be saved.
    public enum Failure: CalidocError, Hashable {
        /// The new label is empty.
        case emptyLabel
        /// The new label is one an existing version already has.
        case labelInUse(String)
        /// The date is not a real `AAAA-MM-DD` date.
        case badDate(String)
        /// The manifest's `version` block cannot be rewritten line by line (e.g. a flow mapping).
        case manifestLayout
        /// Copying the files failed; nothing was changed.
        case cannotCopy(String)

        /// Usage errors, except an interrupted copy (`io`).
        public var category: ErrorCategory {
            switch self {
            case .emptyLabel, .labelInUse, .badDate, .manifestLayout: .usage
            case .cannotCopy: .io
            }
        }

        /// What happened and what to do.
        public func message(_ language: MessageLanguage) -> String {
            switch self {
            case .emptyLabel:
                language.pick("escriba la etiqueta de la nueva versión (por ejemplo «4»)",
                              "write the new version's label (e.g. «4»)")
            case .labelInUse(let label):
                language.pick("ya hay una versión «\(VisibleText.escaped(label))»; elija otra etiqueta para la nueva versión",
                              "there already is a version «\(VisibleText.escaped(label))»; choose another label for the new version")
            case .badDate(let text):
                language.pick("la fecha «\(VisibleText.escaped(text))» no es una fecha AAAA-MM-DD real",
                              "the date «\(VisibleText.escaped(text))» is not a real YYYY-MM-DD date")
            case .manifestLayout:
                language.pick("calidoc.yaml no tiene «version:» en líneas propias (¿escrito entre llaves {…}?); guarde la versión a mano: copie los archivos a versiones/ y cambie «version» en calidoc.yaml",
                              "calidoc.yaml does not have «version:» on lines of its own (written in braces {…}?); save the version by hand: copy the files into versiones/ and change «version» in calidoc.yaml")
            case .cannotCopy(let reason):
                language.pick("no se pudo copiar la versión actual a versiones/ (\(reason)); no se cambió nada",
                              "the current version could not be copied into versiones/ (\(reason)); nothing was changed")
            }
        }
    }

    /// What was saved.
    public struct Result: Sendable, Hashable {
        /// The copy of the previous version, relative to the workspace (`versiones/3`).
        public var previousPath: String
        /// The copy's folder.
        public var previousFolder: URL
        /// The workspace's new `version`.
        public var version: VersionInfo
    }

    /// Top-level names never copied into a version: the versions themselves, the Comité's sessions
    /// (they compare versions), the signed archive and build output.
    static let notCopied: Set<String> = [VersionHistory.folderName, "sesiones", "archivo", "Output"]

    /// Keeps the current version in `versiones/` and makes the workspace the new version `label`.
    ///
    /// - Parameters:
    ///   - label: The new version's `etiqueta` (must differ from every version's).
    ///   - date: The new version's date, `AAAA-MM-DD`.
    ///   - description: What the new version is (optional).
    ///   - workspace: The current version, validated (a version is kept only when it builds).
    /// - Throws: ``Failure``; ``BuildError`` when the manifest cannot be written (the copy is removed).
    public static func save(label: String, date: String, description: String?, in workspace: ValidatedWorkspace) throws -> Result {
        let label = label.trimmingCharacters(in: .whitespacesAndNewlines)
        let description = description?.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !label.isEmpty else { throw Failure.emptyLabel }
        guard ISODate(date) != nil else { throw Failure.badDate(date) }
        let directory = workspace.directory.standardizedFileURL
        let history = VersionHistory.list(workspace: directory)
        if history.contains(where: { $0.version?.etiqueta == label }) { throw Failure.labelInUse(label) }
        let current = workspace.manifest.version
        let manifestURL = directory.appending(path: InputFile.manifest.rawValue)
        guard let data = FileManager.default.contents(atPath: manifestURL.path) else { throw Failure.cannotCopy(manifestURL.lastPathComponent) }
        let text = String(decoding: data, as: UTF8.self)

        let kept = directory.appending(path: VersionHistory.folderName)
        let name = freeName(Slug.make(current.etiqueta), in: kept)
        let previousFolder = kept.appending(path: name)
        let previousPath = "\(VersionHistory.folderName)/\(name)"
        // The copy's `anterior` is relative to the copy's own folder.
        var keptVersion = current
        keptVersion.anterior = current.anterior.map {
            SessionScaffold.relativePath(of: directory.appending(path: $0).standardizedFileURL, from: previousFolder)
        }
        let newVersion = VersionInfo(etiqueta: label, fecha: date, descripcion: (description?.isEmpty ?? true) ? nil : description,
                                     anterior: previousPath)
        let keptText = try rewritten(text, keptVersion, in: previousFolder)
        let newText = try rewritten(text, newVersion, in: directory)

        try copy(directory, into: previousFolder, manifest: keptText, excluding: notCopied.union(archiveFolder(workspace.manifest)))
        do {
            try AtomicFile.write(Array(newText.utf8), to: manifestURL)
        } catch {
            try? FileManager.default.removeItem(at: previousFolder)
            throw error
        }
        return Result(previousPath: previousPath, previousFolder: previousFolder, version: newVersion)
    }

    /// `text` with `version` in place of its version block, checked by reading it back.
    static func rewritten(_ text: String, _ version: VersionInfo, in folder: URL) throws -> String {
        guard let result = try? ManifestVersionBlock.replacing(version, in: text),
              let read = WorkspaceLoader.load(files: [.manifest: Array(result.utf8)], directory: folder).workspace?.manifest,
              read.version == version
        else { throw Failure.manifestLayout }
        return result
    }

    /// The manifest's own archive folder name, when it is a top-level folder of the workspace.
    static func archiveFolder(_ manifest: Manifest) -> Set<String> {
        guard let path = manifest.archivo, let first = path.split(separator: "/").first else { return [] }
        return [String(first)]
    }

    /// `base`, or `base-2`, `base-3` … the first name free in `folder`.
    static func freeName(_ base: String, in folder: URL) -> String {
        var name = base
        var counter = 2
        while FileManager.default.fileExists(atPath: folder.appending(path: name).path) {
            name = "\(base)-\(counter)"
            counter += 1
        }
        return name
    }

    /// Copies the workspace's top-level files and folders (but `excluded` and hidden ones) into a
    /// hidden temporary folder beside `target`, writes `manifest` there, then renames it to `target`.
    static func copy(_ directory: URL, into target: URL, manifest: String, excluding excluded: Set<String>) throws {
        let parent = target.deletingLastPathComponent()
        let temporary = parent.appending(path: ".calidoc-version-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
            let items = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])
            for item in items where !excluded.contains(item.lastPathComponent) {
                try FileManager.default.copyItem(at: item, to: temporary.appending(path: item.lastPathComponent))
            }
            try Data(manifest.utf8).write(to: temporary.appending(path: InputFile.manifest.rawValue), options: .atomic)
            try FileManager.default.moveItem(at: temporary, to: target)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw Failure.cannotCopy((error as NSError).localizedDescription)
        }
    }
}
