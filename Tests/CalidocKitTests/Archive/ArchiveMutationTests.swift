import Foundation
import GRDB
import Testing
@testable import CalidocKit

/// The auditor's test: several hundred tampered copies of a four-entry archive. Every mutation that
/// changes what the archive says (an object, a row, a table, the seal, a file or folder) must make
/// `verify` fail; every mutation that changes nothing it says (an orphan object, VACUUM, a
/// reformatted seal, a read-only copy …) must leave it intact.
@Suite(.serialized) struct ArchiveMutationTests {
    /// One tampering: what it does, and whether it changes what the archive says.
    struct Mutation {
        var name: String
        /// `nil`: decided by comparing the index's content before and after (index byte damage).
        var changesMeaning: Bool?
        var apply: (URL) throws -> Void
    }

    /// A deterministic generator (the same mutations on every run).
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state
        }
    }

    /// A workspace with a four-entry archive, built once.
    static let pristine: (workspace: URL, archive: URL, head: ArchiveSeal, heads: [ArchiveSeal]) = {
        let workspace = FileManager.default.temporaryDirectory.appending(path: "calidoc-mutaciones-\(UUID().uuidString)")
        try? FileManager.default.copyItem(at: TestPaths.servicio, to: workspace)
        let archive = try? VersionArchive(workspace: workspace)
        var heads: [ArchiveSeal] = []
        for index in 1...4 {
            let file = workspace.appending(path: "firmado-\(index).pdf")
            try? Data("%PDF-1.7 versión firmada \(index)\n".utf8).write(to: file)
            if let (entry, _) = try? archive?.add(signed: [file], inputs: workspace,
                                                  details: .init(document: "politica", version: "\(index)", resolution: "Res. Exenta N° \(index)")) {
                heads.append(ArchiveSeal(entradas: entry.id, cabeza: entry.hash))
            }
        }
        return (workspace, archive?.folder ?? workspace, heads.last ?? .empty, heads)
    }()

    static func bytes(_ url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }

    /// Every object file of the archive, sorted.
    static func objects(_ archive: URL) -> [String] {
        VersionArchive(folder: archive).objectDigests().map { "objetos/\($0.prefix(2))/\($0.dropFirst(2))" }
    }

    /// The index's meaning: its rows, or `nil` when SQLite finds it damaged or cannot read it.
    static func indexMeaning(_ archive: URL) -> String? {
        let scratch = FileManager.default.temporaryDirectory.appending(path: "calidoc-oraculo-\(UUID().uuidString).sqlite")
        defer { try? FileManager.default.removeItem(at: scratch) }
        guard (try? FileManager.default.copyItem(at: archive.appending(path: "indice.sqlite"), to: scratch)) != nil,
              let database = try? DatabaseQueue(path: scratch.path) else { return nil }
        return try? database.read { db -> String? in
            guard try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok" else { return nil }
            let entries = try Row.fetchAll(db, sql: "SELECT id, json, hash, anterior, typeof(id), typeof(json) FROM entradas ORDER BY id").map { "\($0)" }
            let files = try Row.fetchAll(db, sql: "SELECT entrada, rol, nombre, sha256, typeof(entrada) FROM archivos").map { "\($0)" }.sorted()
            return (entries + ["--"] + files).joined(separator: "\n")
        }
    }

    static func sql(_ statements: String) -> (URL) throws -> Void {
        { archive in
            let database = try DatabaseQueue(path: archive.appending(path: "indice.sqlite").path)
            try database.writeWithoutTransaction { db in try db.execute(sql: statements) }
            try database.close()
        }
    }

    static func rewrite(_ path: String, _ change: @escaping ([UInt8]) -> [UInt8]) -> (URL) throws -> Void {
        { archive in
            let url = archive.appending(path: path)
            try Data(change(try bytes(url))).write(to: url)
        }
    }

    static func mutations() throws -> [Mutation] {
        let archive = pristine.archive
        var random = Generator(state: 14)
        var list: [Mutation] = []
        // Objects: file contents and entry records.
        for path in objects(archive) {
            let size = try bytes(archive.appending(path: path)).count
            for position in [0, size / 2, size - 1] {
                list.append(Mutation(name: "\(path): byte \(position) cambiado", changesMeaning: true,
                                     apply: rewrite(path) { var bytes = $0; bytes[position] ^= 0x04; return bytes }))
            }
            list.append(Mutation(name: "\(path): sin su último byte", changesMeaning: true, apply: rewrite(path) { Array($0.dropLast()) }))
            list.append(Mutation(name: "\(path): vacío", changesMeaning: true, apply: rewrite(path) { _ in [] }))
            list.append(Mutation(name: "\(path): un byte más", changesMeaning: true, apply: rewrite(path) { $0 + [0x0a] }))
            list.append(Mutation(name: "\(path): borrado", changesMeaning: true) { try FileManager.default.removeItem(at: $0.appending(path: path)) })
        }
        let all = objects(archive)
        for (first, second) in zip(all, all.dropFirst()) {
            list.append(Mutation(name: "\(first) reemplazado por \(second)", changesMeaning: true) { folder in
                try Data(try bytes(folder.appending(path: second))).write(to: folder.appending(path: first))
            })
        }
        // Index bytes: random flips, judged by the index's own content.
        let indexSize = try bytes(archive.appending(path: "indice.sqlite")).count
        for _ in 0..<70 {
            let position = Int.random(in: 0..<indexSize, using: &random)
            let mask = UInt8.random(in: 1...255, using: &random)
            list.append(Mutation(name: "indice.sqlite: byte \(position) ^ \(mask)", changesMeaning: nil,
                                 apply: rewrite("indice.sqlite") { var bytes = $0; bytes[position] ^= mask; return bytes }))
        }
        for keep in [0, indexSize - 1, indexSize - 4096, indexSize / 2] {
            list.append(Mutation(name: "indice.sqlite truncado a \(keep) bytes", changesMeaning: nil,
                                 apply: rewrite("indice.sqlite") { Array($0.prefix(keep)) }))
        }
        // Rows.
        let rowEdits: [(String, String)] = [
            ("versión de la entrada 2", "UPDATE entradas SET json = replace(json, '\"version\":\"2\"', '\"version\":\"9\"') WHERE id = 2"),
            ("documento de la entrada 4", "UPDATE entradas SET json = replace(json, 'politica', 'plan') WHERE id = 4"),
            ("resolución de la entrada 1", "UPDATE entradas SET json = replace(json, 'N° 1', 'N° 7') WHERE id = 1"),
            ("hash de la entrada 3", "UPDATE entradas SET hash = '\(String(repeating: "a", count: 64))' WHERE id = 3"),
            ("anterior de la entrada 2", "UPDATE entradas SET anterior = '\(ArchiveEntry.genesis)' WHERE id = 2"),
            ("id 4 pasa a 5", "UPDATE entradas SET id = 5 WHERE id = 4"),
            ("id como texto", "UPDATE entradas SET id = '9' WHERE id = 4"),
            ("json vacío", "UPDATE entradas SET json = '' WHERE id = 3"),
            ("json como número", "UPDATE entradas SET json = 42 WHERE id = 3"),
            ("borrada la entrada 4 (la última)", "DELETE FROM entradas WHERE id = 4"),
            ("borrada la entrada 1", "DELETE FROM entradas WHERE id = 1"),
            ("borradas las entradas 2 a 4", "DELETE FROM entradas WHERE id >= 2"),
            ("borradas todas las entradas", "DELETE FROM entradas"),
            ("entrada 5 agregada (copia de la 4)", "INSERT INTO entradas SELECT 5, json, hash, anterior FROM entradas WHERE id = 4"),
            ("archivos: borrada una fila", "DELETE FROM archivos WHERE rowid = 3"),
            ("archivos: nombre con ../", "UPDATE archivos SET nombre = '../../escape.yaml' WHERE rowid = 2"),
            ("archivos: otro hash", "UPDATE archivos SET sha256 = '\(String(repeating: "b", count: 64))' WHERE rowid = 5"),
            ("archivos: otra entrada", "UPDATE archivos SET entrada = 3 WHERE rowid = 1"),
            ("archivos: fila agregada", "INSERT INTO archivos SELECT entrada, rol, 'otro.yaml', sha256 FROM archivos WHERE rowid = 2"),
            ("archivos: fila de una entrada inexistente", "INSERT INTO archivos VALUES (9, 'entrada', 'x.yaml', '\(String(repeating: "c", count: 64))')"),
            ("archivos: todas borradas", "DELETE FROM archivos"),
            ("archivos: rol cambiado", "UPDATE archivos SET rol = 'salida' WHERE rowid = 1"),
            ("tabla entradas borrada", "DROP TABLE entradas"),
            ("tabla archivos borrada", "DROP TABLE archivos"),
            ("tabla entradas renombrada", "ALTER TABLE entradas RENAME TO viejas"),
            ("ambas tablas borradas", "DROP TABLE entradas; DROP TABLE archivos"),
        ]
        for (name, statement) in rowEdits { list.append(Mutation(name: name, changesMeaning: true, apply: sql(statement))) }
        let neutralSQL: [(String, String)] = [
            ("VACUUM", "VACUUM"),
            ("REINDEX", "REINDEX"),
            ("json reescrito igual", "UPDATE entradas SET json = json"),
            ("json con espacios", "UPDATE entradas SET json = replace(json, '\"documento\":', '\"documento\" :') WHERE id = 2"),
            ("tabla ajena agregada", "CREATE TABLE notas (texto TEXT)"),
            ("índice SQL agregado", "CREATE INDEX archivos_sha256 ON archivos (sha256)"),
            ("página de 8 KB y VACUUM", "PRAGMA journal_mode = DELETE; PRAGMA page_size = 8192; VACUUM"),
            ("filas de archivos reordenadas", "CREATE TABLE t AS SELECT * FROM archivos; DELETE FROM archivos; INSERT INTO archivos SELECT * FROM t ORDER BY random(); DROP TABLE t"),
        ]
        for (name, statement) in neutralSQL { list.append(Mutation(name: name, changesMeaning: false, apply: sql(statement))) }
        // The seal.
        let heads = pristine.heads
        let seals: [(String, Bool, String?)] = [
            ("sello borrado", true, nil),
            ("sello vacío", true, ""),
            ("sello ilegible", true, "{\"entradas\": 4"),
            ("sello con una entrada más", true, "{\"cabeza\":\"\(heads[3].cabeza)\",\"entradas\":5}"),
            ("sello con una entrada menos", true, "{\"cabeza\":\"\(heads[3].cabeza)\",\"entradas\":3}"),
            ("sello con otra cabeza", true, "{\"cabeza\":\"\(heads[1].cabeza)\",\"entradas\":4}"),
            ("sello dos entradas atrás", true, "{\"cabeza\":\"\(heads[1].cabeza)\",\"entradas\":2}"),
            ("sello de un archivo vacío", true, "{\"cabeza\":\"\(ArchiveEntry.genesis)\",\"entradas\":0}"),
            ("sello con hash inventado", true, "{\"cabeza\":\"\(String(repeating: "d", count: 64))\",\"entradas\":4}"),
            ("sello reformateado", false, "{\n  \"entradas\" : 4,\n  \"cabeza\" : \"\(heads[3].cabeza)\"\n}\n"),
            // The state a kill between the index commit and the seal leaves: nothing the archive says changes.
            ("sello una entrada atrás (add interrumpido)", false, "{\"cabeza\":\"\(heads[2].cabeza)\",\"entradas\":3}"),
        ]
        for (name, changes, text) in seals {
            list.append(Mutation(name: name, changesMeaning: changes) { folder in
                let url = folder.appending(path: "sello.json")
                if let text { try Data(text.utf8).write(to: url) } else { try FileManager.default.removeItem(at: url) }
            })
        }
        // Files and folders.
        let manager = FileManager.default
        let folders: [(String, Bool, (URL) throws -> Void)] = [
            ("carpeta archivo borrada", true, { try manager.removeItem(at: $0) }),
            ("carpeta objetos borrada", true, { try manager.removeItem(at: $0.appending(path: "objetos")) }),
            ("una subcarpeta de objetos borrada", true, { try manager.removeItem(at: $0.appending(path: (all.first! as NSString).deletingLastPathComponent)) }),
            ("indice.sqlite borrado", true, { try manager.removeItem(at: $0.appending(path: "indice.sqlite")) }),
            ("indice.sqlite y sello borrados", true, {
                try manager.removeItem(at: $0.appending(path: "indice.sqlite"))
                try manager.removeItem(at: $0.appending(path: "sello.json"))
            }),
            ("indice.sqlite renombrado", true, { try manager.moveItem(at: $0.appending(path: "indice.sqlite"), to: $0.appending(path: "otro.sqlite")) }),
            ("indice.sqlite reemplazado por uno vacío", true, { folder in
                try manager.removeItem(at: folder.appending(path: "indice.sqlite"))
                try DatabaseQueue(path: folder.appending(path: "indice.sqlite").path).close()
            }),
            ("indice.sqlite reemplazado por un directorio", true, { folder in
                try manager.removeItem(at: folder.appending(path: "indice.sqlite"))
                try manager.createDirectory(at: folder.appending(path: "indice.sqlite"), withIntermediateDirectories: false)
            }),
            ("objeto huérfano agregado", false, { folder in
                let url = folder.appending(path: "objetos/aa/\(String(repeating: "a", count: 62))")
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data("medio escrito".utf8).write(to: url)
            }),
            ("temporal abandonado", false, { try Data("x".utf8).write(to: $0.appending(path: "objetos/.abc.tmp-1-2")) }),
            ("archivo ajeno en la carpeta", false, { try Data("notas".utf8).write(to: $0.appending(path: "LEAME.txt")) }),
            ("-wal vacío", false, { try Data().write(to: $0.appending(path: "indice.sqlite-wal")) }),
            ("-wal con basura", false, { try Data(repeating: 0x5a, count: 5000).write(to: $0.appending(path: "indice.sqlite-wal")) }),
            ("-shm con basura", false, { try Data(repeating: 0x11, count: 32768).write(to: $0.appending(path: "indice.sqlite-shm")) }),
            ("-journal vacío", false, { try Data().write(to: $0.appending(path: "indice.sqlite-journal")) }),
            ("fechas cambiadas", false, { folder in
                for path in ["indice.sqlite", "sello.json"] + all {
                    try manager.setAttributes([.modificationDate: Date(timeIntervalSince1970: 0)], ofItemAtPath: folder.appending(path: path).path)
                }
            }),
            ("copia de solo lectura", false, { folder in
                for path in ["indice.sqlite", "sello.json"] + all {
                    try manager.setAttributes([.posixPermissions: 0o444], ofItemAtPath: folder.appending(path: path).path)
                }
            }),
            ("índice reconstruido", false, { _ = try VersionArchive(folder: $0).rebuild() }),
        ]
        for (name, changes, apply) in folders { list.append(Mutation(name: name, changesMeaning: changes, apply: apply)) }
        return list
    }

    @Test func verifyDetectsEveryMeaningfulMutationAndNoOther() throws {
        let mutations = try Self.mutations()
        #expect(mutations.count >= 200, "\(mutations.count) mutations")
        let original = Self.indexMeaning(Self.pristine.archive)
        #expect(original != nil)
        #expect(try VersionArchive(folder: Self.pristine.archive).verify().isIntact)
        var missed: [String] = []
        var falseAlarms: [String] = []
        var counts = (changing: 0, neutral: 0)
        for mutation in mutations {
            let copy = try TestPaths.temporaryFolder().appending(path: "archivo")
            try FileManager.default.copyItem(at: Self.pristine.archive, to: copy)
            try mutation.apply(copy)
            let changes = mutation.changesMeaning ?? (Self.indexMeaning(copy) != original)
            let detected: Bool
            do {
                detected = !(try VersionArchive(folder: copy).verify().isIntact)
            } catch ArchiveError.noArchive {
                detected = true
            }
            if changes { counts.changing += 1 } else { counts.neutral += 1 }
            if changes && !detected { missed.append(mutation.name) }
            if !changes && detected {
                falseAlarms.append("\(mutation.name): \((try? VersionArchive(folder: copy).verify().problems.map(\.es)) ?? [])")
            }
            try? FileManager.default.removeItem(at: copy.deletingLastPathComponent())
        }
        #expect(missed.isEmpty, "undetected: \(missed)")
        #expect(falseAlarms.isEmpty, "false alarms: \(falseAlarms)")
        #expect(counts.changing >= 150 && counts.neutral >= 15, "\(counts)")
        print("archive mutation test: \(mutations.count) mutations, \(counts.changing) change the archive (all detected), \(counts.neutral) change nothing (no alarm)")
    }

    /// Whoever can write the folder can recompute the whole chain; an anchor written down earlier
    /// (the Comité's acta) detects it.
    @Test func anAnchorDetectsARecomputedChain() throws {
        let copy = try TestPaths.temporaryFolder().appending(path: "archivo")
        try FileManager.default.copyItem(at: Self.pristine.archive, to: copy)
        let archive = VersionArchive(folder: copy)
        let anchor = Self.pristine.head
        // Rewrite entry 2's version and recompute entries 2…4, their objects and the seal.
        var entries = try archive.list()
        entries[1].version = "falsificada"
        for index in 1..<entries.count {
            entries[index].hashAnterior = entries[index - 1].hash
            let canonical = try entries[index].canonicalBytes()
            entries[index].hash = SHA256Digest.hex(canonical)
            try archive.storeObject(canonical, digest: entries[index].hash)
        }
        try archive.writeSeal(ArchiveSeal(entradas: 4, cabeza: entries[3].hash))
        _ = try archive.rebuild()
        #expect(try archive.entry(2).version == "falsificada")
        // Without an anchor the rewrite is consistent (README says so) …
        #expect(try archive.verify().isIntact)
        // … with the head written in the acta it is not, and older anchors before the change still hold.
        #expect(try archive.verify(anchors: [anchor]).problems.map(\.es) == [
            "el archivo no conserva la cabeza anotada 4:\(anchor.cabeza.prefix(12))…: la cadena fue reescrita o recortada",
        ])
        #expect(try archive.verify(anchors: [Self.pristine.heads[0]]).isIntact)
        #expect(try !archive.verify(anchors: [Self.pristine.heads[1]]).isIntact)
        #expect(throws: ArchiveError.self) { try ArchiveSeal(anchor: "4") }
        #expect(try ArchiveSeal(anchor: anchor.anchorText) == anchor)
    }
}
