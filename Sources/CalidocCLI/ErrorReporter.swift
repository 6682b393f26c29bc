import ArgumentParser
import CalidocKit
import Foundation

/// Prints an error in the user's language and turns it into the exit code `ExitCodes` gives it.
enum ErrorReporter {
    static func report(_ error: any Error, language: MessageLanguage) -> ExitCode {
        // A refused workspace: its findings first, each at its file, line and column.
        if let failure = error as? ValidationFailure {
            DiagnosticPrinter.print(failure.loaded, diagnostics: failure.diagnostics, language: language)
        }
        let text: String
        if let error = error as? any CalidocError {
            text = error.message(language)
        } else {
            text = language.pick("error interno: \(error)", "internal error: \(error)")
        }
        FileHandle.standardError.write(Data(("calidoc: " + text + "\n").utf8))
        return ExitCodes.exit(for: error)
    }
}
