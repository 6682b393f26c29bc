import Foundation

/// One input file's text, checked byte by byte before YAML sees it.
///
/// Checks happen here, not in libyaml, so every problem gets a precise line and column and a
/// Spanish message: invalid UTF-8, characters XML forbids (they would break every document later),
/// and files too large to be a real input.
struct InputSource: Sendable {
    /// Largest accepted input file. Real policies are under 200 kB; 5 MB leaves room for big annexes.
    static let maximumBytes = 5 * 1024 * 1024

    /// Path shown in messages.
    let displayPath: String
    /// The decoded text.
    let text: String
    /// The text split in lines (for caret snippets).
    let lines: [Substring]

    /// Reads and checks a file. Returns `nil` with diagnostics when the bytes cannot be used.
    ///
    /// A file over the limit is refused from its size alone, without reading it; devices and
    /// pipes are refused without reading them.
    static func read(_ url: URL, displayPath: String, into diagnostics: inout [Diagnostic]) -> InputSource? {
        switch BoundedFile.read(url, limit: maximumBytes) {
        case .success(let bytes):
            return check(bytes: bytes, displayPath: displayPath, into: &diagnostics)
        case .failure(.tooLarge(let size)):
            diagnostics.append(InputMessages.tooLarge(path: displayPath, size: size, limit: maximumBytes))
        case .failure(.notRegular):
            diagnostics.append(InputMessages.notARegularFile(path: displayPath))
        case .failure(.missing), .failure(.unreadable):
            diagnostics.append(InputMessages.unreadable(path: displayPath))
        }
        return nil
    }

    /// Checks bytes already in memory.
    static func check(bytes: [UInt8], displayPath: String, into diagnostics: inout [Diagnostic]) -> InputSource? {
        if bytes.count > maximumBytes {
            diagnostics.append(InputMessages.tooLarge(path: displayPath, size: bytes.count, limit: maximumBytes))
            return nil
        }
        if let (line, column, byte) = firstInvalidUTF8(bytes) {
            diagnostics.append(
                InputMessages.invalidUTF8(
                    at: SourceLocation(file: displayPath, line: line, column: column), byte: byte))
            return nil
        }
        var bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let text = String(decoding: bytes, as: UTF8.self)
        // Fast path: no byte that can start a forbidden character (controls, C1 «C2 80–9F»,
        // non-characters «EF B7 …», «EF BF BE/BF», 4-byte sequences) means nothing to report.
        if !hasSuspiciousBytes(bytes) {
            return InputSource(displayPath: displayPath, text: text, lines: SourceLines.split(text))
        }
        var line = 1
        var column = 1
        var foundForbidden = false
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            // Lines end where libyaml ends them (CR, LF, CR LF, U+2028, U+2029), so positions agree.
            if scalar == "\n" && previous == "\r" { continue }
            if SourceLines.isBreak(scalar) && scalar != "\u{85}" {
                line += 1
                column = 1
                continue
            }
            if InputCharacters.isForbidden(scalar) {
                diagnostics.append(
                    InputMessages.forbiddenCharacter(
                        at: SourceLocation(file: displayPath, line: line, column: column), scalar: scalar))
                foundForbidden = true
            }
            column += 1
        }
        if foundForbidden { return nil }
        return InputSource(displayPath: displayPath, text: text, lines: SourceLines.split(text))
    }

    /// Whether `bytes` may hold a character ``InputCharacters`` forbids (a quick byte scan).
    static func hasSuspiciousBytes(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            while index < buffer.count {
                let byte = buffer[index]
                switch byte {
                case 0x09, 0x0A, 0x0D: break
                case 0x00..<0x20, 0x7F, 0xF0...0xFF: return true
                case 0xC2: if index + 1 < buffer.count, (0x80...0x9F).contains(buffer[index + 1]) { return true }
                case 0xEF: if index + 1 < buffer.count, buffer[index + 1] == 0xB7 || buffer[index + 1] == 0xBF { return true }
                default: break
                }
                index += 1
            }
            return false
        }
    }

    /// The text of a 1-based line, for caret snippets.
    func line(_ number: Int) -> String? {
        guard number >= 1, number <= lines.count else { return nil }
        return String(lines[number - 1]).trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
    }

    /// Position (line, column in characters, offending byte) of the first invalid UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> (Int, Int, UInt8)? {
        var line = 1
        var column = 1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return (line, column, byte)
            }
            guard index + length <= bytes.count else { return (line, column, byte) }
            for offset in 1..<max(length, 1) where length > 1 {
                let continuation = bytes[index + offset]
                guard continuation & 0xC0 == 0x80 else { return (line, column, byte) }
            }
            if length == 3 {
                let second = bytes[index + 1]
                if byte == 0xE0 && second < 0xA0 { return (line, column, byte) }
                if byte == 0xED && second > 0x9F { return (line, column, byte) }
            } else if length == 4 {
                let second = bytes[index + 1]
                if byte == 0xF0 && second < 0x90 { return (line, column, byte) }
                if byte == 0xF4 && second > 0x8F { return (line, column, byte) }
            }
            if byte == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += length
        }
        return nil
    }
}
