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
        var diagnostics: [Diagnostic] = []
        let display = url.path
        guard let source = InputSource.read(url, displayPath: display, into: &diagnostics) else {
            throw Failure(path: display, diagnostics: diagnostics)
        }
        var map = SourceMap()
        guard let session = WorkspaceLoader.decode(
            Session.self, text: source.text, file: .sesion, displayPath: display, sourceMap: &map, diagnostics: &diagnostics)
        else {
            throw Failure(path: display, diagnostics: diagnostics)
        }
        // The same date rule as the inputs (R-FEC-01): the deck prints the date in words.
        if ISODate(session.fecha) == nil {
            let context = ValidationContext(sourceMap: map)
            throw Failure(path: display, diagnostics: [context.diagnostic(
                .error, "R-FEC-01", es: "«\(session.fecha)» no es una fecha válida", en: "«\(session.fecha)» is not a valid date",
                file: .sesion, ["fecha"], hintES: "use el formato AAAA-MM-DD, p. ej. 2024-10-24",
                hintEN: "use the format YYYY-MM-DD, e.g. 2024-10-24")])
        }
        return session
    }
}
