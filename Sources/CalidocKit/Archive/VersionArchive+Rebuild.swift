import Foundation
import GRDB

extension VersionArchive {
    /// Rebuilds the index from the objects: the chain of entry objects from the seal's head (or,
    /// without a readable seal, the longest complete chain among the objects). The old index is kept
    /// beside it (`indice-anterior-FECHA.sqlite`), never deleted; the seal is rewritten.
    ///
    /// - Returns: The head of the rebuilt index.
    public func rebuild() throws -> ArchiveSeal {
        guard exists else { throw ArchiveError.noArchive(path: folder.path) }
        return try withLock {
            let chain = try recoverChain()
            let fresh = folder.appending(path: ".indice-nuevo-\(getpid()).sqlite")
            try? FileManager.default.removeItem(at: fresh)
            do {
                let database = try DatabaseQueue(path: fresh.path)
                try database.write { db in
                    try db.execute(sql: Self.schema)
                    for entry in chain {
                        try db.execute(sql: "INSERT INTO entradas (id, json, hash, anterior) VALUES (?, ?, ?, ?)",
                                       arguments: [entry.id, String(decoding: try entry.canonicalBytes(), as: UTF8.self), entry.hash, entry.hashAnterior])
                        for file in entry.archivos {
                            try db.execute(sql: "INSERT INTO archivos (entrada, rol, nombre, sha256) VALUES (?, ?, ?, ?)",
                                           arguments: [entry.id, file.rol, file.nombre, file.sha256])
                        }
                    }
                }
                try database.close()
                let stamp = ISO8601DateFormatter().string(from: Date()).replacingOccurrences(of: ":", with: "")
                // The old index's side files first (a stale -wal must never meet the new index), then
                // the old index is linked to its kept name and the new one renamed over it in one step.
                let kept = folder.appending(path: "indice-anterior-\(stamp).sqlite").path
                for suffix in ["-wal", "-shm", "-journal"] where FileManager.default.fileExists(atPath: indexURL.path + suffix) {
                    try FileManager.default.moveItem(atPath: indexURL.path + suffix, toPath: kept + suffix)
                }
                if FileManager.default.fileExists(atPath: indexURL.path) { try FileManager.default.linkItem(atPath: indexURL.path, toPath: kept) }
                guard rename(fresh.path, indexURL.path) == 0 else { throw ArchiveError.storage(path: indexURL.path, detail: String(cString: strerror(errno))) }
            } catch {
                try? FileManager.default.removeItem(at: fresh)
                throw ArchiveError.storage(path: folder.path, detail: "\(error)")
            }
            let head = chain.last.map { ArchiveSeal(entradas: $0.id, cabeza: $0.hash) } ?? .empty
            try writeSeal(head)
            return head
        }
    }

    /// The chain to rebuild from: the seal's, or the longest complete one among the objects (the
    /// index's head, when it is whole, breaks a tie left by an interrupted add).
    private func recoverChain() throws -> [ArchiveEntry] {
        func chain(from head: String) -> [ArchiveEntry]? {
            var entries: [ArchiveEntry] = []
            var digest = head
            var expected: Int?
            while digest != ArchiveEntry.genesis {
                guard let entry = entryObject(digest), entry.id >= 1, expected.map({ $0 == entry.id }) ?? true else { return nil }
                entries.append(entry)
                expected = entry.id - 1
                digest = entry.hashAnterior
            }
            return (expected ?? 0) == 0 ? entries.reversed() : nil
        }
        let seal = readSeal() ?? nil
        var candidates: [[ArchiveEntry]] = []
        for digest in objectDigests() {
            if let entry = entryObject(digest), let found = chain(from: entry.hash) { candidates.append(found) }
        }
        if let seal {
            guard let sealed = chain(from: seal.cabeza), sealed.count == seal.entradas else {
                throw ArchiveError.damaged(LocalizedMessage(es: "Los objetos no contienen la cadena completa que nombra el sello",
                                                            en: "The objects do not hold the whole chain the seal names"), detail: nil)
            }
            // A committed add whose seal was not written yet extends the sealed chain by one.
            let next = candidates.filter { $0.count == sealed.count + 1 && Array($0.dropLast()) == sealed }
            let indexed = try? ReadOnlyIndex(indexURL).rows("SELECT hash FROM entradas WHERE id = \(sealed.count + 1)").first?.first?.text
            return next.first { $0.last?.hash == indexed } ?? sealed
        }
        let longest = candidates.map(\.count).max() ?? 0
        // An archive made before entries were kept as objects: its index, when its chain is whole,
        // is the record; its entries are written as objects now.
        let indexed = indexChain()
        if indexed.count > longest {
            for entry in indexed { try storeObject(try entry.canonicalBytes(), digest: entry.hash) }
            return indexed
        }
        let heads = Set(candidates.filter { $0.count == longest }.compactMap { $0.last?.hash })
        guard heads.count <= 1, let best = candidates.first(where: { $0.count == longest }) else {
            throw ArchiveError.damaged(LocalizedMessage(es: "Hay \(heads.count) cadenas distintas de \(longest) entradas entre los objetos y ningún sello que diga cuál vale",
                                                        en: "There are \(heads.count) different chains of \(longest) entries among the objects and no seal saying which holds"),
                                       detail: heads.sorted().joined(separator: "\n"))
        }
        return best
    }

    /// The index's entries when they form a whole chain (ids from 1, each hash its content's, each
    /// linked to the one before); empty otherwise.
    private func indexChain() -> [ArchiveEntry] {
        guard let rows = try? ReadOnlyIndex(indexURL).rows("SELECT id, json, hash FROM entradas ORDER BY id") else { return [] }
        var entries: [ArchiveEntry] = []
        for row in rows {
            guard row.count == 3, let id = row[0].integer, let json = row[1].text, let hash = row[2].text,
                  var entry = try? JSONDecoder().decode(ArchiveEntry.self, from: Data(json.utf8)) else { return [] }
            entry.hash = hash
            guard entry.id == id, id == entries.count + 1, entry.hashAnterior == (entries.last?.hash ?? ArchiveEntry.genesis),
                  (try? entry.computedHash()) == hash else { return [] }
            entries.append(entry)
        }
        return entries
    }

    /// Every object name in the store (hidden temporary files skipped).
    func objectDigests() -> [String] {
        let manager = FileManager.default
        var digests: [String] = []
        for prefix in (try? manager.contentsOfDirectory(atPath: objectsURL.path)) ?? [] where prefix.utf8.count == 2 {
            for rest in (try? manager.contentsOfDirectory(atPath: objectsURL.appending(path: prefix).path)) ?? [] where !rest.hasPrefix(".") {
                if ArchiveSeal.isDigest(prefix + rest) { digests.append(prefix + rest) }
            }
        }
        return digests.sorted()
    }
}
