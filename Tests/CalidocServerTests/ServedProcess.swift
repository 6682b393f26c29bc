import Foundation
import Testing

/// `calidoc serve --no-abrir --puerto 0` as a real process (the binary `swift build` made), for the
/// browser and schemathesis tests.
final class ServedProcess {
    let process = Process()
    /// The address it printed, e.g. `http://127.0.0.1:41234`.
    let base: String
    /// What it printed.
    let output: String

    /// The built binary: next to the test bundle, else in `.build/debug`.
    static var binary: URL? {
        [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appending(path: "calidoc"),
            ServerFixture.repository.appending(path: ".build/debug/calidoc"),
        ].first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Starts the server on `folder` and waits until it prints its address.
    convenience init(folder: URL) throws {
        try self.init(arguments: ["serve", folder.path, "--no-abrir", "--puerto", "0"])
    }

    /// Starts `calidoc ARGUMENTS` (a `serve` on port 0) and waits until it prints its address;
    /// `binary` is the one `swift build` made unless another (an installed one) is named.
    init(arguments: [String], binary: URL? = ServedProcess.binary) throws {
        guard let binary else { throw Failure("the calidoc binary is not built (swift build)") }
        process.executableURL = binary
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        var text = ""
        // Waits for the printed address; EOF (the process ended) stops the loop.
        while !text.contains("\n") {
            let data = pipe.fileHandleForReading.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
        }
        output = text
        guard let start = text.range(of: "http://127.0.0.1:") else {
            process.terminate()
            throw Failure("calidoc serve printed no address: \(text)")
        }
        let digits = text[start.upperBound...].prefix { $0.isNumber }
        base = "http://127.0.0.1:\(digits)"
    }

    /// Stops the server.
    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
