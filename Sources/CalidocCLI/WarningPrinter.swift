import CalidocKit
import Foundation

/// Prints what a writer could not render, one "advertencia:" line each, on standard error.
enum WarningPrinter {
    static func print(_ warnings: [WriterWarning], language: MessageLanguage) {
        guard !warnings.isEmpty else { return }
        FileHandle.standardError.write(Data(text(warnings, language: language).utf8))
    }

    /// The lines printed for `warnings`.
    static func text(_ warnings: [WriterWarning], language: MessageLanguage) -> String {
        let prefix = language.pick("advertencia: ", "warning: ")
        return warnings.map { prefix + $0.message(language) + "\n" }.joined()
    }
}
