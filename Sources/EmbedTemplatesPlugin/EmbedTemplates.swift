import Foundation
import PackagePlugin

/// Embeds every file under the package's `Templates/` folder into the target as Swift source.
///
/// `Templates/` stays the single, editable source of the default templates; the generated
/// `EmbeddedTemplates.swift` lets the installed binary find them without a resource bundle.
@main
struct EmbedTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let templates = context.package.directoryURL.appending(path: "Templates")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedTemplates.swift")
        var inputs: [URL] = []
        if let enumerator = FileManager.default.enumerator(
            at: templates, includingPropertiesForKeys: [.isRegularFileKey])
        {
            for case let url as URL in enumerator {
                let isFile = (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) ?? false
                if isFile { inputs.append(url) }
            }
        }
        inputs.sort { $0.path < $1.path }
        return [
            .buildCommand(
                displayName: "Embedding Templates/ (\(inputs.count) files)",
                executable: try context.tool(named: "TemplateEmbedder").url,
                arguments: [templates.path, output.path],
                inputFiles: inputs + [templates],
                outputFiles: [output]
            )
        ]
    }
}
