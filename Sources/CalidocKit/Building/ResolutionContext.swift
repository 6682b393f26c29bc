/// The template context of the resolución exenta approving the Política or the Plan.
extension TemplateContext {
    static func resolution(_ resolution: Resolution, workspace: Workspace) -> Values {
        let manifest = workspace.manifest
        let approved: String
        switch resolution.documento {
        case .politica: approved = workspace.policy?.titulo ?? "Política de Calidad de Servicio y Experiencia Usuaria"
        case .plan: approved = workspace.plan?.titulo ?? "Plan de Mejoramiento de la Calidad de Servicio y Experiencia Usuaria"
        case .informe: approved = workspace.progress?.titulo ?? "Informe de resultados del Plan de Mejoramiento"
        case .diagnostico: approved = workspace.diagnosis?.titulo ?? "Diagnóstico de Calidad de Servicio y Experiencia Usuaria"
        case .resolucion: approved = "resolución"
        }
        var values = common(workspace, title: "Aprueba " + approved)
        let signer = resolution.firmante ?? manifest.institucion.jefeServicio
        values["numero"] = resolution.numero ?? "________"
        values["ciudad"] = resolution.ciudad ?? manifest.institucion.ciudad ?? "Santiago"
        values["fecha_larga"] = SpanishDate.long(resolution.fecha ?? manifest.version.fecha)
        values["documento"] = approved
        values["documento_mayusculas"] = approved.uppercased()
        values["vistos_html"] = RichText.inline(resolution.vistos.joined(separator: "; ") + ".")
        values["considerandos"] = resolution.considerandos.enumerated().map { ["numero": String($0.offset + 1), "html": RichText.inline($0.element)] }
        values["resuelvo"] = (resolution.resuelvo ?? []).enumerated().map { ["numero": "\($0.offset + 2)°", "html": RichText.inline($0.element)] }
        values["firmante"] = signer?.nombre ?? "________________________"
        values["cargo"] = signer?.cargo ?? "Jefe/a de Servicio"
        values["distribucion"] = (resolution.distribucion ?? []).map { ["texto": $0] }
        values["tiene_distribucion"] = !(resolution.distribucion ?? []).isEmpty
        return values
    }
}
