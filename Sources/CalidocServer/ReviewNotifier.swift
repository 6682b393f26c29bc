import CalidocKit
import Foundation

/// Runs the notification hook of `servidor.yaml` (`avisos.comando`) after each review step, with
/// the step as JSON on its standard input (``ReviewNotice``).
///
/// The page never waits for it and never fails because of it: the command runs in the
/// background, is stopped after ``timeout`` seconds, and a failure is only written to the
/// server's log (standard error), since e-mail being down must not stop a Comité's approval.
public struct ReviewNotifier: Sendable {
    /// The program to run (checked to be executable when the settings are read).
    public let command: URL
    /// Seconds the command may run before it is stopped.
    public let timeout: TimeInterval

    /// A notifier running `command`.
    public init(command: URL, timeout: TimeInterval = 20) {
        self.command = command
        self.timeout = timeout
    }

    /// Sends `notice` in the background.
    public func send(_ notice: ReviewNotice) {
        let command = command
        let timeout = timeout
        // A thread of its own, not a task: waiting for the command must never hold one of the
        // few threads of Swift's cooperative pool that serve every request.
        Thread.detachNewThread {
            Self.run(command, input: notice.json(), timeout: timeout, label: "\(notice.institucion)/\(notice.espacio) \(notice.paso)")
        }
    }

    /// Runs the command and waits for it (at most `timeout`); problems go to standard error.
    static func run(_ command: URL, input: Data, timeout: TimeInterval, label: String) {
        let process = Process()
        process.executableURL = command
        process.arguments = []
        // Only what a mail script needs: no session secrets or database password reach the hook.
        process.environment = ["PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8", "CALIDOC_AVISO": "1"]
        let stdin = Pipe()
        process.standardInput = stdin
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            log("calidoc: el aviso de \(label) no se pudo enviar: \(command.path) no se pudo ejecutar")
            return
        }
        try? stdin.fileHandleForWriting.write(contentsOf: input)
        try? stdin.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            process.terminate()
            log("calidoc: el aviso de \(label) se detuvo: \(command.path) tardó más de \(Int(timeout)) s")
            return
        }
        if process.terminationStatus != 0 {
            log("calidoc: el aviso de \(label) falló: \(command.path) terminó con código \(process.terminationStatus)")
        }
    }

    private static func log(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
