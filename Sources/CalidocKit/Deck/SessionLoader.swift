import Foundation

/// Reads `sesiones/<número>.yaml` of a workspace with the same checks and diagnostics as the inputs.
public enum SessionLoader {
    /// Failures specific to sessions.
    public struct Failure: CalidocError {
        /// What was looked for.
        public let path: String
        /// Problems found in the file, if it was read.
        public let diagnostics: [Diagnostic]

        /// Input errors.
        public var category: ErrorCategory { .input }

        /// Message.
        public func message(_ language: MessageLanguage) -> String {
            let details = diagnostics.map { "\n  " + $0.headline(language) }.joined()
            return language.pick("no se puede leer la sesión «\(path)»", "cannot read session «\(path)»") + details
        }
    }

    /// The session `number` of the workspace at `directory`.
    public static func load(number: Int, in directory: URL) throws -> Session {
        let url = directory.appending(path: "sesiones/\(number).yaml")
        let (session, diagnostics) = read(url)
        guard let session, !diagnostics.contains(where: { $0.severity == .error }) else {
            throw Failure(path: WorkspaceLoader.displayPath(for: url), diagnostics: diagnostics)
        }
        return session
    }

    /// Every problem of every `sesiones/*.yaml` of the workspace at `directory` (for `validate`).
    public static func check(in directory: URL) -> [Diagnostic] {
        let folder = directory.appending(path: "sesiones")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return names.filter { $0.hasSuffix(".yaml") }.sorted().flatMap { read(folder.appending(path: $0)).1 }
    }

    /// One session file with every problem found (paths shown relative to the current folder).
    static func read(_ url: URL) -> (Session?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let display = WorkspaceLoader.displayPath(for: url)
        guard let source = InputSource.read(url, displayPath: display, into: &diagnostics) else {
            return (nil, diagnostics)
        }
        var map = SourceMap()
        guard let session = WorkspaceLoader.decode(
            Session.self, text: source.text, file: .sesion, displayPath: display, sourceMap: &map, diagnostics: &diagnostics)
        else {
            return (nil, diagnostics)
        }
        // The same date rule as the inputs (R-FEC-01): the deck prints the date in words.
        if ISODate(session.fecha) == nil {
            let context = ValidationContext(sourceMap: map)
            diagnostics.append(context.diagnostic(
                .error, "R-FEC-01", es: "«\(session.fecha)» no es una fecha válida", en: "«\(session.fecha)» is not a valid date",
                file: .sesion, ["fecha"], hintES: "use el formato AAAA-MM-DD, p. ej. 2024-10-24",
                hintEN: "use the format YYYY-MM-DD, e.g. 2024-10-24"))
        }
        return (session, diagnostics)
    }
}
