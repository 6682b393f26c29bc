/// Finds spaces pasted from Word or a web page (no-break, narrow, zero-width …) in the indentation
/// of a line, where YAML sees them as text: the structure changes or the next line fails, with an
/// invisible cause. Each is reported by name at its own line and column.
enum IndentationLint {
    static func check(_ lines: [Substring], displayPath: String) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (index, line) in lines.enumerated() {
            for (column, scalar) in line.unicodeScalars.enumerated() {
                if scalar == " " || scalar == "\t" || scalar == "-" { continue }
                if InputCharacters.isLookalikeSpace(scalar) {
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
