/// A phrase catalogue (`frases/<idioma>.yaml`) that cannot be used: each problem with its file,
/// line and column, in Spanish or English.
public struct PhraseCatalogueError: CalidocError, Hashable {
    /// The problems found, in file order.
    public let diagnostics: [Diagnostic]

    /// The code of every catalogue problem.
    static let code = "CAL-PL-002"

    init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    init(_ diagnostic: Diagnostic) {
        self.init([diagnostic])
    }

    /// A file that could not be read at all.
    static func unreadable(_ file: String, _ problem: LocalizedMessage) -> PhraseCatalogueError {
        PhraseCatalogueError(Diagnostic(severity: .error, code: code, message: problem,
                                        location: SourceLocation(file: file, line: 1, column: 1), hint: nil))
    }

    /// A broken catalogue is a broken template: same exit code.
    public var category: ErrorCategory { .template }

    /// `file:line:column: error: … [CAL-PL-002]` per problem, each followed by its hint.
    public func message(_ language: MessageLanguage) -> String {
        diagnostics.map { diagnostic in
            let place = diagnostic.location.map { "\($0.file):\($0.line):\($0.column)" } ?? "frases"
            var text = "\(place): error: \(diagnostic.message.text(language)) [\(diagnostic.code)]"
            if let hint = diagnostic.hint {
                text += "\n    \(language.pick("sugerencia", "hint")): \(hint.text(language))"
            }
            return text
        }
        .joined(separator: "\n")
    }
}
