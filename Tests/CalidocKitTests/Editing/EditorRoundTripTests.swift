import Foundation
import Testing
@testable import CalidocKit

/// Issue 17 («Never lose a write»): every input file of every sample, shown in the form, posted
/// back untouched as a browser would, and saved, loads into the very same model.
@Suite struct EditorRoundTripTests {
    /// Every sample workspace, versions included.
    static let workspaces: [URL] = [TestPaths.gore, TestPaths.goreV1, TestPaths.goreV2, TestPaths.servicio]

    static func bytes(of folder: URL) -> [InputFile: [UInt8]] {
        var files: [InputFile: [UInt8]] = [:]
        for file in InputFile.allCases where file != .sesion {
            if let data = try? Data(contentsOf: folder.appending(path: file.rawValue)) { files[file] = [UInt8](data) }
        }
        return files
    }

    /// Renders, posts and saves `yaml`, returning the YAML written.
    static func saveUntouched(_ file: InputFile, yaml: String, workspace: Workspace?, diagnostics: [Diagnostic]) throws -> String {
        let html = EditorForm.render(file: file, yaml: yaml, workspace: workspace, diagnostics: diagnostics, language: .es)
        let post = try BrowserPost(html)
        #expect(post.value("yaml") == nil, "\(file.rawValue) fell back to text")
        let result = try EditorForm.apply(
            EditorSubmission(fields: post.fields, action: .save), file: file, current: yaml, workspace: workspace, language: .es)
        return result.yaml
    }

    @Test(arguments: workspaces)
    func everyInputRoundTrips(_ folder: URL) throws {
        let original = WorkspaceLoader.load(at: folder)
        let workspace = try #require(original.workspace)
        let files = Self.bytes(of: folder)
        for (file, data) in files.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            let yaml = String(decoding: data, as: UTF8.self)
            let saved = try Self.saveUntouched(file, yaml: yaml, workspace: workspace, diagnostics: original.diagnostics)
            var changed = files
            changed[file] = Array(saved.utf8)
            let reloaded = WorkspaceLoader.load(files: changed, directory: folder)
            let errors = reloaded.diagnostics.filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(file.rawValue): \(errors.map { $0.headline(.es) })\n\(saved)")
            let after = try #require(reloaded.workspace)
            #expect(after.manifest == workspace.manifest, "\(file.rawValue)")
            #expect(after.policy == workspace.policy, "\(file.rawValue)\n\(saved)")
            #expect(after.plan == workspace.plan, "\(file.rawValue)\n\(saved)")
            #expect(after.diagnosis == workspace.diagnosis, "\(file.rawValue)\n\(saved)")
            #expect(after.participation == workspace.participation, "\(file.rawValue)\n\(saved)")
            #expect(after.recommendations == workspace.recommendations, "\(file.rawValue)\n\(saved)")
            #expect(after.progress == workspace.progress, "\(file.rawValue)\n\(saved)")
            // Saving what was saved changes nothing: the output is deterministic.
            let again = try Self.saveUntouched(file, yaml: saved, workspace: after, diagnostics: [])
            #expect(again == saved, "\(file.rawValue)")
        }
    }

    /// A workspace made by `calidoc init`: its files keep their header comments (the
    /// `yaml-language-server` line), say nothing of dropping comments, and load the same.
    @Test func aNewWorkspaceRoundTrips() throws {
        let folder = try TestPaths.temporaryFolder()
        _ = try WorkspaceScaffold.create(in: folder, institution: "Servicio de Prueba", date: "2025-03-01")
        let original = WorkspaceLoader.load(at: folder)
        let workspace = try #require(original.workspace)
        let files = Self.bytes(of: folder)
        #expect(files.count >= 4)
        for (file, data) in files {
            let yaml = String(decoding: data, as: UTF8.self)
            #expect(!EditorForm.hasHandwrittenComments(yaml), "\(file.rawValue)")
            let post = try BrowserPost(EditorForm.render(file: file, yaml: yaml, workspace: workspace, diagnostics: [], language: .es))
            let result = try EditorForm.apply(
                EditorSubmission(fields: post.fields, action: .save), file: file, current: yaml, workspace: workspace, language: .es)
            #expect(!result.dropsComments && result.notices.isEmpty)
            #expect(result.yaml.hasPrefix("# yaml-language-server: $schema=esquemas/"), "\(file.rawValue)")
            var changed = files
            changed[file] = Array(result.yaml.utf8)
            let after = try #require(WorkspaceLoader.load(files: changed, directory: folder).workspace)
            #expect(after.manifest == workspace.manifest && after.policy == workspace.policy && after.plan == workspace.plan
                && after.diagnosis == workspace.diagnosis, "\(file.rawValue)\n\(result.yaml)")
        }
    }

    @Test func sessionsRoundTrip() throws {
        let folder = TestPaths.gore.appending(path: "sesiones")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
        #expect(!names.isEmpty)
        for name in names {
            let yaml = try String(contentsOf: folder.appending(path: name), encoding: .utf8)
            let before = try #require(Self.session(yaml))
            let saved = try Self.saveUntouched(.sesion, yaml: yaml, workspace: nil, diagnostics: [])
            #expect(Self.session(saved) == before, "\(name)\n\(saved)")
        }
    }

    static func session(_ yaml: String) -> Session? {
        var map = SourceMap()
        var diagnostics: [Diagnostic] = []
        return WorkspaceLoader.decode(
            Session.self, text: yaml, file: .sesion, displayPath: "sesiones/1.yaml", sourceMap: &map, diagnostics: &diagnostics)
    }

    /// The form of every input is well-formed, its ids are unique, and every control has a label.
    @Test(arguments: workspaces)
    func everyControlIsLabelled(_ folder: URL) throws {
        let loaded = WorkspaceLoader.load(at: folder)
        for (file, data) in Self.bytes(of: folder) {
            let html = EditorForm.render(
                file: file, yaml: String(decoding: data, as: UTF8.self), workspace: loaded.workspace, diagnostics: loaded.diagnostics,
                language: .es)
            let post = try BrowserPost(html)
            let repeated = Dictionary(grouping: post.ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
            #expect(repeated.isEmpty, "\(file.rawValue): duplicate ids \(repeated.prefix(5))")
            let labelled = Set(post.tree.strings("//label/@for"))
            let controls = post.tree.nodes("//input[not(@type='hidden')] | //textarea | //select")
            for control in controls {
                let id = XMLTree.attribute(control, "id") ?? ""
                #expect(labelled.contains(id), "\(file.rawValue): control without label: \(id)")
            }
            // Ids are never typed: no visible control holds an `id` key.
            #expect(post.tree.nodes("//input[not(@type='hidden')][substring(@name, string-length(@name) - 2) = '.id']").isEmpty)
        }
    }
}
