import CalidocKit
import CalidocServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Paths, a served copy of a sample and request helpers shared by the server tests.
enum ServerFixture {
    static let repository: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let servicio = repository.appending(path: "Samples/servicio-tramites")
    static let gore = repository.appending(path: "Samples/gore-santiago")

    /// The port the tests' Host headers name (the router test framework opens no socket).
    static let port = 8080
    static let host = "127.0.0.1:\(port)"
    static let csrf = "token-de-prueba"

    /// A temporary folder holding a copy of the SENATRAC sample as `servicio-tramites/`.
    static func servedCopy() throws -> (root: URL, workspace: URL) {
        let root = FileManager.default.temporaryDirectory.appending(path: "calidoc-serve-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let workspace = root.appending(path: "servicio-tramites")
        try FileManager.default.copyItem(at: servicio, to: workspace)
        return (root, workspace)
    }

    /// The application over `root`, with a known CSRF token.
    static func application(root: URL) -> some ApplicationProtocol {
        let state = ServerState(configuration: ServerConfiguration(folders: [root], port: port), csrf: CSRFToken(value: csrf))
        return Application(router: CalidocWebApp.router(state: state))
    }

    /// Headers of a request from our own page.
    static func headers(_ extra: HTTPFields = [:]) -> HTTPFields {
        var fields: HTTPFields = [HTTPField.Name("Host")!: host]
        fields.append(contentsOf: extra)
        return fields
    }

    /// An urlencoded form body.
    static func form(_ fields: [(String, String)]) -> ByteBuffer {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._*")
        let text = fields.map { name, value in
            (name.addingPercentEncoding(withAllowedCharacters: allowed) ?? "") + "="
                + (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
        }.joined(separator: "&")
        return ByteBuffer(string: text)
    }

    static let formType: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    /// The response body as text.
    static func text(_ response: TestResponse) -> String {
        String(buffer: response.body)
    }

    /// The value of the hidden `version` field in an editor page.
    static func version(in page: String) -> String? {
        guard let range = page.range(of: "name=\"version\" value=\"") else { return nil }
        let rest = page[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    /// The venv's bin folder: `$CALIDOC_VENV/bin` or `<repo>/.venv/bin`.
    static var venvBin: URL {
        if let venv = ProcessInfo.processInfo.environment["CALIDOC_VENV"] {
            return URL(fileURLWithPath: venv).appending(path: "bin")
        }
        return repository.appending(path: ".venv/bin")
    }

    /// A tool of the venv or PATH; records a failure under CI when missing.
    static func require(_ name: String) -> URL? {
        let candidates = [venvBin.appending(path: name)]
            + (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { URL(fileURLWithPath: String($0)).appending(path: name) }
        if let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) { return found }
        if ProcessInfo.processInfo.environment["CI"] != nil {
            Issue.record("\(name) is missing: .ci/setup should have installed it")
        } else {
            print("note: \(name) not installed; skipping this check (run .ci/setup test)")
        }
        return nil
    }

    /// Runs a program; (status, stdout + stderr).
    static func run(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil, in folder: URL? = nil) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = executable
        if let folder { process.currentDirectoryURL = folder }
        process.arguments = arguments
        if let environment { process.environment = environment }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
