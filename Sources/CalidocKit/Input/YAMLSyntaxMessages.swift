import Foundation
import Yams

/// libyaml's English error texts turned into located Spanish advice a quality officer can act on.
///
/// libyaml notices a mistake where it stops making sense, which is often the line after it (a key
/// without «:» is found out at the next key). Where libyaml gives the place it started reading the
/// broken element (its "context mark"), that place is reported; the character at the position is
/// inspected to tell a tab, a Word space or an «*» at the start of a text from other mistakes.
struct YAMLSyntaxMessages {
    let displayPath: String
    let lines: [Substring]

    /// The diagnostic for a Yams error.
    func diagnostic(for error: YamlError) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            return diagnostic(problem: problem, context: context, at: mark)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return InputMessages.duplicateKeys(duplicates.map(InputMessages.visible), at: location(context.mark))
        case .reader(let problem, let offset, _, let yaml):
            return readerProblem(problem, offset: offset, yaml: yaml)
        case .no, .memory, .writer, .emitter, .representer, .dataCouldNotBeDecoded:
            return syntax(
                LocalizedMessage(es: "el archivo no se pudo leer como YAML", en: "the file could not be read as YAML"),
                at: SourceLocation(file: displayPath, line: 1, column: 1), hint: Self.generalHint)
        }
    }

    private func location(_ mark: Mark) -> SourceLocation {
        SourceLocation(file: displayPath, line: max(mark.line, 1), column: max(mark.column, 1))
    }

    /// The character at a 1-based line and column (columns count Unicode scalars, as libyaml's).
    private func character(atLine line: Int, column: Int) -> Unicode.Scalar? {
        guard line >= 1, line <= lines.count else { return nil }
        let scalars = Array(lines[line - 1].unicodeScalars)
        return column >= 1 && column <= scalars.count ? scalars[column - 1] : nil
    }

    /// The first tab or look-alike space in the indentation of a line, with its column.
    private func badIndentation(line: Int) -> (Int, Unicode.Scalar)? {
        guard line >= 1, line <= lines.count else { return nil }
        for (index, scalar) in lines[line - 1].unicodeScalars.enumerated() {
            if scalar == " " || scalar == "-" { continue }
            if scalar == "\t" || InputCharacters.isLookalikeSpace(scalar) { return (index + 1, scalar) }
            return nil
        }
        return nil
    }

    private func diagnostic(problem: String, context: YamlError.Context?, at mark: Mark) -> Diagnostic {
        let here = location(mark)
        let start = context.map { location($0.mark) } ?? here
        // A tab or Word space in the indentation of this line or the one before explains most errors.
        for line in [mark.line, mark.line - 1, context?.mark.line].compactMap({ $0 }) {
            if let (column, scalar) = badIndentation(line: line) {
                return InputMessages.indentationCharacter(
                    scalar, at: SourceLocation(file: displayPath, line: line, column: column))
            }
        }
        let found = character(atLine: mark.line, column: mark.column)
        switch problem {
        case "could not find expected ':'":
            return syntax(
                LocalizedMessage(
                    es: "a esta línea le falta «:» después de la clave",
                    en: "this line lacks «:» after its key"),
                at: start,
                hint: LocalizedMessage(
                    es: "si es una clave, escriba «clave: valor»; si continúa el texto de la línea anterior, póngale la misma sangría que ese texto o júntela con él",
                    en: "if it is a key, write «key: value»; if it continues the text of the line before, indent it like that text or join both lines"))
        case "mapping values are not allowed in this context":
            return syntax(
                LocalizedMessage(
                    es: "hay «: » dentro de un texto sin comillas, o una línea con más sangría que las claves de su bloque",
                    en: "there is «: » inside an unquoted text, or a line indented more than the keys of its block"),
                at: here,
                hint: LocalizedMessage(
                    es: "ponga el texto entre comillas dobles (\"…\") o use «|» en la línea de la clave; si es una clave, alinee su sangría con las demás",
                    en: "put the text in double quotes (\"…\") or use «|» on the key's line; if it is a key, align its indentation with the others"))
        case "did not find expected key", "did not find expected '-' indicator", "found unexpected ':'":
            return syntax(
                LocalizedMessage(
                    es: "esta línea no está alineada con las demás del bloque que empieza en la línea \(start.line)",
                    en: "this line is not aligned with the rest of the block starting at line \(start.line)"),
                at: here,
                hint: LocalizedMessage(
                    es: "use la misma sangría (espacios) que las demás claves o elementos «- » del bloque; si es texto, póngalo entre comillas",
                    en: "use the same indentation (spaces) as the other keys or «- » items of the block; if it is text, quote it"))
        case "block sequence entries are not allowed in this context":
            return syntax(
                LocalizedMessage(
                    es: "un elemento de lista «- » aparece donde se esperaba un texto",
                    en: "a list item «- » appears where a text was expected"),
                at: here,
                hint: LocalizedMessage(
                    es: "deje la clave sola en su línea y ponga la lista debajo, con sangría; o ponga el texto entre comillas",
                    en: "leave the key alone on its line and put the list below it, indented; or quote the text"))
        case "found undefined alias", "did not find expected alphabetic or numeric character":
            // libyaml points inside «**texto»; the value starts at the first «*» or «&».
            var column = mark.column
            while column > 1, let previous = character(atLine: mark.line, column: column - 1), previous == "*" || previous == "&" {
                column -= 1
            }
            let here = SourceLocation(file: displayPath, line: here.line, column: column)
            let sign = character(atLine: mark.line, column: column).map { String(Character($0)) } ?? "*"
            return syntax(
                LocalizedMessage(
                    es: "un valor que empieza con «\(sign)» se lee como una referencia YAML, no como texto",
                    en: "a value starting with «\(sign)» is read as a YAML reference, not as text"),
                at: here,
                hint: LocalizedMessage(
                    es: "ponga el texto entre comillas dobles, p. ej. «\"**Muy importante**\"»",
                    en: "put the text in double quotes, e.g. «\"**Very important**\"»"))
        case "found character that cannot start any token":
            let shown = found.map { InputCharacters.isForbidden($0) || $0 == "\t" ? InputCharacters.describe($0).es : "«\(Character($0))»" } ?? ""
            let shownEN = found.map { InputCharacters.isForbidden($0) || $0 == "\t" ? InputCharacters.describe($0).en : "«\(Character($0))»" } ?? ""
            if let found, found == "\t" {
                return InputMessages.indentationCharacter(found, at: here)
            }
            return syntax(
                LocalizedMessage(
                    es: "un valor no puede empezar con \(shown) sin comillas",
                    en: "a value cannot start with \(shownEN) without quotes"),
                at: here,
                hint: LocalizedMessage(es: "ponga el texto entre comillas dobles (\"…\")", en: "put the text in double quotes (\"…\")"))
        case "found a tab character that violates indentation", "found a tab character where an indentation space is expected":
            return InputMessages.indentationCharacter("\t", at: here)
        case "found unknown escape character", "did not find expected hexdecimal number",
            "found invalid Unicode character escape code", "expected low surrogate area", "unexpected low surrogate area":
            return syntax(
                LocalizedMessage(
                    es: "secuencia con «\\» no válida dentro de comillas dobles",
                    en: "invalid «\\» sequence inside double quotes"),
                at: here,
                hint: LocalizedMessage(
                    es: "escriba «\\\\» para una barra invertida, o use comillas simples ('…'), que no interpretan «\\»",
                    en: "write «\\\\» for a backslash, or use single quotes ('…'), which do not interpret «\\»"))
        case "found unexpected end of stream":
            return syntax(
                LocalizedMessage(
                    es: "unas comillas o un «[» / «{» que se abren aquí no se cierran nunca",
                    en: "quotes or a «[» / «{» opened here are never closed"),
                at: start,
                hint: LocalizedMessage(
                    es: "cierre las comillas al final del texto; dentro de comillas dobles escriba \\\" para una comilla",
                    en: "close the quotes at the end of the text; inside double quotes write \\\" for a quote"))
        case "did not find expected ',' or ']'", "did not find expected ',' or '}'":
            return syntax(
                LocalizedMessage(
                    es: "la lista entre «[ ]» o el mapa entre «{ }» que empieza aquí no se cierra bien",
                    en: "the «[ ]» list or «{ }» mapping starting here is not closed properly"),
                at: start,
                hint: LocalizedMessage(
                    es: "un texto con «,» «:» «#» «[» o «]» dentro de corchetes debe ir entre comillas; o escriba la lista con líneas «- »",
                    en: "a text with «,» «:» «#» «[» or «]» inside brackets must be quoted; or write the list with «- » lines"))
        case "found unexpected document indicator", "but found another document", "did not find expected <document start>":
            return syntax(
                LocalizedMessage(
                    es: "una línea «---» o «...» parte el archivo en varios documentos",
                    en: "a «---» or «...» line splits the file into several documents"),
                at: here,
                hint: LocalizedMessage(
                    es: "bórrela, o póngala entre comillas si es parte de un texto",
                    en: "delete it, or quote it if it is part of a text"))
        case "found unknown directive name", "could not find expected directive name", "found unexpected non-alphabetical character":
            return syntax(
                LocalizedMessage(
                    es: "una línea que empieza con «%» se lee como una instrucción YAML",
                    en: "a line starting with «%» is read as a YAML directive"),
                at: here,
                hint: LocalizedMessage(es: "ponga el texto entre comillas dobles (\"…\")", en: "put the text in double quotes (\"…\")"))
        default:
            return syntax(
                LocalizedMessage(
                    es: "el YAML no es válido en este punto",
                    en: "YAML syntax error: \(problem)"),
                at: here, hint: Self.generalHint)
        }
    }

    private func readerProblem(_ problem: String, offset: Int?, yaml: String) -> Diagnostic {
        var line = 1
        var column = 1
        if let offset {
            for byte in yaml.utf8.prefix(offset) {
                if byte == 0x0A {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
            }
        }
        return syntax(
            LocalizedMessage(es: "el archivo tiene un carácter que YAML no admite", en: "the file has a character YAML does not accept"),
            at: SourceLocation(file: displayPath, line: line, column: column),
            hint: LocalizedMessage(es: "bórrelo o vuelva a escribirlo", en: "delete it or type it again"))
    }

    static let generalHint = LocalizedMessage(
        es: "revise la sangría y ponga entre comillas los textos que contienen «: » o empiezan con «*», «&» o «%»",
        en: "check the indentation and quote texts that contain «: » or start with «*», «&» or «%»")

    private func syntax(_ message: LocalizedMessage, at location: SourceLocation, hint: LocalizedMessage) -> Diagnostic {
        Diagnostic(
            severity: .error, code: "CAL-IN-005",
            message: LocalizedMessage(es: "error de sintaxis YAML: \(message.es)", en: "YAML syntax error: \(message.en)"),
            location: location, hint: hint)
    }
}
