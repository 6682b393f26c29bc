// The JSON form of a change set (`calidoc diff --format json`, `cambios.schema.json`): keys that
// hold nothing are left out — `nil` values and empty lists alike — and read back as empty.

extension ChangeSet {
    enum CodingKeys: String, CodingKey {
        case schemaVersion, versionAnterior, versionNueva, secciones, recomendaciones
    }

    /// Reads the JSON form; a missing `recomendaciones` is an empty list.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
        versionAnterior = try container.decode(String.self, forKey: .versionAnterior)
        versionNueva = try container.decode(String.self, forKey: .versionNueva)
        secciones = try container.decode([SectionChanges].self, forKey: .secciones)
        recomendaciones = try container.decodeIfPresent([RecommendationTrace].self, forKey: .recomendaciones) ?? []
    }

    /// Writes the JSON form, without an empty `recomendaciones`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schemaVersion, forKey: .schemaVersion)
        try container.encode(versionAnterior, forKey: .versionAnterior)
        try container.encode(versionNueva, forKey: .versionNueva)
        try container.encode(secciones, forKey: .secciones)
        if !recomendaciones.isEmpty { try container.encode(recomendaciones, forKey: .recomendaciones) }
    }
}

extension Change {
    enum CodingKeys: String, CodingKey {
        case tipo, elemento, id, numeroAnterior, numeroNuevo, textoAnterior, textoNuevo, tituloAnterior, tituloNuevo
        case textoAgregado, motivo, respondeA, enunciado, detalles, lista
    }

    /// Reads the JSON form; missing lists are empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        tipo = try container.decode(Kind.self, forKey: .tipo)
        elemento = try container.decode(String.self, forKey: .elemento)
        id = try container.decodeIfPresent(String.self, forKey: .id)
        numeroAnterior = try container.decodeIfPresent(Int.self, forKey: .numeroAnterior)
        numeroNuevo = try container.decodeIfPresent(Int.self, forKey: .numeroNuevo)
        textoAnterior = try container.decodeIfPresent(String.self, forKey: .textoAnterior)
        textoNuevo = try container.decodeIfPresent(String.self, forKey: .textoNuevo)
        tituloAnterior = try container.decodeIfPresent(String.self, forKey: .tituloAnterior)
        tituloNuevo = try container.decodeIfPresent(String.self, forKey: .tituloNuevo)
        textoAgregado = try container.decodeIfPresent(String.self, forKey: .textoAgregado)
        motivo = try container.decodeIfPresent(String.self, forKey: .motivo)
        respondeA = try container.decodeIfPresent([String].self, forKey: .respondeA) ?? []
        enunciado = try container.decode(String.self, forKey: .enunciado)
        detalles = try container.decodeIfPresent([String].self, forKey: .detalles) ?? []
        lista = try container.decodeIfPresent([String].self, forKey: .lista) ?? []
    }

    /// Writes the JSON form: absent values and empty lists are left out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(tipo, forKey: .tipo)
        try container.encode(elemento, forKey: .elemento)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encodeIfPresent(numeroAnterior, forKey: .numeroAnterior)
        try container.encodeIfPresent(numeroNuevo, forKey: .numeroNuevo)
        try container.encodeIfPresent(textoAnterior, forKey: .textoAnterior)
        try container.encodeIfPresent(textoNuevo, forKey: .textoNuevo)
        try container.encodeIfPresent(tituloAnterior, forKey: .tituloAnterior)
        try container.encodeIfPresent(tituloNuevo, forKey: .tituloNuevo)
        try container.encodeIfPresent(textoAgregado, forKey: .textoAgregado)
        try container.encodeIfPresent(motivo, forKey: .motivo)
        if !respondeA.isEmpty { try container.encode(respondeA, forKey: .respondeA) }
        try container.encode(enunciado, forKey: .enunciado)
        if !detalles.isEmpty { try container.encode(detalles, forKey: .detalles) }
        if !lista.isEmpty { try container.encode(lista, forKey: .lista) }
    }
}

extension RecommendationTrace {
    enum CodingKeys: String, CodingKey {
        case id, texto, seccion, cambios
    }

    /// Reads the JSON form; a missing `cambios` is an empty list (no change answers it).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        texto = try container.decode(String.self, forKey: .texto)
        seccion = try container.decode(String.self, forKey: .seccion)
        cambios = try container.decodeIfPresent([String].self, forKey: .cambios) ?? []
    }

    /// Writes the JSON form, without an empty `cambios`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(texto, forKey: .texto)
        try container.encode(seccion, forKey: .seccion)
        if !cambios.isEmpty { try container.encode(cambios, forKey: .cambios) }
    }
}
