/// The elements whose nouns statements use, keys of `sustantivos:` in the catalogue.
enum NounKey: String, Hashable, Sendable, CaseIterable {
    case principio, objetivo, objetivo_institucional, relacion, termino, fortaleza, debilidad, riesgo, punto_critico, ambito
    case segmento, rol, linea_accion, actividad, parrafo, mision, vision
}

/// Grammatical gender, which the articles agree with (`masculino` / `femenino` in the catalogue).
enum NounGender: String, Hashable, Sendable, CaseIterable {
    case masculino, femenino
}

/// How the catalogue names one element: singular, plural and gender.
///
/// Grammar comes from this table and the articles of its language, never from replacing words in a
/// finished sentence.
struct PhraseNoun: Hashable, Sendable {
    /// "principio", "línea de acción".
    var singular: String
    /// "principios", "líneas de acción".
    var plural: String
    /// The gender its articles agree with.
    var gender: NounGender

    /// The fields of a noun in the file.
    static let fields = ["singular", "plural", "genero"]
}

/// The articles of one gender (`articulos:` in the catalogue).
struct PhraseArticles: Hashable, Sendable {
    /// "el" / "la".
    var definite: String
    /// "los" / "las".
    var definitePlural: String
    /// "del" / "de la".
    var ofDefinite: String
    /// "un nuevo" / "una nueva".
    var indefiniteNew: String

    /// The fields of an article set in the file, in this order.
    static let fields = ["el", "los", "del", "un_nuevo"]

    init(definite: String, definitePlural: String, ofDefinite: String, indefiniteNew: String) {
        self.definite = definite
        self.definitePlural = definitePlural
        self.ofDefinite = ofDefinite
        self.indefiniteNew = indefiniteNew
    }

    /// From the file's fields (every one of ``fields`` present).
    init(_ values: [String: String]) {
        self.init(definite: values["el"] ?? "", definitePlural: values["los"] ?? "",
                  ofDefinite: values["del"] ?? "", indefiniteNew: values["un_nuevo"] ?? "")
    }

    /// The placeholders a noun fills: `{elemento}`, `{el_elemento}` … (see ``PhraseKey/nounPlaceholders``).
    func forms(of noun: PhraseNoun) -> [String: String] {
        [
            "elemento": noun.singular, "elementos": noun.plural,
            "el_elemento": Self.join(definite, noun.singular), "los_elementos": Self.join(definitePlural, noun.plural),
            "del_elemento": Self.join(ofDefinite, noun.singular), "un_nuevo_elemento": Self.join(indefiniteNew, noun.singular),
        ]
    }

    /// An article and a noun; an article left empty (a language without one) adds no space.
    private static func join(_ article: String, _ noun: String) -> String {
        article.isEmpty ? noun : article + " " + noun
    }
}
