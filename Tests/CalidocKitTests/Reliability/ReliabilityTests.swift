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

    /// Model → YAML (Yams encoder) → calidoc's loader gives the same model back.
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

    /// Randomly generated documents always give schema-valid ODT and DOCX.
    @Test func generatedDocumentsAreValid() throws {
        // CALIDOC_RANDOM_DOCUMENTS=200 explores further; CI runs a few.
        let count = Int(ProcessInfo.processInfo.environment["CALIDOC_RANDOM_DOCUMENTS"] ?? "") ?? 4
        let seed = UInt64(ProcessInfo.processInfo.environment["CALIDOC_RANDOM_SEED"] ?? "") ?? 7
        var random = SeededGenerator(state: seed)
        for _ in 0..<count {
            let document = RandomDocument.make(using: &random)
            try ODFValidator.validate(try ODTWriter().write(document, options: WriterOptions()), label: "random")
            try DOCXWriterTests.validate(try DOCXWriter().write(document, options: WriterOptions()), label: "random")
        }
    }
}

/// Random documents: every block and inline kind, random nesting, awkward text.
enum RandomDocument {
    static let words = ["calidad", "servicio", "<&>", "ñandú", "😀", "  dos  espacios", "tab\there", "\u{1}", "Ñuñoa", "\"q\"", ""]

    static func text(using random: inout SeededGenerator) -> String {
        (0..<Int.random(in: 1...6, using: &random)).map { _ in words.randomElement(using: &random) ?? "" }.joined(separator: " ")
    }

    static func inlines(depth: Int, using random: inout SeededGenerator) -> [Inline] {
        (0..<Int.random(in: 1...4, using: &random)).map { _ -> Inline in
            let choice = depth > 2 ? 0 : Int.random(in: 0..<9, using: &random)
            switch choice {
            case 1: return .strong(inlines(depth: depth + 1, using: &random))
            case 2: return .emphasis(inlines(depth: depth + 1, using: &random))
            case 3: return .underline(inlines(depth: depth + 1, using: &random))
            case 4: return .link(url: "https://ejemplo.cl/?a=1&b=2", content: inlines(depth: depth + 1, using: &random))
            case 5: return .lineBreak
            case 6: return .span(classes: ["negrita"], content: inlines(depth: depth + 1, using: &random))
            case 7: return .tracked(TrackedChange(kind: Bool.random(using: &random) ? .insertion : .deletion, author: "A&B", date: "2025-01-01"),
                                    inlines(depth: depth + 1, using: &random))
            default: return .text(text(using: &random))
            }
        }
    }

    static func blocks(depth: Int, using random: inout SeededGenerator) -> [Block] {
        (0..<Int.random(in: 1...5, using: &random)).map { _ -> Block in
            let choice = depth > 2 ? 1 : Int.random(in: 0..<8, using: &random)
            switch choice {
            case 0: return .heading(level: Int.random(in: 1...4, using: &random), content: inlines(depth: 0, using: &random), attributes: .empty)
            case 2:
                let kinds: [ListBlock.Kind] = [.bulleted, .decimal, .upperRoman, .lowerRoman, .lowerAlpha]
                return .list(ListBlock(kind: kinds.randomElement(using: &random) ?? .bulleted, start: Int.random(in: 1...5, using: &random),
                                       items: (0..<Int.random(in: 0...3, using: &random)).map { _ in blocks(depth: depth + 1, using: &random) }))
            case 3:
                let columns = Int.random(in: 1...4, using: &random)
                let row = { (random: inout SeededGenerator) in
                    TableRow(cells: (0..<columns).map { _ in TableCell(blocks: blocks(depth: depth + 1, using: &random)) })
                }
                return .table(Table(caption: [.text("tabla")], headerRows: [row(&random)], bodyRows: [row(&random), row(&random)]))
            case 4: return .blockQuote(blocks: blocks(depth: depth + 1, using: &random), attributes: .empty)
            case 5: return .section(blocks: blocks(depth: depth + 1, using: &random), attributes: Attributes(classes: ["salto-pagina"]))
            case 6: return .tableOfContents(title: "Índice", maxLevel: Int.random(in: 1...4, using: &random))
            default: return .paragraph(content: inlines(depth: 0, using: &random), attributes: .empty)
            }
        }
    }

    static func make(using random: inout SeededGenerator) -> Document {
        Document(
            metadata: DocumentMetadata(title: "Aleatorio <&>", institution: "Inst", version: "1", date: "2025-01-01", kind: "prueba"),
            blocks: blocks(depth: 0, using: &random))
    }
}
