import Foundation
import Yams

/// R-TXT-03 and R-TXT-04: YAML layouts that silently change what a person typed, found on the
/// source itself (the decoded model no longer shows how the text was written).
///
/// - A blank line inside unquoted (plain) or folded (`>`) text does not start a paragraph: YAML
///   turns it into a single line break, which the document reads as a space. Only literal text
///   (`|`) keeps blank lines. Reported at the blank line.
/// - A list in brackets splits at every comma: `[Aprobar la Política, el Plan y …]` is two
///   items. Reported when an item after the first reads as the continuation of a sentence (it
///   starts with a lower-case letter and has several words), at the bracket.
///
/// The loader runs it on the node tree it has just composed (``findings(in:lines:displayPath:)``),
/// so no file is parsed twice; the findings travel in ``LoadedWorkspace/layoutFindings``.
enum TextLayoutRule {
    /// The findings of one composed input file; `lines` are the file's lines as the loader split them.
    static func findings(in node: Node, lines: [Substring], displayPath: String) -> [Diagnostic] {
        var found: [Diagnostic] = []
        visit(node, lines: lines, displayPath: displayPath, into: &found)
        return found
    }

    private static func visit(_ node: Node, lines: [Substring], displayPath: String, into found: inout [Diagnostic]) {
        switch node {
        case .scalar(let scalar):
            guard scalar.style == .plain || scalar.style == .folded, scalar.string.utf8.contains(0x0A),
                let line = firstBlankLine(after: scalar.mark?.line ?? 1, in: lines)
            else { return }
            found.append(
                Diagnostic(
                    severity: .warning, code: "R-TXT-03",
                    message: LocalizedMessage(
                        es: "esta línea en blanco no separa párrafos: en un texto sin «|» el documento junta todo en un solo párrafo",
                        en: "this blank line does not separate paragraphs: in a text without «|» the document joins everything in one paragraph"),
                    location: SourceLocation(file: displayPath, line: line, column: 1),
                    hint: LocalizedMessage(
                        es: "para separar párrafos escriba «|» después de los dos puntos de la clave (p. ej. «texto: |») y el texto en las líneas siguientes, con sangría; si no quería dos párrafos, quite la línea en blanco",
                        en: "to separate paragraphs write «|» after the key's colon (e.g. «texto: |») and the text on the following lines, indented; if you did not mean two paragraphs, remove the blank line")))
        case .sequence(let sequence):
            if isFlow(sequence, lines: lines), let split = sentenceSplit(sequence) {
                let mark = sequence.mark
                found.append(
                    Diagnostic(
                        severity: .warning, code: "R-TXT-04",
                        message: LocalizedMessage(
                            es: "la lista entre corchetes se separa en cada coma y queda en \(sequence.count) elementos: \(split)",
                            en: "the list in brackets splits at every comma into \(sequence.count) items: \(split)"),
                        location: SourceLocation(file: displayPath, line: mark?.line ?? 1, column: mark?.column ?? 1),
                        hint: LocalizedMessage(
                            es: "si es un solo texto con comas, escríbalo en su propia línea con guion («- Aprobar la Política, el Plan …») o entre comillas dentro de los corchetes",
                            en: "if it is one text with commas, write it on its own line after a dash («- Aprobar la Política, el Plan …») or in quotes inside the brackets")))
            }
            for item in sequence { visit(item, lines: lines, displayPath: displayPath, into: &found) }
        case .mapping(let mapping):
            for (_, value) in mapping { visit(value, lines: lines, displayPath: displayPath, into: &found) }
        case .alias:
            return
        }
    }

    /// The 1-based number of the first blank line after `line` (the text's first line).
    private static func firstBlankLine(after line: Int, in lines: [Substring]) -> Int? {
        guard line < lines.count else { return nil }
        return lines[line...].firstIndex { $0.allSatisfy(\.isWhitespace) }.map { $0 + 1 }
    }

    /// Whether the sequence is written in brackets (Yams does not keep the style of composed
    /// sequences, so the source is read at the sequence's mark).
    private static func isFlow(_ sequence: Node.Sequence, lines: [Substring]) -> Bool {
        guard let mark = sequence.mark, mark.line >= 1, mark.line <= lines.count else { return false }
        let scalars = Array(lines[mark.line - 1].unicodeScalars)
        return mark.column >= 1 && mark.column <= scalars.count && scalars[mark.column - 1] == "["
    }

    /// «a», «b» when an unquoted item after the first continues a sentence; else `nil`.
    private static func sentenceSplit(_ sequence: Node.Sequence) -> String? {
        let items = sequence.compactMap { node -> Node.Scalar? in
            if case .scalar(let scalar) = node { return scalar }
            return nil
        }
        guard items.count >= 2, items.count == sequence.count else { return nil }
        let continues = items.dropFirst().contains { item in
            guard item.style == .plain, let first = item.string.first else { return false }
            return first.isLowercase && item.string.utf8.contains(0x20)
        }
        guard continues else { return nil }
        return items.map { "«\($0.string)»" }.joined(separator: ", ")
    }
}
