import Foundation
import Testing
import Yams
@testable import CalidocKit

/// A small, seeded random generator so failures reproduce.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct ReliabilityTests {
    /// Mutated inputs (flipped bytes, cut files, odd characters) never crash the pipeline:
    /// loading, validation, building and every writer either succeed or report an error.
    @Test func mutatedInputsNeverCrash() throws {
        var random = SeededGenerator(state: 20_241_024)
        let files = ["calidoc.yaml", "politica.yaml", "plan.yaml", "diagnostico.yaml"]
        let originals = try files.map { [UInt8](try Data(contentsOf: TestPaths.servicio.appending(path: $0))) }
        let insertions: [[UInt8]] = [Array("<&>\"'".utf8), [0x00], [0x0B], [0xFF, 0xFE], Array("😀ñ".utf8), Array(": [".utf8),
                                     Array("\t- ".utf8), Array("*&alias".utf8), Array("{{>x}}".utf8), Array("\n  x: 1\n".utf8)]
        for round in 0..<60 {
            let folder = try TestPaths.temporaryFolder()
            for (index, name) in files.enumerated() {
                var bytes = originals[index]
                if index == round % files.count {
                    for _ in 0..<(1 + round % 4) {
                        let position = Int.random(in: 0..<max(bytes.count, 1), using: &random)
                        switch Int.random(in: 0..<4, using: &random) {
                        case 0: bytes[position] ^= UInt8.random(in: 1...255, using: &random)
                        case 1: bytes.insert(contentsOf: insertions.randomElement(using: &random) ?? [], at: position)
                        case 2: bytes.removeSubrange(position..<min(bytes.count, position + Int.random(in: 1...40, using: &random)))
                        default: bytes = Array(bytes.prefix(position))
                        }
                    }
                }
                try Data(bytes).write(to: folder.appending(path: name))
            }
            let result = WorkspaceValidation.run(at: folder)
            guard let workspace = result.loaded.workspace else { continue }
            guard let builder = try? DocumentBuilder(workspace: workspace) else { continue }
            for kind in DocumentBuilder.availableKinds(in: workspace) {
                guard let document = try? builder.build(kind, from: workspace) else { continue }
                for writer in [HTMLWriter(), ODTWriter(), DOCXWriter()] as [any DocumentWriter] {
                    _ = try? writer.write(document, options: WriterOptions())
                }
            }
        }
    }

    /// The samples → YAML (Yams encoder) → calidoc's loader give the same model back
    /// (generated models: ``ModelRoundTripPropertyTests``).
    @Test func modelRoundTripsThroughYAML() throws {
        for sample in [TestPaths.gore, TestPaths.servicio] {
            let workspace = try #require(WorkspaceLoader.load(at: sample).workspace)
            let folder = try TestPaths.temporaryFolder()
            let encoder = YAMLEncoder()
            try Data(encoder.encode(workspace.manifest).utf8).write(to: folder.appending(path: "calidoc.yaml"))
            if let policy = workspace.policy { try Data(encoder.encode(policy).utf8).write(to: folder.appending(path: "politica.yaml")) }
            if let plan = workspace.plan { try Data(encoder.encode(plan).utf8).write(to: folder.appending(path: "plan.yaml")) }
            if let diagnosis = workspace.diagnosis { try Data(encoder.encode(diagnosis).utf8).write(to: folder.appending(path: "diagnostico.yaml")) }
            let loaded = WorkspaceLoader.load(at: folder)
            #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map { $0.headline(.es) })")
            #expect(loaded.workspace?.policy == workspace.policy)
            #expect(loaded.workspace?.plan == workspace.plan)
            #expect(loaded.workspace?.diagnosis == workspace.diagnosis)
            #expect(loaded.workspace?.manifest == workspace.manifest)
        }
    }
}

