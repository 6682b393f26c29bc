import CYaml

/// Finds comments written by hand (`# …`) in a YAML text: a `#` at the start of a line or after a
/// space, outside every scalar (libyaml's events give where each scalar starts and ends, so a `#`
/// inside a quoted or block text is not one).
///
/// The comments at the top of a file (what it is, the `# yaml-language-server: $schema=…` line
/// that `calidoc init` writes) belong to no value: the form keeps them. Comments among the values
/// cannot be placed back once the values are rewritten, so a save drops them: the page warns first.
enum EditorComments {
    /// The comment lines (and blank lines between them) before the first value, without the
    /// blank lines that follow them; empty when the file does not start with a comment.
    static func header(of text: String) -> [Substring] {
        var lines: [Substring] = []
        for line in SourceLines.split(text) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            guard trimmed.isEmpty || trimmed.hasPrefix("#") else { break }
            lines.append(line.hasSuffix("\r") ? line.dropLast() : line)
        }
        while let last = lines.last, last.allSatisfy({ $0 == " " || $0 == "\t" }) { lines.removeLast() }
        return lines
    }

    /// `yaml` with the header comments of `current` before it.
    static func keepingHeader(of current: String, _ yaml: String) -> String {
        let header = header(of: current)
        return header.isEmpty ? yaml : header.joined(separator: "\n") + "\n" + yaml
    }

    /// Whether `text` has a comment after its header; `false` when it is not YAML (then it is saved as typed).
    static func present(in text: String) -> Bool {
        guard text.utf8.contains(0x23) else { return false }
        guard let spans = scalarSpans(text) else { return false }
        let lines = SourceLines.split(text).map { Array($0.unicodeScalars) }
        for (line, scalars) in lines.enumerated().dropFirst(header(of: text).count) {
            for (column, scalar) in scalars.enumerated() where scalar == "#" {
                guard column == 0 || scalars[column - 1] == " " || scalars[column - 1] == "\t" else { continue }
                let position = (line, column)
                if !spans.contains(where: { $0.start <= position && position < $0.end }) { return true }
            }
        }
        return false
    }

    /// The 0-based (line, column) span of every scalar; `nil` when the text does not parse.
    private static func scalarSpans(_ text: String) -> [(start: (Int, Int), end: (Int, Int))]? {
        var bytes = Array(text.utf8)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeMutableBufferPointer { buffer -> [(start: (Int, Int), end: (Int, Int))]? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var spans: [(start: (Int, Int), end: (Int, Int))] = []
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { break }
                if event.type == YAML_SCALAR_EVENT {
                    spans.append((
                        (Int(event.start_mark.line), Int(event.start_mark.column)),
                        (Int(event.end_mark.line), Int(event.end_mark.column))))
                }
            }
            return spans
        }
    }
}
