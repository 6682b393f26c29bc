import Yams

/// Messages for numbers outside what a document can print (``NumberRange``).
extension InputMessages {
    static func numberOutOfRange(node: Node, whole: Bool, at location: SourceLocation) -> Diagnostic {
        let what = found(node)
        let low = ChileanNumber.format(whole ? 0 : -NumberRange.maximum)
        let high = ChileanNumber.format(NumberRange.maximum)
        let lowEN = low.replacingOccurrences(of: ".", with: ",")
        let highEN = high.replacingOccurrences(of: ".", with: ",")
        let isNegative = whole && (node.scalar?.string.trimmingCharacters(in: .whitespaces).hasPrefix("-") ?? false)
        let message =
            isNegative
            ? LocalizedMessage(
                es: "el número \(what.es) no puede ser negativo: se espera un número entero entre \(low) y \(high)",
                en: "the number \(what.en) cannot be negative: expected a whole number from \(lowEN) to \(highEN)")
            : LocalizedMessage(
                es: "el número \(what.es) está fuera del rango admitido (de \(low) a \(high))",
                en: "the number \(what.en) is outside the accepted range (\(lowEN) to \(highEN))")
        return Diagnostic(
            severity: .error, code: "CAL-IN-020", message: message, location: location,
            hint: LocalizedMessage(
                es: "revise la cifra: ¿se pegó un número de más o un signo «-»?",
                en: "check the figure: were extra digits or a «-» sign pasted?"))
    }

    static func notFinite(node: Node, at location: SourceLocation) -> Diagnostic {
        let what = found(node)
        return Diagnostic(
            severity: .error, code: "CAL-IN-021",
            message: LocalizedMessage(
                es: "\(what.es) no es una cifra que un documento pueda mostrar (es «no es un número» o «infinito»)",
                en: "\(what.en) is not a figure a document can show (it means «not a number» or «infinity»)"),
            location: location,
            hint: LocalizedMessage(
                es: "escriba la cifra, o borre la clave si el dato no existe",
                en: "write the figure, or delete the key if the figure does not exist"))
    }
}
