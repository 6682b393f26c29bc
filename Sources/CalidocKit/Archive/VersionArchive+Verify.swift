import Foundation
import GRDB

extension VersionArchive {
    /// Recomputes every file hash and the chain; returns each problem, naming the entry, file or link.
    public func verify() throws -> [String] {
        let rows: [Row]
        do {
            rows = try database.read { db in try Row.fetchAll(db, sql: "SELECT id, json, hash, anterior FROM entradas ORDER BY id") }
        } catch {
            throw ArchiveError.storage("\(error)")
        }
        var problems: [String] = []
        var previousHash = ArchiveEntry.genesis
        var expectedID = 1
        for row in rows {
            let id: Int = row["id"]
            let json: String = row["json"]
            let stored: String = row["hash"]
            let previous: String = row["anterior"]
            if id != expectedID { problems.append("entrada \(id): se esperaba la entrada \(expectedID); falta o se reordenó una entrada") }
            expectedID = id + 1
            guard var entry = try? JSONDecoder().decode(ArchiveEntry.self, from: Data(json.utf8)) else {
                problems.append("entrada \(id): su registro no se puede leer")
                previousHash = stored
                continue
            }
            if entry.id != id { problems.append("entrada \(id): su registro dice ser la entrada \(entry.id)") }
            if previous != previousHash || entry.hashAnterior != previousHash {
                problems.append("entrada \(id): el enlace con la entrada anterior está roto (hash anterior distinto)")
            }
            entry.hash = stored
            if (try? entry.computedHash()) != stored {
                problems.append("entrada \(id): su contenido fue modificado (el hash no coincide)")
            }
            for file in entry.archivos {
                let url = objectURL(file.sha256)
                guard let data = FileManager.default.contents(atPath: url.path) else {
                    problems.append("entrada \(id): falta el archivo «\(file.nombre)» (\(file.sha256))")
                    continue
                }
                if SHA256Digest.hex([UInt8](data)) != file.sha256 {
                    problems.append("entrada \(id): el archivo «\(file.nombre)» fue modificado (\(file.sha256))")
                }
            }
            previousHash = stored
        }
        return problems
    }

    /// Restores an entry's files into `folder`: inputs at the top (a workspace `diff` can read),
    /// signed files under `firmados/`, outputs under `salidas/`.
    public func export(_ id: Int, to folder: URL) throws -> [URL] {
        let entry = try entry(id)
        var written: [URL] = []
        for file in entry.archivos {
            guard let data = FileManager.default.contents(atPath: objectURL(file.sha256).path) else {
                throw ArchiveError.storage("falta el objeto \(file.sha256) de «\(file.nombre)»")
            }
            let subfolder = file.rol == "entrada" ? "" : (file.rol == "firmado" ? "firmados/" : "salidas/")
            let url = folder.appending(path: subfolder + file.nombre)
            try AtomicFile.write([UInt8](data), to: url)
            written.append(url)
        }
        return written
    }
}
