import Foundation
import Testing
@testable import CalidocKit

/// The texts the text rules read are found by walking the model with an encoder of their own;
/// they must be exactly what turning the model into JSON finds (every string, its path, the same
/// order), for every sample and for the versions inside them.
@Suite struct TextLeavesTests {
    /// The reference: the model as JSON, walked with keys sorted.
    static func throughJSON(_ workspace: Workspace) throws -> [String] {
        var result: [String] = []
        func walk(_ node: Any, _ path: [String], _ file: InputFile) {
            if let text = node as? String {
                result.append("\(file.rawValue) \(path.joined(separator: ".")) \(text)")
            } else if let list = node as? [Any] {
                for (index, item) in list.enumerated() { walk(item, path + [String(index)], file) }
            } else if let mapping = node as? [String: Any] {
                for key in mapping.keys.sorted() { walk(mapping[key] as Any, path + [key], file) }
            }
        }
        func add<T: Encodable>(_ value: T?, _ file: InputFile) throws {
            guard let value else { return }
            let tree = try JSONSerialization.jsonObject(with: JSONEncoder().encode(value), options: [.fragmentsAllowed])
            walk(tree, [], file)
        }
        try add(workspace.manifest, .manifest)
        try add(workspace.policy, .politica)
        try add(workspace.plan, .plan)
        try add(workspace.diagnosis, .diagnostico)
        try add(workspace.participation, .participacion)
        try add(workspace.recommendations, .recomendaciones)
        return result
    }

    @Test(arguments: [TestPaths.gore, TestPaths.goreV1, TestPaths.goreV2, TestPaths.servicio])
    func sameTextsAsThroughJSON(folder: URL) throws {
        let workspace = try #require(WorkspaceLoader.load(at: folder).workspace)
        let found = TextLeaves.all(workspace).map { "\($0.file.rawValue) \($0.path.map(\.pathComponent).joined(separator: ".")) \($0.text)" }
        let reference = try Self.throughJSON(workspace)
        #expect(found.count > 100)
        #expect(found == reference)
    }
}
