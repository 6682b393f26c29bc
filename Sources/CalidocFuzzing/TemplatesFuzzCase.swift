import CalidocKit
import Foundation

/// One fuzz iteration over the templates: the first line of the input names a template (`politica`,
/// `portada` …, or a new one), the rest is its Mustache source, as a workspace's `plantillas`
/// override would give it.
///
/// The set is checked (Mustache syntax, XHTML markup, partials); when it passes, every document of
/// the baseline is built with it and written in every format, in memory.
public enum TemplatesFuzzCase {
    /// Runs one input. Returns normally unless calidoc crashes.
    public static func run(_ bytes: some Collection<UInt8>) {
        let bytes = Array(bytes)
        let newline = bytes.firstIndex(of: 0x0A) ?? bytes.endIndex
        let name = String(decoding: bytes[..<newline], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        let source = String(decoding: bytes[min(newline + 1, bytes.endIndex)...], as: UTF8.self)
        let templates = TemplateSet.defaults().overriding(name, with: source, origin: "fuzz/\(name).mustache")
        do {
            try templates.check()
        } catch {
            DocumentExercise.describe(error)
            return
        }
        let baseline = FuzzBaseline.shared
        let builder = DocumentBuilder(templates: templates)
        DocumentExercise.buildAll(baseline.workspace, with: builder)
        if DocumentKind(rawValue: name) == nil {
            do {
                let metadata = DocumentMetadata(title: name, institution: "Fuzz", version: "1", date: "2025-03-31", kind: name)
                DocumentExercise.write(Document(metadata: metadata, blocks: try builder.render(template: name, context: [:])))
            } catch {
                DocumentExercise.describe(error)
            }
        }
    }
}
