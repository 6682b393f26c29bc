extension PhraseKey {
    /// The forms of an entry's noun every entry with a noun may use.
    static let nounPlaceholders: Set<String> = ["elemento", "elementos", "el_elemento", "los_elementos", "del_elemento", "un_nuevo_elemento"]

    /// The placeholders the entry may use (besides its noun's forms and their capitalised
    /// variants, `{El_elemento}` …). Quoted texts come quoted with the chosen marks; `{motivo}` is
    /// «, » and the reason, or nothing when the change has none.
    var placeholders: Set<String> {
        let own = ownPlaceholders
        return noun == nil ? own : own.union(Self.nounPlaceholders)
    }

    private var ownPlaceholders: Set<String> {
        let item: Set<String> = ["titulo", "titulo_nuevo", "numero", "numero_nuevo"]
        switch self {
        case .item(_, let phrase):
            switch phrase {
            case .agregado: return ["texto", "titulo", "numero_nuevo", "motivo"]
            case .eliminado: return ["texto", "titulo", "numero"]
            case .modificado, .modificado_con_motivo: return item.union(["texto", "texto_anterior", "motivo"])
            case .renombrado, .movido, .referencia: return item
            case .incorporando, .eliminando: return item.union(["texto", "palabras"])
            case .reemplazando: return item.union(["texto", "anterior", "nuevo"])
            }
        case .strategic(_, let phrase):
            switch phrase {
            case .agregado, .modificado: return ["texto"]
            case .eliminado: return []
            }
        case .relationsWrittenOut:
            return []
        case .segment(let phrase):
            switch phrase {
            case .agregado: return ["titulo", "numero_nuevo", "motivo"]
            case .eliminado: return ["titulo", "numero"]
            case .modificado: return item.union(["campos", "motivo"])
            case .movido, .referencia: return item
            case .agregado_general: return ["cuantos", "total", "campos"]
            case .incorporados: return ["campos"]
            case .incorporados_con_vinculacion: return ["campos", "institucion"]
            case .institucion: return ["sigla"]
            }
        case .actor(let phrase):
            let named: Set<String> = ["actor", "nombre_actor", "motivo"]
            switch phrase {
            case .agregado: return ["nombre_actor", "motivo"]
            case .eliminado: return ["nombre_actor"]
            case .renombrado: return named.union(["actor_anterior"])
            case .involucramiento: return named.union(["anterior", "nuevo"])
            case .rol_modificado: return named.union(["rol"])
            case .movido, .referencia: return item.union(["nombre_actor"])
            case .detalle_actor: return ["nombre_actor"]
            case .detalle_rol: return ["involucramiento", "rol"]
            case .detalle_responsabilidades: return []
            case .responsabilidad_agregada, .responsabilidad_eliminada: return named.union(["texto"])
            case .responsabilidades_agregadas, .responsabilidades_eliminadas: return named
            case .responsabilidad_incorporando, .responsabilidad_eliminando: return named.union(["texto", "palabras"])
            case .responsabilidad_reemplazando: return named.union(["texto", "anterior", "nuevo"])
            }
        case .line(let phrase):
            switch phrase {
            case .agregado: return ["titulo", "numero_nuevo", "motivo"]
            case .eliminado: return ["titulo", "numero"]
            case .renombrado, .modificado: return item.union(["motivo"])
            case .movido, .referencia: return item
            }
        case .activity(let phrase):
            switch phrase {
            case .agregado: return ["id", "titulo", "motivo"]
            case .eliminado: return ["id", "titulo"]
            case .modificado: return ["id", "campos", "motivo"]
            case .movido, .referencia: return item.union(["id"])
            }
        case .paragraph(let phrase):
            switch phrase {
            case .agregado: return ["texto"]
            case .agregado_con_motivo: return ["texto", "motivo_texto"]
            case .eliminado: return ["texto"]
            case .ampliado: return ["inicio", "palabras", "motivo"]
            case .modificado: return ["texto", "motivo"]
            }
        case .document:
            return ["documento"]
        case .field(let phrase):
            switch phrase {
            case .agregado: return ["campo", "de", "nuevo", "motivo"]
            case .eliminado: return ["campo", "de", "anterior", "motivo"]
            case .modificado: return ["campo", "de", "anterior", "nuevo", "motivo"]
            case .modificado_sin_valores: return ["campo", "de", "motivo"]
            case .contenido: return []
            }
        case .segmentField, .activityField, .documentName, .owner:
            return []
        }
    }
}
