import Foundation

extension ChangeSet {
    /// The change statements as a format-neutral ``Document``, through `Templates/cambios.mustache`
    /// (or the workspace's override), so every writer can output them.
    public func document(for workspace: ValidatedWorkspace, language: MessageLanguage = .es) throws -> Document {
        try document(for: workspace.workspace, language: language)
    }

    /// ``document(for:language:)`` on a decoded workspace.
    func document(for workspace: Workspace, language: MessageLanguage = .es) throws -> Document {
        let builder = try DocumentBuilder(workspace: workspace)
        let title = language.pick("Cambios entre versiones", "Changes between versions")
        let context: [String: Any] = [
            "institucion": workspace.manifest.institucion.nombre,
            "version_anterior": versionAnterior,
            "version_nueva": versionNueva,
            "etiquetas": [
                "titulo": title,
                "versiones": language.pick("versiones", "versions"),
                "sin_cambios": language.pick("No hay diferencias entre las versiones.", "The versions do not differ."),
                "trazabilidad": language.pick("Recomendaciones de la Red de Expertos y cambios que las atienden",
                                              "Red de Expertos recommendations and the changes that answer them"),
                "sin_respuesta": language.pick("Ningún cambio atiende esta recomendación.", "No change answers this recommendation."),
            ],
            "secciones": templateSections(),
            "tiene_recomendaciones": !recomendaciones.isEmpty,
            "recomendaciones": recomendaciones.map {
                ["texto": $0.texto, "cambios": $0.cambios, "tiene_cambios": !$0.cambios.isEmpty] as [String: Any]
            },
        ]
        let blocks = try builder.render(template: "cambios", context: context)
        var metadata = DocumentBuilder.metadata(kind: .politica, title: title, workspace: workspace)
        metadata.kind = "cambios"
        metadata.footerText = "\(title) — \(versionAnterior) → \(versionNueva)"
        return Document(metadata: metadata, blocks: blocks)
    }

    /// The sections with Roman numerals and their changes, as the change and deck templates read them.
    func templateSections() -> [[String: Any]] {
        secciones.enumerated().map { index, section in
            [
                "clave": section.clave, "romano": RomanNumeral.upper(index + 1), "titulo": section.titulo,
                "cambios": section.cambios.map(Self.templateContext),
            ]
        }
    }

    /// One change for the template: the ready-made statement plus every raw field, so an override
    /// template can word (and quote) its statements itself.
    static func templateContext(_ change: Change) -> [String: Any] {
        var context: [String: Any] = [
            "enunciado": change.enunciado, "tipo": change.tipo.rawValue, "elemento": change.elemento,
            "detalles": change.detalles.map { ["texto": $0] }, "tiene_lista": !change.lista.isEmpty,
            "lista": change.lista.map { ["texto": $0] }, "responde_a": change.respondeA,
        ]
        let optional: [(String, Any?)] = [
            ("id", change.id), ("numero_anterior", change.numeroAnterior), ("numero_nuevo", change.numeroNuevo),
            ("texto_anterior", change.textoAnterior), ("texto_nuevo", change.textoNuevo),
            ("titulo_anterior", change.tituloAnterior), ("titulo_nuevo", change.tituloNuevo),
            ("texto_agregado", change.textoAgregado), ("motivo", change.motivo),
        ]
        for (key, value) in optional { if let value { context[key] = value } }
        return context
    }

    /// The stable JSON form (sorted keys).
    public func json() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return [UInt8](try encoder.encode(self)) + [10]
    }
}
