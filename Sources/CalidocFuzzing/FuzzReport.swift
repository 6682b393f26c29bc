import Foundation

/// How the fuzz harness reports a broken set-up (never a finding: findings are crashes).
enum FuzzReport {
    /// Prints `message` on stderr and exits with status 2; the harness cannot run without its baseline.
    static func abort(_ message: String) -> Never {
        FileHandle.standardError.write(Data("calidoc-fuzz: \(message)\n".utf8))
        exit(2)
    }
}
