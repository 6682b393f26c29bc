import CalidocKit
import Foundation

/// One fuzz iteration over the shape of templates rather than their text: each input byte is an
/// instruction (open a section over a list, close it, include a partial, write text or a value),
/// so libFuzzer reaches deep nesting, long partial chains and repeated partials in a few bytes.
/// The set is rendered with lists of 1, 3 and 50 items; it must render or be refused with a
/// ``TemplateError`` quickly, never crash or run away (issue 13).
public enum TemplateDepthFuzzCase {
    /// Lists the sections iterate over, by key.
    static let context: TemplateObject = [
        "uno": [["t": "a"]],
        "tres": .list(Array(repeating: ["t": "texto"], count: 3)),
        "muchos": .list(Array(repeating: ["t": "texto largo de prueba"], count: 50)),
        "t": "valor",
    ]
    static let keys = ["uno", "tres", "muchos"]

    /// Runs one input. Returns normally unless calidoc crashes.
    public static func run(_ bytes: some Collection<UInt8>) {
        var templates = TemplateSet.defaults()
        // Byte 0xFF starts the next partial: the first segment is the root, the others p1, p2 …
        let segments = Array(bytes).split(separator: 0xFF, omittingEmptySubsequences: false).prefix(16)
        for (index, segment) in segments.enumerated() {
            let name = index == 0 ? "fuzzraiz" : "p\(index)"
            templates = templates.overriding(name, with: source(segment, partials: segments.count - 1), origin: "fuzz/\(name).mustache")
        }
        do {
            try templates.check()
            _ = try DocumentBuilder(templates: templates).render(template: "fuzzraiz", context: context)
        } catch {
            DocumentExercise.describe(error)
        }
    }

    /// The Mustache text an instruction sequence stands for (always balanced, always valid XHTML).
    static func source(_ program: ArraySlice<UInt8>, partials: Int) -> String {
        var text = "<section>"
        var open: [String] = []
        for byte in program {
            switch byte % 8 {
            case 0, 1:
                let key = keys[Int(byte / 8) % keys.count]
                open.append(key)
                text += "{{#\(key)}}"
            case 2:
                if let key = open.popLast() { text += "{{/\(key)}}" }
            case 3 where partials > 0:
                text += "{{>p\(Int(byte / 8) % partials + 1)}}"
            case 4:
                text += "<p>{{t}}</p>"
            case 5:
                text += String(repeating: "x", count: Int(byte / 8) * 64)
            default:
                text += " "
            }
        }
        while let key = open.popLast() { text += "{{/\(key)}}" }
        return text + "</section>"
    }
}
