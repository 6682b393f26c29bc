import ArgumentParser
import CalidocKit
import Foundation

/// Progress and summary of a multi-workspace build: a progress bar on a terminal, plain lines otherwise.
enum BatchReporter {
    static func run(_ folders: [URL], request: BuildPipeline.Request, language: MessageLanguage) throws {
        let isTerminal = isatty(STDERR_FILENO) == 1
        let names = folders.map(AtomicFile.shown)
        FileHandle.standardError.write(Data(language.pick(
            "Se generarán \(folders.count) espacios de trabajo: \(names.joined(separator: ", "))\n",
            "Building \(folders.count) workspaces: \(names.joined(separator: ", "))\n").utf8))
        let start = Date()
        let outcomes = BatchBuild.run(folders, template: request) { outcome, done, total in
            let name = outcome.workspace.lastPathComponent
            let status = outcome.failure == nil ? "ok" : language.pick("ERROR", "FAILED")
            let line: String
            if isTerminal {
                let width = 30
                let filled = width * done / max(total, 1)
                line = "\r[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] \(done)/\(total) \(name) \(status)\u{1B}[K"
            } else {
                line = "[\(done)/\(total)] \(name): \(status)\n"
            }
            FileHandle.standardError.write(Data(line.utf8))
        }
        if isTerminal { FileHandle.standardError.write(Data("\n".utf8)) }
        let failed = outcomes.filter { $0.failure != nil }
        var summary = language.pick(
            "\(outcomes.count - failed.count) espacio(s) generado(s), \(failed.count) con errores, en \(String(format: "%.1f", Date().timeIntervalSince(start))) s\n",
            "\(outcomes.count - failed.count) workspace(s) built, \(failed.count) failed, in \(String(format: "%.1f", Date().timeIntervalSince(start))) s\n")
        for outcome in failed {
            summary += "  \(outcome.workspace.path): \(outcome.failure?.message(language) ?? "")\n"
            if let failure = outcome.failure as? BuildFailure {
                for diagnostic in failure.diagnostics.filter({ $0.severity == .error }).prefix(3) {
                    summary += "    " + diagnostic.headline(language) + "\n"
                }
            }
        }
        FileHandle.standardError.write(Data(summary.utf8))
        if let first = failed.first?.failure { throw ExitCode(ExitCodes.code(for: first.category)) }
    }
}
