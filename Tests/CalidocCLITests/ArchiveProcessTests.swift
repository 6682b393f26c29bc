import Foundation
import Testing
@testable import CalidocKit

/// The archive under real processes: eight `calidoc archive add` at once, and `kill -9` in the
/// middle of adds. Each test runs the `calidoc` binary that `swift test` built.
@Suite(.serialized) struct ArchiveProcessTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The built binary: next to the test bundle, else in `.build/debug`.
    static var binary: URL? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appending(path: "calidoc"),
            repository.appending(path: ".build/debug/calidoc"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// A copy of the SENATRAC sample with `count` signed files of `size` bytes each.
    static func workspace(files count: Int, size: Int = 64) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appending(path: "calidoc-archivo-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: repository.appending(path: "Samples/servicio-tramites"), to: folder)
        for index in 0..<count {
            var bytes = Array("%PDF-1.7 versión firmada \(index)\n".utf8)
            bytes += (0..<max(0, size - bytes.count)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ index) }
            try Data(bytes).write(to: folder.appending(path: "firmado-\(index).pdf"))
        }
        return folder
    }

    static func addProcess(_ binary: URL, _ workspace: URL, index: Int) throws -> Process {
        let process = Process()
        process.executableURL = binary
        process.arguments = ["archive", "add", workspace.appending(path: "firmado-\(index).pdf").path, "--document", "politica",
                             "--version", "\(index)", "--workspace", workspace.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test func eightProcessesAddingAtOnceLoseNothing() throws {
        guard let binary = Self.binary else {
            Issue.record("calidoc binary not built")
            return
        }
        let workspace = try Self.workspace(files: 8)
        let processes = try (0..<8).map { try Self.addProcess(binary, workspace, index: $0) }
        // Checks while they write never see an index commit without its seal.
        let checking = VersionArchive(folder: workspace.appending(path: "archivo"))
        while processes.contains(where: \.isRunning) {
            if checking.exists, let report = try? checking.verify() {
                #expect(report.isIntact, "during the adds: \(report.problems.map(\.es))")
            }
        }
        for process in processes { process.waitUntilExit() }
        #expect(processes.map(\.terminationStatus) == Array(repeating: 0, count: 8))
        let archive = try VersionArchive(workspace: workspace)
        let entries = try archive.list()
        #expect(entries.map(\.id) == Array(1...8))
        #expect(Set(entries.map(\.version)) == Set((0..<8).map(String.init)))
        #expect(try archive.verify().isIntact)
    }

    /// Kills `archive add` with SIGKILL at random moments: afterwards the archive always verifies,
    /// and every entry it lists is complete (its files are all present with their hashes).
    @Test func killedAddsLeaveTheArchiveVerifiable() throws {
        guard let binary = Self.binary else {
            Issue.record("calidoc binary not built")
            return
        }
        // Large signed files make each add take long enough to be killed part-way.
        let rounds = 12
        let workspace = try Self.workspace(files: rounds, size: 8 << 20)
        var generator = SystemRandomNumberGenerator()
        var killed = 0
        for index in 0..<rounds {
            let process = try Self.addProcess(binary, workspace, index: index)
            // An add of 8 MB takes about a second on a loaded 2-core machine; the kill lands anywhere in it
            // (reading and checking the files, writing objects, the index commit, the seal).
            usleep(UInt32.random(in: 5_000...1_200_000, using: &generator))
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                killed += 1
            }
            process.waitUntilExit()
            let archive = try VersionArchive(workspace: workspace)
            // Killed before the archive folder held anything: nothing was archived.
            guard archive.exists else { continue }
            let problems = try archive.verify().problems.map(\.es)
            #expect(problems.isEmpty, "round \(index): \(problems)")
            for entry in try archive.list() {
                for file in entry.archivos {
                    let data = try Data(contentsOf: archive.objectURL(file.sha256))
                    #expect(data.count == file.bytes, "entry \(entry.id) file \(file.nombre)")
                }
            }
        }
        // The archive still accepts adds after the kills, and a re-add of a killed file completes.
        let archive = try VersionArchive(workspace: workspace)
        let before = archive.exists ? try archive.list().count : 0
        let process = try Self.addProcess(binary, workspace, index: 0)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(try archive.list().count >= before)
        #expect(try archive.list().contains { $0.version == "0" })
        #expect(try archive.verify().isIntact)
        print("archive kill test: \(killed) of \(rounds) adds killed mid-way")
    }
}
