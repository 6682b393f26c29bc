import Foundation

extension VersionArchive {
    /// Every entry, in order, once the seal, the entry objects and the index agree on them.
    ///
    /// - Throws: ``ArchiveError/noArchive(path:)``, or ``ArchiveError/damaged(_:detail:)`` naming
    ///   the first disagreement (nothing is served from an archive whose records contradict each other).
    public func list() throws -> [ArchiveEntry] {
        let inspection = try inspect()
        if let problem = inspection.problems.first {
            throw ArchiveError.damaged(LocalizedMessage(es: "El archivo está alterado: \(problem.es)", en: "The archive is altered: \(problem.en)"),
                                       detail: inspection.problems.map(\.es).joined(separator: "\n"))
        }
        return inspection.entries
    }

    /// One entry (checked like ``list()``).
    public func entry(_ id: Int) throws -> ArchiveEntry {
        guard let entry = try list().first(where: { $0.id == id }) else { throw ArchiveError.noSuchEntry(id) }
        return entry
    }

    /// The head of the chain (`calidoc archive anchor`), once the records agree.
    public func head() throws -> ArchiveSeal {
        let entries = try list()
        return entries.last.map { ArchiveSeal(entradas: $0.id, cabeza: $0.hash) } ?? .empty
    }

    /// Each file of entry `id` with its bytes, every one hashed against the entry before it is used.
    public func files(of id: Int) throws -> [(file: ArchiveEntry.File, bytes: [UInt8])] {
        try entry(id).archivos.map { file in
            guard file.exportPath != nil else {
                throw ArchiveError.damaged(LocalizedMessage(es: "La entrada \(id) nombra un archivo «\(file.nombre)» que no es un nombre simple",
                                                            en: "Entry \(id) names a file «\(file.nombre)» that is not a plain name"), detail: nil)
            }
            guard let bytes = checkedObject(file.sha256, size: file.bytes) else {
                throw ArchiveError.damaged(LocalizedMessage(es: "El archivo «\(file.nombre)» de la entrada \(id) falta o fue modificado",
                                                            en: "The file «\(file.nombre)» of entry \(id) is missing or was modified"), detail: file.sha256)
            }
            return (file, bytes)
        }
    }

    /// Restores an entry's files into `folder`: inputs at the top (a workspace `diff` can read),
    /// signed files under `firmados/`, outputs under `salidas/`. Every file is checked before the
    /// first is written, and no existing file is replaced.
    public func export(_ id: Int, to folder: URL) throws -> [URL] {
        let files = try files(of: id)
        let targets = files.compactMap { $0.file.exportPath.map { folder.appending(path: $0) } }
        for target in targets where FileManager.default.fileExists(atPath: target.path) {
            throw ArchiveError.targetExists(target.path)
        }
        for ((_, bytes), target) in zip(files, targets) {
            do {
                try AtomicFile.write(bytes, to: target)
            } catch {
                throw ArchiveError.storage(path: target.path, detail: "\(error)")
            }
        }
        return targets
    }
}
