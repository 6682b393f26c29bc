import CalidocKit

/// Runs documents through every writer in memory, as `calidoc build` does, discarding the bytes.
///
/// Errors are expected outcomes (a template that does not apply, a writer that refuses a
/// document); only crashes, hangs and runaway memory are findings.
enum DocumentExercise {
    /// The in-memory writers `calidoc build` offers (PDF needs LibreOffice and is left out).
    static let writers: [any DocumentWriter] = [HTMLWriter(), ODTWriter(), DOCXWriter(), MarkdownWriter()]

    /// Writes `document` in every format.
    static func write(_ document: Document) {
        for writer in writers {
            _ = try? writer.write(document, options: WriterOptions())
        }
    }

    /// Builds every document `workspace` has with `builder` and writes each in every format.
    static func buildAll(_ workspace: ValidatedWorkspace, with builder: DocumentBuilder) {
        for kind in DocumentBuilder.availableKinds(in: workspace) {
            do {
                write(try builder.build(kind, from: workspace))
            } catch {
                describe(error)
            }
        }
    }

    /// Formats an error in both languages, as the CLI would print it.
    static func describe(_ error: any Error) {
        if let error = error as? any CalidocError {
            _ = MessageLanguage.allCases.map { error.message($0) }
        } else {
            _ = "\(error)"
        }
    }
}
