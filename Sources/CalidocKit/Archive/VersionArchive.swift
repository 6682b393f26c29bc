import Foundation

/// The signed-version archive: a content-addressed object store (files named by SHA-256), an
/// append-only SQLite index whose entries form a hash chain, and a seal file with the chain's head.
///
/// Every entry is recorded twice: as a row of the index and as an object of its own (its canonical
/// JSON, whose SHA-256 is the entry hash), so the objects and the seal alone hold the whole chain.
/// A deleted or truncated index, a deleted row or a dropped table contradicts them
/// (``verify(anchors:)``), and the index can be rebuilt from them (``rebuild()``).
///
/// Only ``add(signed:inputs:outputs:details:)`` and ``rebuild()`` create or write anything; every
/// other operation opens the index read-only and refuses a folder that holds no archive.
public final class VersionArchive: Sendable {
    /// The archive folder (`archivo/` of the workspace by default).
    public let folder: URL

    /// An archive in `folder` (nothing is opened or created until an operation needs it).
    public init(folder: URL) {
        self.folder = folder
    }

    /// The archive of a workspace: the manifest's `archivo` folder, or `archivo/`; it must stay
    /// inside the workspace (``WorkspacePath``).
    ///
    /// Only `calidoc.yaml` must be valid (the other inputs may be mid-edit): when it exists but has
    /// errors, the archive's folder is unknown and this throws ``ValidationFailure`` with them,
    /// rather than guessing `archivo/`.
    public convenience init(workspace: URL) throws {
        let path = try Self.archivePath(in: workspace)
        switch WorkspacePath.resolve(path, in: workspace) {
        case .success(let folder): self.init(folder: folder)
        case .failure(let problem):
            throw ArchiveError.damaged(LocalizedMessage(es: "La carpeta del archivo «\(path)» no se puede usar: \(problem.message.es)",
                                                        en: "The archive folder «\(path)» cannot be used: \(problem.message.en)"), detail: nil)
        }
    }

    /// The manifest's `archivo` (default `archivo`), from `calidoc.yaml` alone.
    static func archivePath(in workspace: URL) throws -> String {
        let manifestURL = workspace.appending(path: InputFile.manifest.rawValue)
        guard FileManager.default.fileExists(atPath: manifestURL.path) else { return "archivo" }
        let loaded = WorkspaceLoader.load(at: workspace)
        let manifestErrors = loaded.diagnostics.filter {
            $0.severity == .error && ($0.location?.file ?? InputFile.manifest.rawValue).hasSuffix(InputFile.manifest.rawValue)
        }
        guard let manifest = loaded.workspace?.manifest, manifestErrors.isEmpty else {
            throw ValidationFailure(directory: workspace, diagnostics: manifestErrors, loaded: loaded, strict: false)
        }
        return manifest.archivo ?? "archivo"
    }

    /// The SQLite index.
    var indexURL: URL { folder.appending(path: "indice.sqlite") }
    /// The seal: entry count and head hash (``ArchiveSeal``).
    var sealURL: URL { folder.appending(path: "sello.json") }
    /// The object store.
    var objectsURL: URL { folder.appending(path: "objetos") }
    /// The lock `add` and `rebuild` hold while they change the index and the seal.
    var lockURL: URL { folder.appending(path: ".bloqueo") }

    /// Whether the folder holds an archive (an index, a seal or an object store).
    public var exists: Bool {
        [indexURL, sealURL, objectsURL].contains { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// Path of an object.
    func objectURL(_ digest: String) -> URL {
        folder.appending(path: "objetos/\(digest.prefix(2))/\(digest.dropFirst(2))")
    }

    /// The bytes of object `digest` when they still hash to it; `nil` when it is missing or altered.
    /// The size is checked before anything is read (`size`, else at most `limit` bytes), so a
    /// replaced huge file is refused without being loaded.
    func checkedObject(_ digest: String, size: Int? = nil, limit: Int = Int.max) -> [UInt8]? {
        let path = objectURL(digest).path
        guard ArchiveSeal.isDigest(digest), let actual = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
              size.map({ $0 == actual }) ?? (actual <= limit), let data = FileManager.default.contents(atPath: path)
        else { return nil }
        let bytes = [UInt8](data)
        guard size.map({ $0 == bytes.count }) ?? (bytes.count <= limit), SHA256Digest.hex(bytes) == digest else { return nil }
        return bytes
    }

    /// The entry whose record is object `digest` (its canonical JSON), when the object is intact.
    func entryObject(_ digest: String) -> ArchiveEntry? {
        guard let bytes = checkedObject(digest, limit: 16 << 20), var entry = try? JSONDecoder().decode(ArchiveEntry.self, from: Data(bytes)),
              entry.hash.isEmpty, (try? entry.canonicalBytes()) == bytes
        else { return nil }
        entry.hash = digest
        return entry
    }

    /// The seal file: `nil` when absent; `.some(nil)` when present but unreadable.
    func readSeal() -> ArchiveSeal?? {
        guard FileManager.default.fileExists(atPath: sealURL.path) else { return nil }
        guard let handle = FileHandle(forReadingAtPath: sealURL.path) else { return .some(nil) }
        defer { try? handle.close() }
        // A seal is one short line; reading a bounded prefix keeps a replaced huge file harmless.
        guard let data = try? handle.read(upToCount: 4096) else { return .some(nil) }
        return .some(ArchiveSeal.decode([UInt8](data)))
    }
}
