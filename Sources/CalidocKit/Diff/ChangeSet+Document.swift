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
        let context = ChangeDocumentContext(
            institucion: workspace.manifest.institucion.nombre,
            versionAnterior: versionAnterior,
            versionNueva: versionNueva,
            etiquetas: ChangeDocumentContext.Labels(
                titulo: title,
                versiones: language.pick("versiones", "versions"),
                sinCambios: language.pick("No hay diferencias entre las versiones.", "The versions do not differ."),
                trazabilidad: language.pick("Recomendaciones de la Red de Expertos y cambios que las atienden",
                                            "Red de Expertos recommendations and the changes that answer them"),
                sinRespuesta: language.pick("Ningún cambio atiende esta recomendación.", "No change answers this recommendation.")),
            secciones: templateSections(),
            tieneRecomendaciones: !recomendaciones.isEmpty,
            recomendaciones: recomendaciones.map {
                ChangeDocumentContext.Trace(texto: $0.texto, cambios: $0.cambios, tieneCambios: !$0.cambios.isEmpty)
            })
        let blocks = try builder.render(template: "cambios", record: context)
        var metadata = DocumentBuilder.metadata(kind: .politica, title: title, workspace: workspace)
        metadata.kind = "cambios"
        metadata.footerText = "\(title) — \(versionAnterior) → \(versionNueva)"
        return Document(metadata: metadata, blocks: blocks)
    }

    /// The sections with Roman numerals and their changes, as the change and deck templates read them.
    func templateSections() -> [ChangeSectionContext] {
        secciones.enumerated().map { index, section in
            ChangeSectionContext(
                clave: section.clave, romano: RomanNumeral.upper(index + 1), titulo: section.titulo,
                cambios: section.cambios.map(ChangeContext.init))
        }
    }

    /// The stable JSON form (sorted keys).
    public func json() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return [UInt8](try encoder.encode(self)) + [10]
    }
}

/// The template context of the change statements (`cambios.mustache`).
struct ChangeDocumentContext: TemplateRecord {
    let institucion: String
    let versionAnterior: String
    let versionNueva: String
    let etiquetas: Labels
    let secciones: [ChangeSectionContext]
    let tieneRecomendaciones: Bool
    let recomendaciones: [Trace]

    /// The document's fixed words, in the language asked for.
    struct Labels: TemplateRecord {
        let titulo: String
        let versiones: String
        let sinCambios: String
        let trazabilidad: String
        let sinRespuesta: String
    }

    /// A Red de Expertos recommendation and the changes (their ids) that answer it.
    struct Trace: TemplateRecord {
        let texto: String
        let cambios: [String]
        let tieneCambios: Bool
    }
}

/// One section of changes, numbered, as the change and deck templates read it.
struct ChangeSectionContext: TemplateRecord {
    let clave: String
    let romano: String
    let titulo: String
    let cambios: [ChangeContext]
}

/// One change for the template: the ready-made statement plus every raw field, so an override
/// template can word (and quote) its statements itself. Fields the change lacks are absent.
struct ChangeContext: TemplateRecord {
    let enunciado: String
    let tipo: String
    let elemento: String
    let detalles: [TemplateContext.PlainItem]
    let tieneLista: Bool
    let lista: [TemplateContext.PlainItem]
    let respondeA: [String]
    let id: String?
    let numeroAnterior: String?
    let numeroNuevo: String?
    let textoAnterior: String?
    let textoNuevo: String?
    let tituloAnterior: String?
    let tituloNuevo: String?
    let textoAgregado: String?
    let motivo: String?

    init(_ change: Change) {
        enunciado = change.enunciado
        tipo = change.tipo.rawValue
        elemento = change.elemento
        detalles = change.detalles.map(TemplateContext.PlainItem.init)
        tieneLista = !change.lista.isEmpty
        lista = change.lista.map(TemplateContext.PlainItem.init)
        respondeA = change.respondeA
        id = change.id
        numeroAnterior = change.numeroAnterior.map(String.init)
        numeroNuevo = change.numeroNuevo.map(String.init)
        textoAnterior = change.textoAnterior
        textoNuevo = change.textoNuevo
        tituloAnterior = change.tituloAnterior
        tituloNuevo = change.tituloNuevo
        textoAgregado = change.textoAgregado
        motivo = change.motivo
    }
}
