import Foundation

/// The small rules of Spanish the Política's generated text follows, shared by the template
/// context (which writes the text) and validation (which says when a typed text cannot be shown
/// as typed).
enum PolicyText {
    /// What goes between a leading title and its continuation: a comma, unless the title already
    /// ends in punctuation ("claro." must not become "claro.,").
    static func separator(after title: String) -> String {
        guard let last = title.trimmingCharacters(in: .whitespaces).last else { return "," }
        return ".,;:!?…".contains(last) ? "" : ","
    }

    /// A text as quoted in a generated sentence: markup removed, paragraphs and line breaks as
    /// single spaces, and without its closing period (the sentence supplies the punctuation, as in
    /// `*“…receptivo”* tiene directa relación`).
    static func quotation(_ text: String) -> String {
        // Paragraph by paragraph, as the document reads the text.
        let plain = RichText.paragraphSources(text).map(RichText.plain).joined(separator: " ")
        var quoted = plain.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        while let last = quoted.last, last == "." || last == " " { quoted.removeLast() }
        return quoted
    }

    /// The fewest words a text must have to count as stated by a paragraph that contains it.
    static let minimumStatedWords = 4

    /// Whether `text` already appears (ignoring markup, line breaks and letter case) in one of
    /// `paragraphs`, and is long enough (``minimumStatedWords``) for that to mean it is stated there.
    static func isStated(_ text: String, in paragraphs: [String]) -> Bool {
        let wanted = normalized(text)
        // Only a blank text has nothing to print; "..." normalises to nothing but was typed.
        guard !wanted.isEmpty else { return text.allSatisfy(\.isWhitespace) }
        // A few words found inside a paragraph are not the statement ("1.0 ..." is "1.0" once
        // normalised, and a context may well say "1.0"): a short text is printed, at worst twice,
        // never lost.
        guard wanted.split(separator: " ").count >= minimumStatedWords else { return false }
        return paragraphs.contains { normalized($0).contains(wanted) }
    }

    /// Plain words separated by single spaces, lower-cased, without a closing period.
    static func normalized(_ text: String) -> String {
        quotation(text).lowercased()
    }

    /// The involvement label a role was typed with ("Involucrado en la gobernanza de la Política:"),
    /// or `nil` when the role starts with its own words.
    static func typedInvolvementLabel(_ role: String) -> String? {
        let trimmed = role.trimmingCharacters(in: .whitespacesAndNewlines)
        let folded = trimmed.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "es"))
        guard folded.hasPrefix("involucrad"), let colon = trimmed.firstIndex(of: ":") else { return nil }
        return String(trimmed[..<colon])
    }

    /// The positions of the policy objectives no relation of section IV names but that are linked
    /// to institutional objectives: section IV writes their relation itself, so that it covers
    /// every objective (one without links is an error of validation, R-OBJ-01).
    static func unrelatedObjectives(_ policy: Policy) -> [Int] {
        let related = Set((policy.relacion.relaciones ?? []).flatMap(\.objetivosPolitica))
        return policy.objetivos.items.indices.filter { index in
            let objective = policy.objetivos.items[index]
            return !(objective.id.map(related.contains) ?? false) && !(objective.objetivosInstitucionales ?? []).isEmpty
        }
    }
}
