import CalidocKit
import Foundation

/// Prints diagnostics to standard error, grouped by file, with the source line and a caret.
enum DiagnosticPrinter {
    static func print(_ loaded: LoadedWorkspace, diagnostics: [Diagnostic], language: MessageLanguage) {
        guard !diagnostics.isEmpty else { return }
        var text = ""
        let groups = Dictionary(grouping: diagnostics) { $0.location?.file ?? "" }
        for file in groups.keys.sorted() {
            for diagnostic in groups[file] ?? [] {
                text += diagnostic.rendered(language, sourceLine: loaded.sourceLine(for: diagnostic)) + "\n"
            }
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        text += language.pick(
            "\(errors) error(es), \(warnings) advertencia(s)\n", "\(errors) error(s), \(warnings) warning(s)\n")
        FileHandle.standardError.write(Data(text.utf8))
    }
}
