import Foundation
import GRDB

extension FolderStore {
    public func workspaces(of institution: String) async throws -> [String] {
        let folder = try reading { db in
            try requireInstitution(institution, db)
            return self.folder(of: institution)
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { name in
            StoreNames.isValidId(name) && !Self.files(in: folder.appending(path: name, directoryHint: .isDirectory)).isEmpty
        }.sorted()
    }

    public func fileNames(institution: String, workspace: String) async throws -> [String] {
        try StoreNames.checkId(workspace, .workspace)
        let folder = try reading { db in
            try requireInstitution(institution, db)
            return self.folder(of: institution)
        }
        return Self.files(in: folder.appending(path: workspace, directoryHint: .isDirectory))
    }

    public func read(_ file: StoreFileRef) async throws -> StoredFile? {
        try StoreNames.check(file)
        try reading { db in try requireInstitution(file.institution, db) }
        return try readBytes(file).map { StoredFile(name: file.name, bytes: $0) }
    }

    public func write(_ bytes: [UInt8], to file: StoreFileRef, expected: VersionToken, by actor: String) async throws -> VersionToken {
        try StoreNames.check(file)
        guard bytes.count <= StoredFile.maximumBytes else {
            throw StoreError.tooLarge(file: file.name, size: bytes.count, limit: StoredFile.maximumBytes)
        }
        let now = clock()
        return try writing { db in
            try requireInstitution(file.institution, db)
            let current = try readBytes(file)
            let currentVersion = VersionToken.of(current)
            guard currentVersion == expected else { throw StoreError.conflict(file: file.name, current: currentVersion) }
            let newVersion = VersionToken.of(bytes)
            try appendAudit(
                db, institution: file.institution, time: now, actor: actor, action: .fileWritten, target: file.description,
                before: current.map(SHA256Digest.hex) ?? AuditChain.none, after: newVersion.value)
            // Last, so that a failed audit insert leaves the file untouched; a failed write rolls back the entry.
            do {
                try AtomicFile.write(bytes, to: url(of: file))
            } catch let error as BuildError {
                throw StoreError.cannotWrite(file: file.name, reason: LocalizedMessage(es: error.message(.es), en: error.message(.en)))
            }
            return newVersion
        }
    }

    /// Where `file` lives on disk.
    func url(of file: StoreFileRef) -> URL {
        folder(of: file.institution).appending(path: file.workspace, directoryHint: .isDirectory).appending(path: file.name)
    }

    /// The bytes of `file` on disk, `nil` when absent; a link out of the institution's folder, a
    /// folder or a file over the limit is refused, never read.
    func readBytes(_ file: StoreFileRef) throws -> [UInt8]? {
        let url = url(of: file)
        var status = stat()
        guard lstat(url.path, &status) == 0 else { return nil }
        if let problem = WorkspacePath.symlinkProblem(url, root: folder(of: file.institution)) {
            throw StoreError.unreadable(file: file.name, reason: problem.message)
        }
        switch BoundedFile.read(url, limit: StoredFile.maximumBytes) {
        case .success(let bytes): return bytes
        case .failure(.missing): return nil
        case .failure(.notRegular): throw StoreError.unreadable(file: file.name, reason: InputMessages.notARegularFile(path: file.name).message)
        case .failure(.tooLarge(let size)): throw StoreError.tooLarge(file: file.name, size: size, limit: StoredFile.maximumBytes)
        case .failure(.unreadable): throw StoreError.unreadable(file: file.name, reason: InputMessages.unreadable(path: file.name).message)
        }
    }

    /// The valid file names in a workspace folder (`*.yaml` and `sesiones/*.yaml`), sorted.
    static func files(in workspace: URL) -> [String] {
        let manager = FileManager.default
        var names = ((try? manager.contentsOfDirectory(atPath: workspace.path)) ?? []).filter { name in
            StoreNames.isValidFileName(name) && isRegularFile(workspace.appending(path: name))
        }
        let sessions = InputFile.sesion.rawValue
        for name in (try? manager.contentsOfDirectory(atPath: workspace.appending(path: sessions).path)) ?? [] {
            let path = "\(sessions)/\(name)"
            if StoreNames.isValidFileName(path) && isRegularFile(workspace.appending(path: path)) { names.append(path) }
        }
        return names.sorted()
    }

    private static func isRegularFile(_ url: URL) -> Bool {
        var status = stat()
        return lstat(url.path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    }
}
