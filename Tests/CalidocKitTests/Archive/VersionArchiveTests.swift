import Foundation
import GRDB
import Testing
@testable import CalidocKit

@Suite struct VersionArchiveTests {
    /// A copy of the SENATRAC workspace with a "signed" file.
    static func workspace() throws -> URL {
        let folder = try TestPaths.temporaryFolder().appending(path: "ws")
        try FileManager.default.copyItem(at: TestPaths.servicio, to: folder)
        try Data("%PDF-1.7 firmado".utf8).write(to: folder.appending(path: "politica-firmada.pdf"))
        return folder
    }

    static func add(_ archive: VersionArchive, _ workspace: URL, file: String = "politica-firmada.pdf", version: String = "2025-1") throws
        -> (ArchiveEntry, isNew: Bool)
    {
        try archive.add(signed: [workspace.appending(path: file)], inputs: workspace,
                        details: .init(document: "politica", version: version, resolution: "Res. Exenta N° 12", signedBy: "Directora Nacional"))
    }

    @Test func addListShowExportAndDiff() throws {
        let workspace = try Self.workspace()
        let archive = try VersionArchive(workspace: workspace)
        let (entry, isNew) = try Self.add(archive, workspace)
        #expect(isNew && entry.id == 1 && entry.hashAnterior == ArchiveEntry.genesis)
        #expect(entry.archivos.map(\.rol).contains("entrada") && entry.archivos.first?.rol == "firmado")
        #expect(try archive.list().map(\.id) == [1])
        #expect(try archive.entry(1) == entry)
        #expect(throws: ArchiveError.noSuchEntry(9)) { try archive.entry(9) }
        // The same signed bytes again: recognised, nothing duplicated.
        let (again, isNewAgain) = try Self.add(archive, workspace)
        #expect(!isNewAgain && again.id == 1)
        #expect(try archive.list().count == 1)
        // A second version chains to the first.
        try Data("%PDF-1.7 otra firma".utf8).write(to: workspace.appending(path: "v2.pdf"))
        let (second, _) = try Self.add(archive, workspace, file: "v2.pdf", version: "2025-2")
        #expect(second.hashAnterior == entry.hash)
        #expect(try archive.verify().isIntact)
        // Export restores a workspace that loads and diffs.
        let restored = try TestPaths.temporaryFolder()
        _ = try archive.export(1, to: restored)
        #expect(FileManager.default.fileExists(atPath: restored.appending(path: "firmados/politica-firmada.pdf").path))
        #expect(ChangeSet.compute(old: try VersionDiff.load(restored), new: try VersionDiff.load(workspace)).isEmpty)
    }

    @Test func flippedByteInAFileIsNamed() throws {
        let workspace = try Self.workspace()
        let archive = try VersionArchive(workspace: workspace)
        let (entry, _) = try Self.add(archive, workspace)
        let signed = try #require(entry.archivos.first { $0.rol == "firmado" })
        let url = archive.objectURL(signed.sha256)
        var bytes = [UInt8](try Data(contentsOf: url))
        bytes[3] ^= 0x01
        try Data(bytes).write(to: url)
        #expect(try archive.verify().problems.map(\.es) == ["entrada 1: el archivo «politica-firmada.pdf» fue modificado (\(signed.sha256.prefix(12))…)"])
        // Nothing is served from it: export and diff refuse before writing anything.
        let target = try TestPaths.temporaryFolder().appending(path: "destino")
        #expect(throws: ArchiveError.self) { _ = try archive.export(1, to: target) }
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }

    @Test func editedOrDeletedIndexRowsAreNamed() throws {
        let workspace = try Self.workspace()
        let archive = try VersionArchive(workspace: workspace)
        _ = try Self.add(archive, workspace)
        try Data("%PDF b".utf8).write(to: workspace.appending(path: "b.pdf"))
        _ = try Self.add(archive, workspace, file: "b.pdf", version: "2")
        try Data("%PDF c".utf8).write(to: workspace.appending(path: "c.pdf"))
        _ = try Self.add(archive, workspace, file: "c.pdf", version: "3")
        let database = try DatabaseQueue(path: archive.folder.appending(path: "indice.sqlite").path)
        try database.write { db in
            try db.execute(sql: "UPDATE entradas SET json = replace(json, '\"version\":\"2\"', '\"version\":\"9\"') WHERE id = 2")
        }
        #expect(try archive.verify().problems.map(\.es) == ["índice: la fila de la entrada 2 fue modificada"])
        try database.write { db in try db.execute(sql: "DELETE FROM entradas WHERE id = 2") }
        let problems = try archive.verify().problems.map(\.es)
        #expect(problems.contains("índice: se esperaba la entrada 2 y hay la 3; falta o sobra una fila"))
        #expect(problems.contains("el índice tiene 2 entradas y el sello 3"))
    }

    /// An archive from before the seal and the entry objects (only the index and the file objects):
    /// verify says what is missing, and `rebuild` adds them from the index's whole chain.
    @Test func anArchiveWithoutSealIsUpgradedByRebuild() throws {
        let workspace = try Self.workspace()
        let archive = try VersionArchive(workspace: workspace)
        _ = try Self.add(archive, workspace)
        try Data("%PDF b".utf8).write(to: workspace.appending(path: "b.pdf"))
        _ = try Self.add(archive, workspace, file: "b.pdf", version: "2")
        let entries = try archive.list()
        try FileManager.default.removeItem(at: archive.folder.appending(path: "sello.json"))
        for entry in entries { try FileManager.default.removeItem(at: archive.objectURL(entry.hash)) }
        #expect(try archive.verify().problems.map(\.es) == [
            "falta el sello (sello.json); si el archivo es de una versión anterior de calidoc, «calidoc archive rebuild» lo agrega",
        ])
        #expect(try archive.rebuild() == ArchiveSeal(entradas: 2, cabeza: entries[1].hash))
        #expect(try archive.verify().isIntact)
        #expect(try archive.list() == entries)
    }

    /// Eight writers at once (each with its own connection pool) lose nothing and keep the chain.
    @Test func concurrentAddsKeepTheChain() async throws {
        let workspace = try Self.workspace()
        _ = try VersionArchive(workspace: workspace)
        for index in 0..<8 { try Data("%PDF \(index)".utf8).write(to: workspace.appending(path: "f\(index).pdf")) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<8 {
                group.addTask {
                    let archive = try VersionArchive(workspace: workspace)
                    _ = try Self.add(archive, workspace, file: "f\(index).pdf", version: "\(index)")
                }
            }
            try await group.waitForAll()
        }
        let archive = try VersionArchive(workspace: workspace)
        #expect(try archive.list().count == 8)
        #expect(try archive.verify().isIntact)
    }

    /// Objects written before a crash, without an index row, leave the archive verifiable.
    @Test func partialAddLeavesTheArchiveVerifiable() throws {
        let workspace = try Self.workspace()
        let archive = try VersionArchive(workspace: workspace)
        _ = try Self.add(archive, workspace)
        // A kill after an object was written but before its index row leaves an orphan.
        let orphan = archive.objectURL(String(repeating: "a", count: 64))
        try FileManager.default.createDirectory(at: orphan.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("medio escrito".utf8).write(to: orphan)
        #expect(try archive.verify().isIntact)
        #expect(try archive.list().count == 1)
    }
}

@Suite struct ArchivedVersionTests {
    /// `diff archive:1 archive:2` compares two archived versions.
    @Test func diffBetweenArchivedVersions() throws {
        let root = try TestPaths.temporaryFolder()
        let workspace = root.appending(path: "gore")
        try FileManager.default.copyItem(at: TestPaths.goreV2, to: workspace)
        try Data("%PDF v2".utf8).write(to: workspace.appending(path: "v2.pdf"))
        let archive = try VersionArchive(workspace: workspace)
        _ = try archive.add(signed: [workspace.appending(path: "v2.pdf")], inputs: workspace, details: .init(document: "politica", version: "2"))
        for name in ["politica.yaml", "calidoc.yaml"] {
            try FileManager.default.removeItem(at: workspace.appending(path: name))
            try FileManager.default.copyItem(at: TestPaths.gore.appending(path: name), to: workspace.appending(path: name))
        }
        try Data("%PDF v3".utf8).write(to: workspace.appending(path: "v3.pdf"))
        _ = try archive.add(signed: [workspace.appending(path: "v3.pdf")], inputs: workspace, details: .init(document: "politica", version: "3"))
        let old = try ArchivedVersion.folder(for: "archive:1", workspace: workspace)
        let new = try ArchivedVersion.folder(for: "archive:2", workspace: workspace)
        let changes = ChangeSet.compute(old: try VersionDiff.load(old), new: try VersionDiff.load(new))
        #expect(changes.secciones.map(\.clave) == ["relacion", "usuarios", "directrices"])
        #expect(throws: ArchiveError.self) { _ = try ArchivedVersion.folder(for: "archive:x", workspace: workspace) }
    }
}
