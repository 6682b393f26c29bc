/// Messages for inputs whose shape breaks a structural limit (``YAMLPreflight``), and for input
/// paths that are not plain files.
extension InputMessages {
    /// "10.000" in Spanish, "10,000" in English.
    static func count(_ value: Int) -> (es: String, en: String) {
        let spanish = ChileanNumber.format(value)
        return (spanish, spanish.replacingOccurrences(of: ".", with: ","))
    }

    static let pastedDataHint = LocalizedMessage(
        es: "ningún documento del PMG necesita tanto: ¿se pegaron datos por error? Divida o resuma el contenido",
        en: "no PMG document needs that much: was data pasted by mistake? Split or summarise the content")

    static func tooDeep(at location: SourceLocation, limit: Int) -> Diagnostic {
        Diagnostic(
            severity: .error, code: "CAL-IN-015",
            message: LocalizedMessage(
                es: "hay listas o mapas anidados a más de \(limit) niveles",
                en: "lists or mappings are nested more than \(limit) levels deep"),
            location: location,
            hint: LocalizedMessage(
                es: "las entradas de calidoc usan pocos niveles; revise corchetes «[» o llaves «{» que no se cierran",
                en: "calidoc inputs use few levels; look for «[» or «{» that are never closed"))
    }

    static func tooManyItems(at location: SourceLocation, isMapping: Bool, limit: Int) -> Diagnostic {
        let number = count(limit)
        return Diagnostic(
            severity: .error, code: "CAL-IN-016",
            message: isMapping
                ? LocalizedMessage(
                    es: "el mapa que empieza aquí tiene más de \(number.es) claves",
                    en: "the mapping starting here has more than \(number.en) keys")
                : LocalizedMessage(
                    es: "la lista que empieza aquí tiene más de \(number.es) elementos",
                    en: "the list starting here has more than \(number.en) items"),
            location: location, hint: pastedDataHint)
    }

    static func aliasExpansion(alias: String?, at location: SourceLocation, limit: Int) -> Diagnostic {
        let number = count(limit)
        let name = alias.map { (" «*\($0)»", " «*\($0)»") } ?? ("", "")
        return Diagnostic(
            severity: .error, code: "CAL-IN-017",
            message: LocalizedMessage(
                es: "los alias YAML\(name.0) expanden el archivo a más de \(number.es) valores (alias que se repiten unos dentro de otros)",
                en: "YAML aliases\(name.1) expand the file to more than \(number.en) values (aliases repeated inside each other)"),
            location: location,
            hint: LocalizedMessage(
                es: "escriba los valores sin anclas «&» ni alias «*», o repita menos veces el alias",
                en: "write the values without anchors «&» and aliases «*», or repeat the alias fewer times"))
    }

    static func tooManyValues(at location: SourceLocation, limit: Int) -> Diagnostic {
        let number = count(limit)
        return Diagnostic(
            severity: .error, code: "CAL-IN-018",
            message: LocalizedMessage(
                es: "el archivo tiene más de \(number.es) valores (textos, listas y mapas)",
                en: "the file has more than \(number.en) values (texts, lists and mappings)"),
            location: location, hint: pastedDataHint)
    }

    static func notARegularFile(path: String) -> Diagnostic {
        Diagnostic(
            severity: .error, code: "CAL-IN-002",
            message: LocalizedMessage(
                es: "no es un archivo normal (¿una carpeta, un dispositivo o una tubería?)",
                en: "not a regular file (a folder, a device or a pipe?)"),
            location: SourceLocation(file: path, line: 1, column: 1))
    }

    /// An input file that is a symbolic link leading out of the workspace folder: never read, so a
    /// workspace (served to a browser, or received from someone else) cannot show other files.
    static func linksOutside(path: String, problem: WorkspacePath.Problem) -> Diagnostic {
        Diagnostic(
            severity: .error, code: "CAL-IN-002", message: problem.message,
            location: SourceLocation(file: path, line: 1, column: 1))
    }
}
