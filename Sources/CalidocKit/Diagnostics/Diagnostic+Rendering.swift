/// Turns diagnostics into the text the CLI prints.
extension Diagnostic {
    /// The one-line form: `file:line:col: error: message [CODE]`.
    public func headline(_ language: MessageLanguage) -> String {
        let severityWord: String
        switch severity {
        case .error: severityWord = language.pick("error", "error")
        case .warning: severityWord = language.pick("advertencia", "warning")
        case .note: severityWord = language.pick("nota", "note")
        }
        let prefix = location.map { "\($0): " } ?? ""
        return VisibleText.escaped("\(prefix)\(severityWord): \(message.text(language)) [\(code)]")
    }

    /// The full form: headline, the offending source line with a caret under the column, and the hint.
    ///
    /// - Parameters:
    ///   - language: Message language.
    ///   - sourceLine: The text of the line `location` points at, when available.
    public func rendered(_ language: MessageLanguage, sourceLine: String? = nil) -> String {
        var lines = [headline(language)]
        if let sourceLine, let location {
            // A long line (a pasted paragraph, thousands of «[») is shown around the column only.
            let (visible, column) = VisibleText.window(VisibleText.snippet(sourceLine), column: location.column)
            lines.append("    " + visible)
            let padding = String(repeating: " ", count: max(0, column - 1))
            lines.append("    " + padding + "^")
        }
        if let hint {
            lines.append("    " + language.pick("sugerencia: ", "hint: ") + VisibleText.escaped(hint.text(language)))
        }
        return lines.joined(separator: "\n")
    }
}
