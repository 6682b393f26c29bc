import Foundation
import PropertyBased
import Testing
import Yams
@testable import CalidocKit

/// Generated `politica.yaml` and `plan.yaml` models, written with the Yams encoder in any
/// ``YAMLLayout`` and read back by calidoc's loader, come back equal and without diagnostics.
/// A failure is shrunk to a small model and the plainest layout that still fails.
@Suite struct ModelRoundTripPropertyTests {
    /// The manifest the generated inputs are loaded with.
    static func manifest() throws -> [UInt8] {
        [UInt8](try Data(contentsOf: TestPaths.servicio.appending(path: InputFile.manifest.rawValue)))
    }

    static func load(_ file: InputFile, yaml: String) throws -> LoadedWorkspace {
        WorkspaceLoader.load(files: [.manifest: try manifest(), file: Array(yaml.utf8)], directory: TestPaths.servicio)
    }

    /// Whether Yams' own decoder reads the text back as the model. libyaml's emitter sometimes
    /// folds a more-indented line of a folded scalar (a text starting with a space, narrow width),
    /// which changes the text for every YAML reader: such output is not a layout of the model, and
    /// calidoc's loader is only held to agree with a correct one.
    static func representsModel<Model: Codable & Equatable>(_ yaml: String, _ model: Model) -> Bool {
        (try? YAMLDecoder().decode(Model.self, from: yaml)) == model
    }

    @Test func policyRoundTripsThroughYAML() async throws {
        await propertyCheck(count: PropertyCount.cases(60), input: PolicyGenerators.policy, YAMLLayout.generator) { policy, layout in
            let yaml = try layout.encoder.encode(policy)
            guard Self.representsModel(yaml, policy) else { return }
            let loaded = try Self.load(.politica, yaml: yaml)
            #expect(loaded.diagnostics.isEmpty, "\(layout) \(loaded.diagnostics.map { $0.headline(.en) })\n\(yaml)")
            #expect(loaded.workspace?.policy == policy, "\(layout)\n\(yaml)")
        }
    }

    @Test func planRoundTripsThroughYAML() async throws {
        await propertyCheck(count: PropertyCount.cases(100), input: PlanGenerators.plan, YAMLLayout.generator) { plan, layout in
            let yaml = try layout.encoder.encode(plan)
            guard Self.representsModel(yaml, plan) else { return }
            let loaded = try Self.load(.plan, yaml: yaml)
            #expect(loaded.diagnostics.isEmpty, "\(layout) \(loaded.diagnostics.map { $0.headline(.en) })\n\(yaml)")
            #expect(loaded.workspace?.plan == plan, "\(layout)\n\(yaml)")
        }
    }
}
