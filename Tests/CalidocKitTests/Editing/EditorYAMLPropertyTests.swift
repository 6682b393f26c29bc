import Foundation
import PropertyBased
import Testing
import Yams
@testable import CalidocKit

/// Whatever text a person types in the form — YAML indicators, `#`, `: `, a leading `*`, words
/// YAML reads as booleans or numbers, tabs, blank lines, accents, emoji — the saved file loads
/// back with exactly that text.
@Suite struct EditorYAMLPropertyTests {
    /// Characters a person can type (XML and the loader allow them; no lone CR: browsers post CR LF).
    static let typed: AnyGenerator<String> = Gen.frequency([
        (weight: 3, gen: TextGenerators.text),
        (weight: 2, gen: TextGenerators.element(of: Array(" \t\n#:*-?&!|>'\"%@`{}[],.0123456789aeñé😀\u{A0}\u{2028}")).string(of: 0...12).eraseToAny()),
    ]).eraseToAny()

    static func load(_ yaml: String) throws -> LoadedWorkspace {
        let manifest = try [UInt8](Data(contentsOf: TestPaths.servicio.appending(path: "calidoc.yaml")))
        return WorkspaceLoader.load(files: [.manifest: manifest, .recomendaciones: Array(yaml.utf8)], directory: TestPaths.servicio)
    }

    @Test func typedTextLoadsBackIdentical() async throws {
        await propertyCheck(count: PropertyCount.cases(300), input: Self.typed, Self.typed) { source, text in
            // Through the browser: CR LF for line breaks in text areas.
            let fields = [
                EditorField(name: "fuente", value: source),
                EditorField(name: "items.0.id", value: "r1"),
                EditorField(name: "items.0.seccion", value: "contexto"),
                EditorField(name: "items.0.texto", value: text.replacingOccurrences(of: "\n", with: "\r\n")),
            ]
            let result = try EditorForm.apply(
                EditorSubmission(fields: fields, action: .save), file: .recomendaciones, current: "", workspace: nil, language: .es)
            let loaded = try Self.load(result.yaml)
            let errors = loaded.diagnostics.filter { $0.severity == .error }
            let item = loaded.workspace?.recommendations?.items.first
            if text.isEmpty {
                #expect(item?.texto == "" || !errors.isEmpty, "\(result.yaml)")
            } else {
                #expect(errors.isEmpty, "\(errors.map { $0.headline(.es) })\n\(result.yaml)")
                #expect(item?.texto == text, "\(result.yaml)")
            }
            // An empty optional text is left out; any other comes back as typed.
            #expect(loaded.workspace?.recommendations?.fuente == (source.isEmpty ? nil : source), "\(result.yaml)")
        }
    }
}

/// Any post — made-up names, positions and buttons — is either refused as a field the form does
/// not have or turned into YAML that parses: never a crash, never text that cannot be read.
@Suite struct EditorHostilePostPropertyTests {
    static let segment: AnyGenerator<String> = TextGenerators.element(of: [
        "objetivos", "items", "0", "1", "7", "titulo", "id", "responde_a", "texto", "contexto", "parrafos", "-1", "", "x",
        "objetivos_institucionales", "relacion", "relaciones", "glosario", "99999999999999999999",
    ])
    static let name: AnyGenerator<String> = segment.array(of: 1...5).map { $0.joined(separator: ".") }.eraseToAny()
    static let action: AnyGenerator<String> = zip(
        TextGenerators.element(of: ["guardar", "agregar:", "quitar:", "subir:", "bajar:"]), name
    ).map { $0 == "guardar" ? $0 : $0 + $1 }.eraseToAny()

    @Test func anyPostIsRefusedOrReadable() async throws {
        let fields = zip(Self.name, TextGenerators.text).map { EditorField(name: $0, value: $1) }.array(of: 0...6).eraseToAny()
        await propertyCheck(count: PropertyCount.cases(300), input: fields, Self.action) { fields, button in
            guard let action = EditorAction(formValue: button) else { return }
            do {
                let result = try EditorForm.apply(
                    EditorSubmission(fields: fields, action: action), file: .politica, current: "", workspace: nil, language: .es)
                #expect((try? Yams.compose(yaml: result.yaml)) != nil, "\(result.yaml)")
            } catch let error as EditorError {
                #expect(!error.message(.es).isEmpty)
            }
        }
    }
}

/// The editor writes most texts plain without asking the YAML resolver; the shortcut must choose
/// exactly the style the resolver would, whatever the text.
@Suite struct EditorYAMLStyleTests {
    static let words: AnyGenerator<String> = TextGenerators.element(of: [
        "infinity", "Infinito", "INFINITY", "NaN", ".inf", "-.Inf", "yes", "No", "null", "NULL", "true", "False", "on", "Off", "sí",
        "7.112.808", "54,9", "2025-01-01", "0x1F", "1e5", "Nombre", "Región", "ñandú", "a", "abcdefgh", "abcdefghi", "a: b", "# x",
    ])
    static let text: AnyGenerator<String> = Gen.frequency([
        (weight: 2, gen: words),
        (weight: 1, gen: TextGenerators.text),
        (weight: 1, gen: zip(words, words).map { $0 + " " + $1 }.eraseToAny()),
    ]).eraseToAny()

    @Test func shortcutAgreesWithTheResolver() async {
        await propertyCheck(count: PropertyCount.cases(500), input: Self.text) { text in
            guard !text.isEmpty, !text.contains("\n"), text.count <= EditorYAML.blockLength else { return }
            #expect(EditorYAML.style(for: text) == EditorYAML.resolvedStyle(for: text), "«\(text)»")
        }
    }
}
