import CYaml
import Foundation

/// Checks on each scalar as written in the file, read from libyaml's events (which, unlike the
/// node tree, give where a scalar ends):
/// - a character a document cannot hold, spelt as a YAML escape (`"\e"`, `"\x0B"`, `"\uFFFF"`),
///   reported at the escape itself;
/// - a ` #` after an unquoted text on the same line, which YAML reads as a comment and drops
///   silently (`web #gobdigital` is "web"): a warning at the `#` with the fix.
enum ScalarLint {
    static func check(_ text: String, lines: [Substring], displayPath: String) -> [Diagnostic] {
        var bytes = Array(text.utf8)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return [] }
        defer { yaml_parser_delete(&parser) }
        let grid = lines.map { Array($0.unicodeScalars) }
        return bytes.withUnsafeMutableBufferPointer { buffer -> [Diagnostic] in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var found: [Diagnostic] = []
            var textLines: Set<Int> = []
            var valueStarts: Set<[Int]> = []
            // Open collections: whether each is a mapping whose next node is a key.
            var open: [(isMapping: Bool, expectsKey: Bool)] = []
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { break }
                let isKey = open.last.map { $0.isMapping && $0.expectsKey } ?? false
                switch event.type {
                case YAML_SCALAR_EVENT, YAML_ALIAS_EVENT, YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    if let top = open.last, top.isMapping { open[open.count - 1].expectsKey.toggle() }
                    if event.type == YAML_SEQUENCE_START_EVENT { open.append((false, false)) }
                    if event.type == YAML_MAPPING_START_EVENT { open.append((true, true)) }
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    _ = open.popLast()
                default:
                    break
                }
                if event.type == YAML_SCALAR_EVENT, !isKey {
                    valueStarts.insert([Int(event.start_mark.line), Int(event.start_mark.column)])
                }
                if let marker = marker(event) {
                    found.append(
                        InputMessages.yamlMarker(
                            marker, at: SourceLocation(
                                file: displayPath, line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)))
                }
                guard event.type == YAML_SCALAR_EVENT else { continue }
                let start = (Int(event.start_mark.line), Int(event.start_mark.column))
                let end = (Int(event.end_mark.line), Int(event.end_mark.column))
                if end.0 > start.0 { textLines.formUnion((start.0 + 1)...end.0) }
                switch event.data.scalar.style {
                case YAML_DOUBLE_QUOTED_SCALAR_STYLE:
                    // Only a value that holds a forbidden character is searched for the escape.
                    if value(event).unicodeScalars.contains(where: InputCharacters.isForbidden) {
                        let located = escapes(grid, from: start, to: end, displayPath: displayPath)
                        found += located.isEmpty ? [unlocatedEscape(value(event), at: start, displayPath: displayPath)] : located
                    }
                case YAML_PLAIN_SCALAR_STYLE:
                    // A comment after a number or a yes/no is a comment on purpose; after text it eats text.
                    let value = value(event)
                    if !value.isEmpty, NumberReader.number(value) == .notANumber, ScalarReader.boolean(value) == nil,
                        let comment = comment(grid, after: end, displayPath: displayPath) {
                        found.append(comment)
                    }
                default:
                    break
                }
            }
            return found + IndentationLint.check(lines, displayPath: displayPath, skipping: textLines, valueStarts: valueStarts)
        }
    }

    /// The text of a scalar event.
    private static func value(_ event: yaml_event_t) -> String {
        event.data.scalar.value.map {
            String(decoding: UnsafeBufferPointer(start: $0, count: Int(event.data.scalar.length)), as: UTF8.self)
        } ?? ""
    }

    /// A forbidden character in a quoted value whose escape could not be found: at the value.
    private static func unlocatedEscape(_ value: String, at start: (Int, Int), displayPath: String) -> Diagnostic {
        let scalar = value.unicodeScalars.first(where: InputCharacters.isForbidden) ?? "\u{0}"
        return InputMessages.forbiddenCharacter(
            at: SourceLocation(file: displayPath, line: start.0 + 1, column: start.1 + 1), scalar: scalar)
    }

    /// The anchor («&nombre») or explicit tag («!texto») written before a value: YAML takes it
    /// out of the text without a word, and calidoc's inputs have no use for either.
    private static func marker(_ event: yaml_event_t) -> String? {
        func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
        }
        switch event.type {
        case YAML_SCALAR_EVENT:
            if let anchor = text(event.data.scalar.anchor) { return "&" + anchor }
            if event.data.scalar.plain_implicit == 0 && event.data.scalar.quoted_implicit == 0, let tag = text(event.data.scalar.tag) {
                return tag
            }
        case YAML_SEQUENCE_START_EVENT:
            if let anchor = text(event.data.sequence_start.anchor) { return "&" + anchor }
            if event.data.sequence_start.implicit == 0, let tag = text(event.data.sequence_start.tag) { return tag }
        case YAML_MAPPING_START_EVENT:
            if let anchor = text(event.data.mapping_start.anchor) { return "&" + anchor }
            if event.data.mapping_start.implicit == 0, let tag = text(event.data.mapping_start.tag) { return tag }
        default:
            break
        }
        return nil
    }

    /// A `#` preceded by a space right after a plain scalar ends (0-based line and column).
    private static func comment(_ grid: [[Unicode.Scalar]], after end: (Int, Int), displayPath: String) -> Diagnostic? {
        guard end.0 < grid.count else { return nil }
        let line = grid[end.0]
        var column = end.1
        var sawSpace = false
        while column < line.count, line[column] == " " || line[column] == "\t" {
            sawSpace = true
            column += 1
        }
        guard sawSpace, column < line.count, line[column] == "#" else { return nil }
        let lost = String(String.UnicodeScalarView(line[column...])).trimmingCharacters(in: .whitespaces)
        return InputMessages.textEatenByComment(
            lost, at: SourceLocation(file: displayPath, line: end.0 + 1, column: column + 1))
    }

    /// Escapes inside a double-quoted scalar that produce a forbidden character.
    private static func escapes(
        _ grid: [[Unicode.Scalar]], from start: (Int, Int), to end: (Int, Int), displayPath: String
    ) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var line = start.0
        var column = start.1 + 1  // after the opening quote
        func at(_ l: Int, _ c: Int) -> Unicode.Scalar? {
            l < grid.count && c < grid[l].count ? grid[l][c] : nil
        }
        while line < end.0 || (line == end.0 && column < end.1) {
            guard line < grid.count else { break }
            guard column < grid[line].count else {
                line += 1
                column = 0
                continue
            }
            guard grid[line][column] == "\\" else {
                column += 1
                continue
            }
            let escapeColumn = column
            guard let letter = at(line, column + 1) else {
                line += 1
                column = 0
                continue
            }
            var length = 2
            var value: UInt32?
            switch letter {
            case "0": value = 0
            case "a": value = 7
            case "b": value = 8
            case "v": value = 0x0B
            case "f": value = 0x0C
            case "e": value = 0x1B
            case "N": value = 0x85
            case "x", "u", "U":
                let digits = letter == "x" ? 2 : letter == "u" ? 4 : 8
                let hex = (0..<digits).compactMap { at(line, column + 2 + $0) }
                value = UInt32(String(String.UnicodeScalarView(hex)), radix: 16)
                length += digits
            default: value = nil
            }
            if let value, let scalar = Unicode.Scalar(value), InputCharacters.isForbidden(scalar) {
                let spelling = String(String.UnicodeScalarView(grid[line][escapeColumn..<min(escapeColumn + length, grid[line].count)]))
                found.append(
                    InputMessages.forbiddenEscape(
                        spelling, scalar: scalar,
                        at: SourceLocation(file: displayPath, line: line + 1, column: escapeColumn + 1)))
            }
            column += length
        }
        return found
    }
}
