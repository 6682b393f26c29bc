import Foundation
import Testing
import Yams
@testable import CalidocKit

/// Diff coverage by construction: changing any content leaf of any input file of the samples gives a
/// non-empty change set (the specific rules or the residual comparison state it).
@Suite struct DiffCoverageTests {
    /// Keys that are not content: the stable id (a new id is a removal plus an addition, tested by the
    /// item tests), why an item changed, which recommendation it answers, how a group's examples are
    /// laid out, and in the manifest the version label and the build settings.
    static let notContent: Set<String> = [
        "id", "motivo", "responde_a", "$schema", "ejemplos_como",
        "version", "documentos", "formatos", "plantillas", "archivo", "referencia_odt", "referencia_docx", "referencia_pptx",
    ]

    /// Values tried in turn for a leaf whose first mutation the loader refuses (a value from a fixed
    /// list, a date, a number): the first that loads is used.
    static let alternatives: [String] = {
        var values = ["50", "2025-06-30", "2024-01-15", "no comprometida"]
        values += Priority.allCases.map(\.rawValue) + Involvement.allCases.map(\.rawValue) + ParticipationKind.allCases.map(\.rawValue)
        values += PMGStage.allCases.map(\.rawValue) + MESUApplicability.allCases.map(\.rawValue) + FunctionalCategory.allCases.map(\.rawValue)
        values += DocumentKind.allCases.map(\.rawValue) + ProcedureJustification.allCases.map(\.rawValue) + TimeUnit.allCases.map(\.rawValue)
        values += ExampleStyle.allCases.map(\.rawValue) + PolicySectionKey.allCases.map(\.rawValue) + ActivityState.allCases.map(\.rawValue)
        return values
    }()

    static let files: [InputFile] = [.manifest, .politica, .plan, .diagnostico, .participacion, .avance]

    @Test(arguments: [TestPaths.servicio, TestPaths.gore])
    func everyLeafChangeIsStated(_ workspace: URL) throws {
        var sources: [InputFile: [UInt8]] = [:]
        for file in InputFile.allCases where file != .sesion {
            let url = workspace.appending(path: file.rawValue)
            if let data = FileManager.default.contents(atPath: url.path) { sources[file] = Array(data) }
        }
        let original = try #require(WorkspaceLoader.load(files: sources, directory: workspace).workspace)
        var checked = 0
        var unloadable: [String] = []
        var silent: [String] = []
        for file in Self.files {
            guard let bytes = sources[file], let node = try Yams.compose(yaml: String(decoding: bytes, as: UTF8.self)) else { continue }
            for leaf in YAMLLeaves.paths(in: node) where !leaf.keys.contains(where: Self.notContent.contains) {
                let candidates = [YAMLLeaves.mutated(leaf.value)] + Self.alternatives.filter { $0 != leaf.value }
                var loaded: Workspace?
                for candidate in candidates {
                    var files = sources
                    files[file] = Array(try Yams.serialize(node: YAMLLeaves.replacing(node, at: leaf.path, with: candidate)).utf8)
                    let result = WorkspaceLoader.load(files: files, directory: workspace)
                    if !result.hasErrors, let workspace = result.workspace, workspace != original {
                        loaded = workspace
                        break
                    }
                }
                let place = "\(file.rawValue): \(leaf.keys.joined(separator: "."))"
                guard let changed = loaded else {
                    unloadable.append(place)
                    continue
                }
                checked += 1
                if ChangeSet.compute(old: original, new: changed).isEmpty { silent.append(place) }
            }
        }
        #expect(silent.isEmpty, "changes no statement reports: \(silent)")
        #expect(unloadable.isEmpty, "leaves no mutation could change: \(unloadable)")
        #expect(checked > 50)
    }

    @Test func diagnosisSourcesAndPeriodAreStated() throws {
        let old = try #require(WorkspaceLoader.load(at: TestPaths.servicio).workspace)
        var new = old
        new.diagnosis?.periodo = "2023–2024"
        let changes = ChangeSet.compute(old: old, new: new)
        #expect(changes.secciones.map(\.clave) == ["diagnostico"])
        let statement = try #require(changes.allChanges.first?.enunciado)
        #expect(statement.hasPrefix("Se modifica período del Diagnóstico: de “"))
        #expect(statement.hasSuffix("” a “2023–2024”."))
        new = old
        try #require(old.diagnosis?.fuentes != nil)
        new.diagnosis?.fuentes = nil
        let removed = ChangeSet.compute(old: old, new: new).allChanges
        #expect(removed.map(\.tipo) == [.eliminado])
        #expect(removed.first?.enunciado.hasPrefix("Se elimina fuentes del Diagnóstico (era “") == true)
    }

    @Test func objectiveLinksAreStatedWithTheObjective() throws {
        let old = try #require(WorkspaceLoader.load(at: TestPaths.servicio).workspace)
        var new = old
        let before = try #require(old.policy?.objetivos.items.first?.objetivosInstitucionales)
        new.policy?.objetivos.items[0].objetivosInstitucionales = before + ["oe-nuevo"]
        let changes = ChangeSet.compute(old: old, new: new).allChanges
        #expect(changes.map(\.enunciado) == [
            "Se modifica objetivos institucionales del objetivo N°1: de “\(before.joined(separator: ", "))” a “\((before + ["oe-nuevo"]).joined(separator: ", "))”.",
        ])
        #expect(changes.first?.elemento == "objetivo")
    }

    @Test func aDocumentAddedOrRemovedIsStated() throws {
        let old = try #require(WorkspaceLoader.load(at: TestPaths.servicio).workspace)
        var new = old
        new.diagnosis = nil
        #expect(ChangeSet.compute(old: old, new: new).allChanges.map(\.enunciado) == ["Se elimina el Diagnóstico."])
        #expect(ChangeSet.compute(old: new, new: old).allChanges.map(\.enunciado) == ["Se incorpora el Diagnóstico."])
        #expect(ChangeSet.compute(old: new, new: old, language: .en).allChanges.map(\.enunciado) == ["The diagnosis is added."])
    }

    @Test func feminineNounsAgree() throws {
        let old = try #require(WorkspaceLoader.load(at: TestPaths.servicio).workspace)
        var new = old
        let first = try #require(old.diagnosis?.fortalezas.first)
        new.diagnosis?.fortalezas[0].fuente = (first.fuente ?? "") + " y encuesta 2025"
        let statements = ChangeSet.compute(old: old, new: new).allChanges.map(\.enunciado)
        #expect(statements.count == 1)
        #expect(statements.first?.hasPrefix("Se modifica fuente de la fortaleza “") == true || statements.first?.hasPrefix("Se agrega fuente de la fortaleza “") == true)
    }
}

/// Leaves of a YAML tree, and the tree with one leaf replaced.
enum YAMLLeaves {
    /// A step down a YAML tree.
    enum Step: Hashable {
        case key(String)
        case index(Int)
    }

    /// A scalar leaf: where it is, the mapping keys on the way, and its text.
    struct Leaf {
        var path: [Step]
        var keys: [String]
        var value: String
    }

    static func paths(in node: Node, path: [Step] = [], keys: [String] = []) -> [Leaf] {
        switch node {
        case .scalar(let scalar):
            return [Leaf(path: path, keys: keys, value: scalar.string)]
        case .mapping(let mapping):
            return mapping.flatMap { pair -> [Leaf] in
                let key = pair.key.string ?? ""
                return paths(in: pair.value, path: path + [.key(key)], keys: keys + [key])
            }
        case .sequence(let sequence):
            return sequence.enumerated().flatMap { index, item in paths(in: item, path: path + [.index(index)], keys: keys) }
        case .alias:
            return []
        }
    }

    static func replacing(_ node: Node, at path: [Step], with text: String) -> Node {
        guard let step = path.first else { return Node(text) }
        let rest = Array(path.dropFirst())
        switch (node, step) {
        case (.mapping(let mapping), .key(let key)):
            let pairs = mapping.map { pair in (pair.key, pair.key.string == key ? replacing(pair.value, at: rest, with: text) : pair.value) }
            return .mapping(Node.Mapping(pairs))
        case (.sequence(let sequence), .index(let index)):
            let items = sequence.enumerated().map { $0.offset == index ? replacing($0.element, at: rest, with: text) : $0.element }
            return .sequence(Node.Sequence(items))
        default:
            return node
        }
    }

    /// A different value of the same kind: a number plus one, another day, or text with a word added.
    static func mutated(_ value: String) -> String {
        let digits = value.replacingOccurrences(of: ".", with: "")
        if let number = Int(digits), !value.isEmpty { return String(number + 1) }
        if let number = Double(value.replacingOccurrences(of: ",", with: ".")) { return String(number + 1).replacingOccurrences(of: ".", with: ",") }
        if value.count == 10, value.dropFirst(4).first == "-", let day = Int(value.suffix(2)) {
            return value.prefix(8) + (day < 28 ? String(format: "%02d", day + 1) : "01")
        }
        return value + " zeta"
    }
}
