/// CAL-VA-003: the paths the manifest names stay inside the workspace folder (``WorkspacePath``).
struct WorkspacePathRule: ValidationRule {
    func check(_ workspace: Workspace, context: ValidationContext) -> [Diagnostic] {
        let manifest = workspace.manifest
        let paths: [(String?, [String])] = [
            (manifest.institucion.logo, ["institucion", "logo"]),
            (manifest.plantillas, ["plantillas"]),
            (manifest.referenciaODT, ["referencia_odt"]),
            (manifest.referenciaDOCX, ["referencia_docx"]),
            (manifest.referenciaPPTX, ["referencia_pptx"]),
            (manifest.archivo, ["archivo"]),
        ]
        return paths.compactMap { value, key in
            guard let value, case .failure(let problem) = WorkspacePath.resolve(value, in: workspace.directory) else {
                return nil
            }
            let name = key.joined(separator: ".")
            return context.diagnostic(
                .error, "CAL-VA-003",
                es: "la ruta «\(value)» de «\(name)» no se puede usar: \(problem.message.es)",
                en: "the path «\(value)» of «\(name)» cannot be used: \(problem.message.en)",
                file: .manifest, key)
        }
    }
}
