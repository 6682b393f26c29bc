/// One entry of the phrase catalogue (`Templates/frases/<idioma>.yaml`): a change kind of one
/// element, or a word a statement is built from.
///
/// Every statement the diff writes goes through a key, and ``allCases`` lists every key, so a test
/// can check that both languages' catalogues have an entry for everything the code can emit
/// (coverage by construction). In the file a key is `frases.<group>.<name>`.
enum PhraseKey: Hashable, Sendable, CaseIterable {
    /// Items with a title and a text, or a text alone (principles, objectives, terms, findings …).
    case item(ItemElement, ItemPhrase)
    /// The mission or the vision.
    case strategic(StrategicText, StrategicPhrase)
    /// The relation written out objective by objective for the first time.
    case relationsWrittenOut
    /// User segments.
    case segment(SegmentPhrase)
    /// Actors and their roles.
    case actor(ActorPhrase)
    /// Lines of action.
    case line(LinePhrase)
    /// Activities of the improvement plan.
    case activity(ActivityPhrase)
    /// Paragraphs of introductions, closings and the context.
    case paragraph(ParagraphPhrase)
    /// A whole document added or removed.
    case document(DocumentPhrase)
    /// A field no specific rule covers.
    case field(FieldPhrase)
    /// A segment's field as statements name it, with its article or bare.
    case segmentField(SegmentField, SegmentFieldForm)
    /// An activity's field as statements name it.
    case activityField(ActivityField)
    /// A document's name ("el Plan de Mejoramiento").
    case documentName(DocumentName)
    /// What a field belongs to when it is a whole file ("del Diagnóstico").
    case owner(OwnerName)

    /// Every key, in the catalogue's order.
    static var allCases: [PhraseKey] {
        var keys: [PhraseKey] = []
        for element in ItemElement.allCases {
            keys += ItemPhrase.allCases.filter { $0 != .renombrado || element.hasSeparateTitle }.map { .item(element, $0) }
        }
        for text in StrategicText.allCases { keys += StrategicPhrase.allCases.map { .strategic(text, $0) } }
        keys.append(.relationsWrittenOut)
        keys += SegmentPhrase.allCases.map(PhraseKey.segment)
        keys += ActorPhrase.allCases.map(PhraseKey.actor)
        keys += LinePhrase.allCases.map(PhraseKey.line)
        keys += ActivityPhrase.allCases.map(PhraseKey.activity)
        keys += ParagraphPhrase.allCases.map(PhraseKey.paragraph)
        keys += DocumentPhrase.allCases.map(PhraseKey.document)
        keys += FieldPhrase.allCases.map(PhraseKey.field)
        for field in SegmentField.allCases { keys += SegmentFieldForm.allCases.map { .segmentField(field, $0) } }
        keys += ActivityField.allCases.map(PhraseKey.activityField)
        keys += DocumentName.allCases.map(PhraseKey.documentName)
        keys += OwnerName.allCases.map(PhraseKey.owner)
        return keys
    }

    /// The group in the file (`frases.<group>`).
    var group: String {
        switch self {
        case .item(let element, _): element.rawValue
        case .strategic(let text, _): text.rawValue
        case .relationsWrittenOut: ItemElement.relacion.rawValue
        case .segment: "segmento"
        case .actor: "rol"
        case .line: "linea_accion"
        case .activity: "actividad"
        case .paragraph: "parrafo"
        case .document: "documento"
        case .field: "campo"
        case .segmentField: "campos_segmento"
        case .activityField: "campos_actividad"
        case .documentName: "documentos"
        case .owner: "propietarios"
        }
    }

    /// The entry's name inside its group.
    var name: String {
        switch self {
        case .item(_, let phrase): phrase.rawValue
        case .strategic(_, let phrase): phrase.rawValue
        case .relationsWrittenOut: "agregado_general"
        case .segment(let phrase): phrase.rawValue
        case .actor(let phrase): phrase.rawValue
        case .line(let phrase): phrase.rawValue
        case .activity(let phrase): phrase.rawValue
        case .paragraph(let phrase): phrase.rawValue
        case .document(let phrase): phrase.rawValue
        case .field(let phrase): phrase.rawValue
        case .segmentField(let field, let form): form == .conArticulo ? field.rawValue : field.rawValue + "_solo"
        case .activityField(let field): field.rawValue
        case .documentName(let name): name.rawValue
        case .owner(let name): name.rawValue
        }
    }

    /// `group.name`, as messages name the entry.
    var path: String { "\(group).\(name)" }

    /// The noun whose forms (`{elemento}`, `{el_elemento}` …) the entry may use.
    var noun: NounKey? {
        switch self {
        case .item(let element, _): element.noun
        case .strategic(let text, _): text.noun
        case .relationsWrittenOut: .relacion
        case .segment: .segmento
        case .actor: .rol
        case .line: .linea_accion
        case .activity: .actividad
        case .paragraph: .parrafo
        case .document, .field, .segmentField, .activityField, .documentName, .owner: nil
        }
    }
}

/// Elements compared as numbered or titled items (`numberedItems`).
enum ItemElement: String, Hashable, Sendable, CaseIterable {
    case principio, objetivo, objetivo_institucional, relacion, termino, fortaleza, debilidad, riesgo, punto_critico, ambito

    /// Its noun in the table.
    var noun: NounKey {
        switch self {
        case .principio: .principio
        case .objetivo: .objetivo
        case .objetivo_institucional: .objetivo_institucional
        case .relacion: .relacion
        case .termino: .termino
        case .fortaleza: .fortaleza
        case .debilidad: .debilidad
        case .riesgo: .riesgo
        case .punto_critico: .punto_critico
        case .ambito: .ambito
        }
    }

    /// Whether its title is separate from its text, so a renamed item has its own statement
    /// ("Se modifica el nombre del principio …").
    var hasSeparateTitle: Bool {
        switch self {
        case .principio, .objetivo: true
        case .objetivo_institucional, .relacion, .termino, .fortaleza, .debilidad, .riesgo, .punto_critico, .ambito: false
        }
    }
}

/// What happened to an item.
enum ItemPhrase: String, Hashable, Sendable, CaseIterable {
    case agregado, eliminado, modificado, modificado_con_motivo, renombrado, incorporando, eliminando, reemplazando, movido
    /// How statements on one of its fields name it ("del principio N°2").
    case referencia
}

/// The mission and the vision.
enum StrategicText: String, Hashable, Sendable, CaseIterable {
    case mision, vision

    var noun: NounKey {
        switch self {
        case .mision: .mision
        case .vision: .vision
        }
    }
}

/// What happened to the mission or vision.
enum StrategicPhrase: String, Hashable, Sendable, CaseIterable {
    case agregado, eliminado, modificado
}

/// Statements on user segments.
enum SegmentPhrase: String, Hashable, Sendable, CaseIterable {
    case agregado, eliminado, modificado, movido, referencia
    /// Most segments changed: how many, and which fields.
    case agregado_general
    /// Most segments gained fields (number, characteristics, examples).
    case incorporados
    /// … and how the institution relates to them.
    case incorporados_con_vinculacion
    /// How those statements name the institution when it has an acronym ("el GORE").
    case institucion
}

/// Statements on actors.
enum ActorPhrase: String, Hashable, Sendable, CaseIterable {
    case agregado, eliminado, renombrado, involucramiento, rol_modificado, movido, referencia
    /// The detail lines under a new role.
    case detalle_actor, detalle_rol, detalle_responsabilidades
    case responsabilidad_agregada, responsabilidades_agregadas, responsabilidad_eliminada, responsabilidades_eliminadas
    case responsabilidad_incorporando, responsabilidad_eliminando, responsabilidad_reemplazando
}

/// Statements on lines of action.
enum LinePhrase: String, Hashable, Sendable, CaseIterable {
    case agregado, eliminado, renombrado, modificado, movido, referencia
}

/// Statements on plan activities.
enum ActivityPhrase: String, Hashable, Sendable, CaseIterable {
    case agregado, eliminado, modificado, movido, referencia
}

/// Statements on paragraphs.
enum ParagraphPhrase: String, Hashable, Sendable, CaseIterable {
    case agregado, agregado_con_motivo, eliminado, ampliado, modificado
}

/// A whole document added or removed.
enum DocumentPhrase: String, Hashable, Sendable, CaseIterable {
    case agregado, eliminado
}

/// Statements on fields no specific rule covers.
enum FieldPhrase: String, Hashable, Sendable, CaseIterable {
    case agregado, eliminado, modificado
    /// Changed, with no value to quote on either side.
    case modificado_sin_valores
    /// What the statement calls a change at the top of a file ("el contenido").
    case contenido
}

/// A segment's fields, in the order statements name them.
enum SegmentField: String, Hashable, Sendable, CaseIterable {
    case nombre, caracteristicas, numero_aproximado, ejemplos, vinculacion
}

/// A field named with its article ("el nombre") or bare ("nombre").
enum SegmentFieldForm: Hashable, Sendable, CaseIterable {
    case conArticulo, solo
}

/// An activity's fields, in the order statements name them.
enum ActivityField: String, Hashable, Sendable, CaseIterable {
    case descripcion, prioridad, area_responsable, poblacion_objetivo, plazo, justificacion_prioridad, vinculacion, meta, indicador
}

/// The documents a version may add or remove.
enum DocumentName: String, Hashable, Sendable, CaseIterable {
    case politica, plan, diagnostico, informe
}

/// Whole files whose fields are compared one by one.
enum OwnerName: String, Hashable, Sendable, CaseIterable {
    case politica, plan, diagnostico, informe, institucion, participacion
}
