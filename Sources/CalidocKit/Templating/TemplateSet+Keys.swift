import Foundation

extension TemplateSet {
    /// The names of the templates that are not the embedded defaults (a workspace's overrides).
    var overrides: Set<String> {
        let defaults = TemplateSet.defaults().origins
        return Set(sources.keys.filter { origins[$0] != defaults[$0] })
    }

    /// Warnings for the keys the overrides use that their document does not have, or print the
    /// wrong way for their kind (``TemplateKeyCheck``).
    ///
    /// - Parameter directory: The workspace folder: paths inside it are shown relative to it.
    public func keyDiagnostics(relativeTo directory: URL? = nil) -> [Diagnostic] {
        let prefix = directory.map { $0.standardizedFileURL.path + "/" }
        var check = TemplateKeyCheck(sources: sources, origins: origins, reported: overrides)
        if let prefix {
            check.displayPath = { path in
                let standard = URL(fileURLWithPath: path).standardizedFileURL.path
                return standard.hasPrefix(prefix) ? String(standard.dropFirst(prefix.count)) : path
            }
        }
        return check.diagnostics()
    }

    /// The key warnings of a workspace's `plantillas` folder; none when it has no such folder or
    /// its templates cannot be read (the build reports that, with the template's line).
    static func keyDiagnostics(for workspace: Workspace) -> [Diagnostic] {
        guard let path = workspace.manifest.plantillas,
              case .success(let folder) = WorkspacePath.resolve(path, in: workspace.directory),
              let set = try? TemplateSet.defaults(overriddenBy: folder, within: workspace.directory),
              (try? set.check()) != nil
        else { return [] }
        return set.keyDiagnostics(relativeTo: workspace.directory)
    }
}
