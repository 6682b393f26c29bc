/// The template context of the resolución exenta approving the Política or the Plan (`resolucion.mustache`).
struct ResolutionContext: TemplateRecord {
    let titulo: String
    let institucion: TemplateContext.InstitutionKeys
    let version: TemplateContext.VersionKeys
    let pmg: TemplateContext.PMGKeys
    let numero: String
    let ciudad: String
    let fechaLarga: String
    let documento: String
    let documentoMayusculas: String
    let vistosHtml: SafeHTML
    let considerandos: [Clause]
    let resuelvo: [Clause]
    let firmante: String
    let cargo: String
    let distribucion: [TemplateContext.PlainItem]
    let tieneDistribucion: Bool
    /// The files approved, with their SHA-256 (filled by the build, which knows them).
    var archivos: [ApprovedFile]
    var tieneArchivos: Bool

    /// A numbered «considerando» or «resuelvo» clause.
    struct Clause: TemplateRecord {
        let numero: String
        let html: SafeHTML
    }

    /// A file the resolution approves.
    struct ApprovedFile: TemplateRecord {
        let nombre: String
        let sha256: String
    }
}

extension TemplateContext {
    static func resolution(
        _ resolution: Resolution, workspace: Workspace, approvedFiles: [(name: String, sha256: String)] = []
    ) -> ResolutionContext {
        let manifest = workspace.manifest
        let approved: String
        switch resolution.documento {
        case .politica: approved = workspace.policy?.titulo ?? "Política de Calidad de Servicio y Experiencia Usuaria"
        case .plan: approved = workspace.plan?.titulo ?? "Plan de Mejoramiento de la Calidad de Servicio y Experiencia Usuaria"
        case .informe: approved = workspace.progress?.titulo ?? "Informe de resultados del Plan de Mejoramiento"
        case .diagnostico: approved = workspace.diagnosis?.titulo ?? "Diagnóstico de Calidad de Servicio y Experiencia Usuaria"
        case .resolucion: approved = "resolución"
        }
        let common = common(workspace, title: "Aprueba " + approved)
        let signer = resolution.firmante ?? manifest.institucion.jefeServicio
        return ResolutionContext(
            titulo: common.titulo, institucion: common.institucion, version: common.version, pmg: common.pmg,
            numero: resolution.numero ?? "________",
            ciudad: resolution.ciudad ?? manifest.institucion.ciudad ?? "Santiago",
            fechaLarga: SpanishDate.long(resolution.fecha ?? manifest.version.fecha),
            documento: approved,
            documentoMayusculas: approved.uppercased(),
            vistosHtml: RichText.html(resolution.vistos.joined(separator: "; ") + "."),
            considerandos: resolution.considerandos.enumerated().map {
                ResolutionContext.Clause(numero: String($0.offset + 1), html: RichText.html($0.element))
            },
            resuelvo: (resolution.resuelvo ?? []).enumerated().map {
                ResolutionContext.Clause(numero: "\($0.offset + 2)°", html: RichText.html($0.element))
            },
            firmante: signer?.nombre ?? "________________________",
            cargo: signer?.cargo ?? "Jefe/a de Servicio",
            distribucion: (resolution.distribucion ?? []).map(PlainItem.init),
            tieneDistribucion: !(resolution.distribucion ?? []).isEmpty,
            archivos: approvedFiles.map { ResolutionContext.ApprovedFile(nombre: $0.name, sha256: $0.sha256) },
            tieneArchivos: !approvedFiles.isEmpty)
    }
}
