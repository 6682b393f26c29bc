// Messages for text that would not reach a document as typed: characters pasted from word
// processors, text YAML reads as a comment, anchors and tags.

/// Messages for characters pasted from word processors.
extension InputMessages {
    static func indentationCharacter(_ scalar: Unicode.Scalar, at location: SourceLocation) -> Diagnostic {
        let name = InputCharacters.describe(scalar)
        return Diagnostic(
            severity: .error, code: "CAL-IN-022",
            message: LocalizedMessage(
                es: "hay un \(name.es) en la sangría, en la columna \(location.column); YAML solo admite espacios normales",
                en: "there is a \(name.en) in the indentation, at column \(location.column); YAML accepts only plain spaces"),
            location: location,
            hint: LocalizedMessage(
                es: "bórrelo y escriba espacios con la barra espaciadora (suele venir de copiar desde Word o de la tecla Tab)",
                en: "delete it and type spaces with the space bar (it usually comes from copying from Word or from the Tab key)"))
    }

    static func oddKeyCharacter(_ key: String, scalar: Unicode.Scalar, at location: SourceLocation, suggestion: String?) -> Diagnostic {
        let name = InputCharacters.describe(scalar)
        let shown = visible(key)
        let fix = suggestion.map { LocalizedMessage(es: "escriba «\($0):» con teclado, sin ese carácter", en: "type «\($0):» on the keyboard, without that character") }
            ?? LocalizedMessage(es: "vuelva a escribir la clave con teclado, sin ese carácter", en: "type the key again on the keyboard, without that character")
        return Diagnostic(
            severity: .error, code: "CAL-IN-012",
            message: LocalizedMessage(
                es: "la clave «\(shown)» contiene un \(name.es) en la columna \(location.column)",
                en: "the key «\(shown)» contains a \(name.en) at column \(location.column)"),
            location: location, hint: fix)
    }

    static func forbiddenEscape(_ spelling: String, scalar: Unicode.Scalar, at location: SourceLocation) -> Diagnostic {
        let name = InputCharacters.describe(scalar)
        return Diagnostic(
            severity: .error, code: "CAL-IN-004",
            message: LocalizedMessage(
                es: "la secuencia «\(visible(spelling))» produce el carácter invisible \(name.es), que los documentos no admiten",
                en: "the sequence «\(visible(spelling))» produces the invisible character \(name.en), which documents cannot hold"),
            location: location,
            hint: LocalizedMessage(es: "bórrela", en: "delete it"))
    }
}

/// Messages for text YAML would silently drop.
extension InputMessages {
    static func textEatenByComment(_ lost: String, at location: SourceLocation) -> Diagnostic {
        let shown = visible(lost.count > 40 ? String(lost.prefix(40)) + "…" : lost)
        return Diagnostic(
            severity: .warning, code: "CAL-IN-023",
            message: LocalizedMessage(
                es: "« #» en un texto sin comillas empieza un comentario: «\(shown)» no llegará al documento",
                en: "« #» in an unquoted text starts a comment: «\(shown)» will not reach the document"),
            location: location,
            hint: LocalizedMessage(
                es: "ponga todo el texto entre comillas dobles (\"…\"), o escríbalo en las líneas siguientes después de «|»",
                en: "put the whole text in double quotes (\"…\"), or write it on the following lines after «|»"))
    }
}

/// Messages for YAML markers that silently take text out of a value.
extension InputMessages {
    static func yamlMarker(_ marker: String, at location: SourceLocation) -> Diagnostic {
        let shown = visible(marker.hasPrefix("tag:yaml.org,2002:") ? "!!" + marker.dropFirst("tag:yaml.org,2002:".count) : marker)
        return Diagnostic(
            severity: .warning, code: "CAL-IN-024",
            message: LocalizedMessage(
                es: "«\(shown)» al comienzo del valor es una marca YAML (ancla o etiqueta) y no llegará al documento",
                en: "«\(shown)» at the start of the value is a YAML marker (anchor or tag) and will not reach the document"),
            location: location,
            hint: LocalizedMessage(
                es: "si es parte del texto, ponga todo el texto entre comillas dobles (\"…\")",
                en: "if it is part of the text, put the whole text in double quotes (\"…\")"))
    }
}
