import Foundation

/// What a read of the archive's three records (seal, entry objects, index) found, before any file
/// content is hashed: the entries they agree on and every disagreement.
struct ArchiveInspection {
    /// The entries, in order, as the seal and the entry objects state them (the index when those
    /// are missing).
    var entries: [ArchiveEntry] = []
    /// The head those entries end in.
    var head = ArchiveSeal.empty
    /// Every disagreement, each naming the entry, row, table or file.
    var problems: [LocalizedMessage] = []
    /// Facts that are not damage (an interrupted add left the seal one entry behind).
    var notes: [LocalizedMessage] = []

    mutating func problem(_ es: String, _ en: String) { problems.append(LocalizedMessage(es: es, en: en)) }
}

extension VersionArchive {
    /// A row of the `entradas` table.
    private struct IndexRow {
        var id: Int
        var entry: ArchiveEntry?
    }

    /// Reads the seal, walks the chain of entry objects from it, reads the index read-only and
    /// compares them. Throws only when the folder holds no archive.
    func inspect() throws -> ArchiveInspection {
        guard exists else { throw ArchiveError.noArchive(path: folder.path) }
        // A shared lock on the (existing) lock file waits for a running add to finish its index
        // commit and seal, so a check never sees one without the other. Opened read-only and
        // never created: nothing is written, and a read-only copy without it is read as it is.
        let descriptor = open(lockURL.path, O_RDONLY)
        if descriptor >= 0 {
            while flock(descriptor, LOCK_SH) != 0 && errno == EINTR {}
        }
        defer { if descriptor >= 0 { close(descriptor) } }
        return try inspectRecords()
    }

    private func inspectRecords() throws -> ArchiveInspection {
        var result = ArchiveInspection()
        let sealState = readSeal()
        if case .some(nil) = sealState {
            result.problem("el sello (sello.json) está dañado o no se puede leer", "the seal (sello.json) is damaged or unreadable")
        }
        let seal = sealState ?? nil
        let (rows, files) = readIndex(into: &result)

        // The chain from the objects, walking back from the seal's head.
        var chain: [ArchiveEntry] = []
        if let seal {
            var digest = seal.cabeza
            var complete = true
            for number in stride(from: seal.entradas, through: 1, by: -1) {
                guard let entry = entryObject(digest), entry.id == number else {
                    result.problem("falta o fue modificado el registro de la entrada \(number) (objeto \(digest.prefix(12))…)",
                                   "the record of entry \(number) is missing or was modified (object \(digest.prefix(12))…)")
                    complete = false
                    break
                }
                chain.insert(entry, at: 0)
                digest = entry.hashAnterior
            }
            if complete && digest != ArchiveEntry.genesis {
                result.problem("la cadena del sello no termina en la primera entrada", "the seal's chain does not end at the first entry")
            }
        }

        // Index rows against the chain.
        if let rows {
            for (position, row) in rows.enumerated() {
                let expected = position + 1
                guard row.id == expected else {
                    result.problem("índice: se esperaba la entrada \(expected) y hay la \(row.id); falta o sobra una fila",
                                   "index: expected entry \(expected) but found \(row.id); a row is missing or extra")
                    break
                }
                guard let entry = row.entry else {
                    result.problem("índice: la fila de la entrada \(row.id) fue modificada", "index: the row of entry \(row.id) was modified")
                    continue
                }
                let previous = position == 0 ? ArchiveEntry.genesis : rows[position - 1].entry?.hash
                if previous != nil, entry.hashAnterior != previous {
                    result.problem("índice: el enlace de la entrada \(row.id) con la anterior está roto",
                                   "index: the link of entry \(row.id) to the previous one is broken")
                }
                if position < chain.count, chain[position] != entry {
                    result.problem("índice: la entrada \(row.id) no coincide con su registro en los objetos",
                                   "index: entry \(row.id) does not match its record among the objects")
                }
            }
            let indexed = rows.compactMap(\.entry)
            switch seal {
            case let seal? where rows.count == seal.entradas:
                break
            case let seal? where rows.count == seal.entradas + 1 && chain.count == seal.entradas:
                // An add is committed to the index before the seal is written: a kill in between
                // leaves the seal one entry behind. Accepted only when that entry is whole.
                if let last = indexed.last, last.id == rows.count, last.hashAnterior == seal.cabeza, entryObject(last.hash) == last {
                    chain.append(last)
                    result.notes.append(LocalizedMessage(
                        es: "el sello va una entrada atrás (se interrumpió una incorporación); el próximo «archive add» o «archive rebuild» lo actualiza",
                        en: "the seal is one entry behind (an add was interrupted); the next «archive add» or «archive rebuild» updates it"))
                } else {
                    result.problem("el índice tiene \(rows.count) entradas y el sello \(seal.entradas)",
                                   "the index holds \(rows.count) entries and the seal \(seal.entradas)")
                }
            case let seal?:
                result.problem("el índice tiene \(rows.count) entradas y el sello \(seal.entradas)",
                               "the index holds \(rows.count) entries and the seal \(seal.entradas)")
            case nil where sealState == nil && rows.count <= 1:
                // The first add was interrupted before its seal.
                if let only = indexed.first {
                    if entryObject(only.hash) == only, only.hashAnterior == ArchiveEntry.genesis {
                        chain = [only]
                        result.notes.append(LocalizedMessage(
                            es: "falta el sello tras una primera incorporación interrumpida; el próximo «archive add» o «archive rebuild» lo escribe",
                            en: "the seal is missing after an interrupted first add; the next «archive add» or «archive rebuild» writes it"))
                    } else {
                        result.problem("falta el registro de la entrada 1 entre los objetos", "the record of entry 1 is missing among the objects")
                    }
                }
            case nil:
                if sealState == nil {
                    result.problem("falta el sello (sello.json); si el archivo es de una versión anterior de calidoc, «calidoc archive rebuild» lo agrega",
                                   "the seal (sello.json) is missing; if the archive comes from an earlier calidoc, «calidoc archive rebuild» adds it")
                }
                if chain.isEmpty, indexed.count == rows.count { chain = indexed }
            }
        } else if seal == nil {
            // Only an empty object store (an add killed while creating the archive) holds nothing.
            if sealState != nil || !objectDigests().isEmpty || FileManager.default.fileExists(atPath: indexURL.path) {
                result.problem("faltan el índice y el sello", "the index and the seal are missing")
            }
        }

        // The archivos table and the file lists.
        if let files {
            var expected: [Int: [String]] = [:]
            for entry in chain { expected[entry.id] = entry.archivos.map { "\($0.rol)\u{0}\($0.nombre)\u{0}\($0.sha256)" }.sorted() }
            for (id, listed) in files.sorted(by: { $0.key < $1.key }) where expected[id] == nil {
                result.problem("índice: la tabla archivos tiene \(listed.count) filas de una entrada \(id) que no existe",
                               "index: the archivos table has \(listed.count) rows for an entry \(id) that does not exist")
            }
            for entry in chain where (files[entry.id] ?? []).sorted() != expected[entry.id] {
                result.problem("índice: la tabla archivos no coincide con los archivos de la entrada \(entry.id)",
                               "index: the archivos table does not match the files of entry \(entry.id)")
            }
        }
        for entry in chain {
            var paths = Set<String>()
            for file in entry.archivos {
                guard let path = file.exportPath, ArchiveSeal.isDigest(file.sha256), paths.insert(path).inserted else {
                    result.problem("entrada \(entry.id): el archivo «\(file.nombre)» tiene un nombre, papel o hash no permitido",
                                   "entry \(entry.id): the file «\(file.nombre)» has a name, role or hash that is not allowed")
                    continue
                }
            }
        }
        result.entries = chain
        result.head = chain.last.map { ArchiveSeal(entradas: $0.id, cabeza: $0.hash) } ?? .empty
        return result
    }

    /// The `entradas` rows (decoded and checked against their own hash) and the `archivos` rows
    /// (entry → `rol NUL nombre NUL sha256`); `nil` for what cannot be read, with the problem noted.
    private func readIndex(into result: inout ArchiveInspection) -> ([IndexRow]?, [Int: [String]]?) {
        let index: ReadOnlyIndex
        do {
            index = try ReadOnlyIndex(indexURL)
        } catch .missing {
            if readSeal() != nil {
                result.problem("falta el índice (indice.sqlite); se puede reconstruir con «calidoc archive rebuild»",
                               "the index (indice.sqlite) is missing; it can be rebuilt with «calidoc archive rebuild»")
            }
            return (nil, nil)
        } catch {
            result.problem("el índice (indice.sqlite) no se puede abrir: está dañado", "the index (indice.sqlite) cannot be opened: it is damaged")
            return (nil, nil)
        }
        if let check = try? index.rows("PRAGMA integrity_check"), check.first?.first?.text != "ok" {
            result.problem("el índice (indice.sqlite) está dañado (falla su control de integridad)",
                           "the index (indice.sqlite) is damaged (its integrity check fails)")
        }
        var rows: [IndexRow]?
        if let values = try? index.rows("SELECT id, json, hash, anterior FROM entradas ORDER BY id") {
            rows = values.map { value in
                guard value.count == 4, let id = value[0].integer, let json = value[1].text, let hash = value[2].text,
                      let previous = value[3].text
                else { return IndexRow(id: value.first?.integer ?? 0, entry: nil) }
                guard var entry = try? JSONDecoder().decode(ArchiveEntry.self, from: Data(json.utf8)) else { return IndexRow(id: id, entry: nil) }
                entry.hash = hash
                let sound = entry.id == id && entry.hashAnterior == previous && (try? entry.computedHash()) == hash
                return IndexRow(id: id, entry: sound ? entry : nil)
            }
        } else {
            result.problem("índice: falta la tabla entradas o no se puede leer", "index: the entradas table is missing or unreadable")
        }
        var files: [Int: [String]]?
        if let values = try? index.rows("SELECT entrada, rol, nombre, sha256 FROM archivos") {
            var grouped: [Int: [String]] = [:]
            for value in values {
                guard value.count == 4, let id = value[0].integer, let role = value[1].text, let name = value[2].text, let digest = value[3].text else {
                    result.problem("índice: una fila de la tabla archivos fue modificada", "index: a row of the archivos table was modified")
                    continue
                }
                grouped[id, default: []].append("\(role)\u{0}\(name)\u{0}\(digest)")
            }
            files = grouped
        } else {
            result.problem("índice: falta la tabla archivos o no se puede leer", "index: the archivos table is missing or unreadable")
        }
        return (rows, files)
    }
}
