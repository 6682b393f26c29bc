/// Finds spaces pasted from Word or a web page (no-break, narrow, zero-width …) in the indentation
/// of a line, where YAML sees them as text: the structure changes or the next line fails, with an
/// invisible cause. Each is reported by name at its own line and column.
///
/// Lines inside a multi-line value are text, where such a space is the person's own: skipped.
enum IndentationLint {
    /// - Parameters:
    ///   - text: 0-based lines inside multi-line values.
    ///   - valueStarts: 0-based (line, column) where a value (not a key) starts: a space there is
    ///     the first character of the text, kept as typed.
    static func check(
        _ lines: [Substring], displayPath: String, skipping text: Set<Int> = [], valueStarts: Set<[Int]> = []
    ) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (index, line) in lines.enumerated() where !text.contains(index) {
            for (column, scalar) in line.unicodeScalars.enumerated() {
                if scalar == " " || scalar == "\t" || scalar == "-" { continue }
                if InputCharacters.isLookalikeSpace(scalar), !valueStarts.contains([index, column]) {
                    found.append(
                        InputMessages.indentationCharacter(
                            scalar, at: SourceLocation(file: displayPath, line: index + 1, column: column + 1)))
                }
                break
            }
        }
        return found
    }
}
