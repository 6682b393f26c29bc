import ArgumentParser
import CalidocKit

/// The one place that maps errors to exit codes.
///
/// | code | meaning |
/// |---|---|
/// | 0 | success |
/// | 1 | differences found (`diff`) or archive verification failed |
/// | 64 | usage error |
/// | 65 | input cannot be read or fails validation |
/// | 66 | template error |
/// | 70 | writer error |
/// | 73 | output cannot be written |
/// | 74 | archive error |
/// | 75 | signature error |
public enum ExitCodes {
    /// `diff` found differences (like diff(1)); not an error.
    public static let differencesFound: Int32 = 1

    /// The exit code for an error category.
    public static func code(for category: ErrorCategory) -> Int32 {
        switch category {
        case .usage: 64
        case .input: 65
        case .validation: 65
        case .template: 66
        case .writer: 70
        case .io: 73
        case .archive: 74
        case .signature: 75
        }
    }

    /// The exit code for any error (unknown errors are internal failures: 70).
    public static func code(for error: any Error) -> Int32 {
        if let error = error as? any CalidocError { return code(for: error.category) }
        return 70
    }

    /// An `ExitCode` to throw from a command after the message has been printed.
    public static func exit(for error: any Error) -> ExitCode {
        ExitCode(code(for: error))
    }
}
