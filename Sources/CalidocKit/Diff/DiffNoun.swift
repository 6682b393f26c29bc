/// How a change statement names a kind of element, with the grammatical gender its Spanish articles
/// agree with ("el principio", "una nueva fortaleza", "de la línea de acción").
///
/// Grammar comes from this table, never from replacing words in a finished sentence.
struct DiffNoun: Sendable {
    /// Spanish grammatical gender.
    enum Gender: Sendable {
        case masculine, feminine
    }

    /// Spanish singular ("principio", "línea de acción").
    let es: String
    /// Its gender.
    let gender: Gender
    /// English singular.
    let en: String
    /// What the item's title is called, for items whose title is separate from their text
    /// ("el nombre" of a principle, "el título" of an objective).
    var titleName: (es: String, en: String)? = nil

    /// "el principio", "la fortaleza".
    var definite: String {
        switch gender {
        case .masculine: "el \(es)"
        case .feminine: "la \(es)"
        }
    }

    /// "del principio", "de la fortaleza".
    var ofDefinite: String {
        switch gender {
        case .masculine: "del \(es)"
        case .feminine: "de la \(es)"
        }
    }

    /// "un nuevo principio", "una nueva fortaleza".
    var indefiniteNew: String {
        switch gender {
        case .masculine: "un nuevo \(es)"
        case .feminine: "una nueva \(es)"
        }
    }

    static let principle = DiffNoun(es: "principio", gender: .masculine, en: "principle", titleName: ("el nombre", "name"))
    static let objective = DiffNoun(es: "objetivo", gender: .masculine, en: "objective", titleName: ("el título", "title"))
    static let institutionalObjective = DiffNoun(es: "objetivo estratégico institucional", gender: .masculine,
                                                 en: "institutional strategic objective")
    static let relation = DiffNoun(es: "texto de relación", gender: .masculine, en: "relation")
    static let term = DiffNoun(es: "término", gender: .masculine, en: "term")
    static let strength = DiffNoun(es: "fortaleza", gender: .feminine, en: "strength")
    static let weakness = DiffNoun(es: "debilidad", gender: .feminine, en: "weakness")
    static let risk = DiffNoun(es: "riesgo", gender: .masculine, en: "risk")
    static let criticalPoint = DiffNoun(es: "punto crítico", gender: .masculine, en: "critical point")
    static let priorityArea = DiffNoun(es: "ámbito prioritario", gender: .masculine, en: "priority area")
    static let activity = DiffNoun(es: "actividad", gender: .feminine, en: "activity")
    static let userGroup = DiffNoun(es: "grupo de personas usuarias", gender: .masculine, en: "user group")
    static let lineOfAction = DiffNoun(es: "línea de acción", gender: .feminine, en: "line of action")
    static let actorRole = DiffNoun(es: "rol", gender: .masculine, en: "role")
}

/// What a residual statement's fields belong to: "del principio N°2" / "of principle N°2".
struct DiffOwner: Sendable {
    /// Spanish, with its preposition and article ("del Diagnóstico").
    let es: String
    /// English ("of the diagnosis").
    let en: String

    /// "del principio N°2", "de la actividad A-1".
    init(_ noun: DiffNoun, label: String) {
        es = noun.ofDefinite + label
        en = "of \(noun.en)" + label
    }

    /// A phrase of its own.
    init(es: String, en: String) {
        self.es = es
        self.en = en
    }
}
