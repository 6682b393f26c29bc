/// A catalogue entry's text, split into literal text and `{placeholder}`s.
///
/// A placeholder is a name of letters and «_» between braces; a name starting with a capital
/// letter gives its value with the first letter capitalised (`{El_elemento}` → "El principio").
struct PhraseText: Hashable, Sendable {
    /// A piece of the text.
    enum Part: Hashable, Sendable {
        case literal(String)
        /// A placeholder's name (lower-case first letter) and whether it is capitalised.
        case placeholder(String, capitalized: Bool)
    }

    /// The pieces, in order.
    let parts: [Part]

    /// A problem found while splitting: its offset (in characters) from the start of the text.
    struct Problem: Error, Hashable {
        let offset: Int
        let message: LocalizedMessage
    }

    /// Splits `text`.
    ///
    /// - Throws: ``Problem`` for a «{» that is never closed, a «}» with no «{», or a name that is
    ///   not letters and «_».
    init(parsing text: String) throws(Problem) {
        var parts: [Part] = []
        var literal = ""
        var index = text.startIndex
        var offset = 0
        while index < text.endIndex {
            let character = text[index]
            if character == "}" {
                throw Problem(offset: offset, message: LocalizedMessage(
                    es: "hay una «}» sin su «{»", en: "there is a «}» without its «{»"))
            }
            guard character == "{" else {
                literal.append(character)
                index = text.index(after: index)
                offset += 1
                continue
            }
            guard let close = text[index...].firstIndex(of: "}") else {
                throw Problem(offset: offset, message: LocalizedMessage(
                    es: "la «{» no se cierra con «}»", en: "the «{» is never closed with «}»"))
            }
            let name = String(text[text.index(after: index)..<close])
            guard let first = name.first, name.allSatisfy({ $0.isLetter || $0 == "_" }) else {
                throw Problem(offset: offset, message: LocalizedMessage(
                    es: "«{\(name)}» no es un marcador: entre llaves va solo un nombre, como {texto}",
                    en: "«{\(name)}» is not a placeholder: braces hold just a name, like {texto}"))
            }
            if !literal.isEmpty { parts.append(.literal(literal)) }
            literal = ""
            parts.append(.placeholder(first.lowercased() + name.dropFirst(), capitalized: first.isUppercase))
            offset += name.count + 2
            index = text.index(after: close)
        }
        if !literal.isEmpty { parts.append(.literal(literal)) }
        self.parts = parts
    }

    /// The placeholders' names with their offsets, as written (capitalised ones too).
    var placeholderNames: [String] {
        parts.compactMap { part in
            switch part {
            case .literal: nil
            case .placeholder(let name, let capitalized): capitalized ? name.prefixCapitalized : name
            }
        }
    }

    /// The text with each placeholder replaced by its value (a missing value is empty).
    func render(_ values: [String: String]) -> String {
        var text = ""
        for part in parts {
            switch part {
            case .literal(let literal): text += literal
            case .placeholder(let name, let capitalized):
                let value = values[name] ?? ""
                text += capitalized ? value.prefixCapitalized : value
            }
        }
        return text
    }
}
