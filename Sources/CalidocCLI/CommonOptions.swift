import ArgumentParser
import CalidocKit

/// Options every command shares.
struct CommonOptions: ParsableArguments {
    @Option(help: "Idioma de los mensajes: es (predeterminado) o en.")
    var lang: MessageLanguage = .es

    @Flag(help: "Trata las advertencias como errores.")
    var strict = false

    @Flag(help: "Muestra detalles internos de los errores (para soporte técnico).")
    var verbose = false
}

extension MessageLanguage: ExpressibleByArgument {}
