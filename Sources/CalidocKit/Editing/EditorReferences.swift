/// What an id written in an input refers to (the same pairs as ``ReferenceRule``, plus the
/// recommendations answered and the Plan activity an Informe entry reports on).
enum EditorReferenceKind: Equatable {
    /// `definiciones_estrategicas.objetivos` of the Política.
    case strategicObjective
    /// `objetivos.items` of the Política.
    case policyObjective
    /// `directrices.items` of the Política.
    case guideline
    /// `ambitos_prioritarios` of the Diagnóstico.
    case priorityArea
    /// Recommendations of the Red de Expertos and participation instances.
    case answered
    /// `actividades` of the Plan.
    case planActivity

    /// The reference a key holds in `file`, if any.
    static func forKey(_ key: String, file: InputFile) -> EditorReferenceKind? {
        switch (key, file) {
        case ("objetivos_institucionales", .politica): .strategicObjective
        case ("objetivos_politica", .politica): .policyObjective
        case ("ambitos", .politica), ("ambito", .plan): .priorityArea
        case ("objetivo", .plan): .policyObjective
        case ("directriz", .plan): .guideline
        case ("actividad", .avance): .planActivity
        case ("responde_a", _): .answered
        default: nil
        }
    }
}

/// One item that can be referred to: its id and the words the person recognises it by.
struct EditorChoice: Equatable {
    var id: String
    var title: String
}

/// The items each reference can choose from: those of the file being edited (its current text,
/// so a new objective can be chosen before saving) and those of the other files of the workspace.
struct EditorReferenceCatalog {
    private var choices: [EditorReferenceKind: [EditorChoice]] = [:]

    init(file: InputFile, current: EditorValue?, workspace: Workspace?) {
        let policy = workspace?.policy
        choices[.strategicObjective] = (policy?.definicionesEstrategicas.objetivos ?? []).map { EditorChoice(id: $0.id, title: $0.texto) }
        choices[.policyObjective] = (policy?.objetivos.items ?? []).compactMap { item in item.id.map { EditorChoice(id: $0, title: item.titulo) } }
        choices[.guideline] = (policy?.directrices.items ?? []).compactMap { item in item.id.map { EditorChoice(id: $0, title: item.titulo) } }
        choices[.priorityArea] = (workspace?.diagnosis?.ambitosPrioritarios ?? []).map { EditorChoice(id: $0.id, title: $0.nombre) }
        choices[.planActivity] = (workspace?.plan?.actividades ?? []).map { EditorChoice(id: $0.id, title: $0.nombre) }
        let recommendations = (workspace?.recommendations?.items ?? []).map { EditorChoice(id: $0.id, title: $0.texto) }
        let instances = (workspace?.participation?.instancias ?? []).compactMap { item in item.id.map { EditorChoice(id: $0, title: item.nombre) } }
        choices[.answered] = recommendations + instances
        guard let current else { return }
        // The file being edited is read from its current text, which may be ahead of the workspace.
        switch file {
        case .politica:
            choices[.strategicObjective] = Self.items(current["definiciones_estrategicas"]?["objetivos"], title: "texto")
            choices[.policyObjective] = Self.items(current["objetivos"]?["items"], title: "titulo")
            choices[.guideline] = Self.items(current["directrices"]?["items"], title: "titulo")
        case .plan: choices[.planActivity] = Self.items(current["actividades"], title: "nombre")
        case .diagnostico: choices[.priorityArea] = Self.items(current["ambitos_prioritarios"], title: "nombre")
        case .recomendaciones:
            choices[.answered] = Self.items(current["items"], title: "texto") + instances
        case .participacion:
            choices[.answered] = recommendations + Self.items(current["instancias"], title: "nombre")
        case .manifest, .avance, .sesion: break
        }
    }

    /// The items of `kind`, in their documents' order.
    func choices(_ kind: EditorReferenceKind) -> [EditorChoice] { choices[kind] ?? [] }

    private static func items(_ list: EditorValue?, title: String) -> [EditorChoice] {
        (list?.items ?? []).compactMap { item in
            guard let id = item["id"]?.scalar, !id.isEmpty else { return nil }
            return EditorChoice(id: id, title: item[title]?.scalar ?? id)
        }
    }
}
