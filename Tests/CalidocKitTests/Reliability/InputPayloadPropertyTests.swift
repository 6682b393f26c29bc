import Foundation
import PropertyBased
import Testing
@testable import CalidocKit

/// Issue 13: extreme numbers, every YAML escape and characters pasted from Word, put in place of
/// any value of any input file of the servicio sample (block or flow style, text or number field):
/// the loader never crashes or hangs, and either reports a problem at that very line or the
/// model holds exactly what was typed.
@Suite struct InputPayloadPropertyTests {
    /// A value in a sample file: its file, 0-based line and the character range of the value.
    struct Slot: Sendable, CustomStringConvertible {
        let file: InputFile
        let line: Int
        let range: Range<Int>
        /// Whether the value runs to the end of the line (a comment can follow it there).
        let endsLine: Bool
        var description: String { "\(file.rawValue):\(line + 1)" }
    }

    /// What is typed, and what the model must then hold (text, or the number it stands for).
    struct Payload: Sendable, CustomStringConvertible {
        let yaml: String
        let text: String
        var description: String { yaml }
    }

    static let files: [InputFile] = [.manifest, .politica, .plan, .diagnostico, .participacion, .recomendaciones]

    static func sample(_ file: InputFile) -> [String] {
        let text = (try? String(contentsOf: TestPaths.servicio.appending(path: file.rawValue), encoding: .utf8)) ?? ""
        return text.components(separatedBy: "\n")
    }

    /// Every `key: value` with a plain or double-quoted one-line value, in block or flow style.
    static let slots: [Slot] = {
        let block = try? NSRegularExpression(pattern: #"^\s*(- )?[a-z_0-9]+: ([^\s\[{|>&*!'#].*?)\s*$"#)
        let flow = try? NSRegularExpression(pattern: #"(?<=[{,] )[a-z_0-9]+: ("[^"\\]*"|[^\s,{}\[\]#"'|>&*!][^,{}\[\]#"]*?)\s*(?=,|\})"#)
        var result: [Slot] = []
        for file in files {
            for (index, line) in sample(file).enumerated() where !line.trimmingCharacters(in: .whitespaces).hasPrefix("#") {
                let whole = NSRange(location: 0, length: (line as NSString).length)
                let isFlow = line.contains("{")
                let matches = (isFlow ? flow : block)?.matches(in: line, range: whole) ?? []
                for match in matches {
                    guard let range = Range(match.range(at: isFlow ? 1 : 2), in: line) else { continue }
                    if !isFlow && line[range].contains(" #") { continue }
                    let start = line.distance(from: line.startIndex, to: range.lowerBound)
                    let end = line.distance(from: line.startIndex, to: range.upperBound)
                    result.append(Slot(file: file, line: index, range: start..<end, endsLine: !isFlow))
                }
            }
        }
        return result
    }()

    static let payloads: [Payload] = {
        var result: [Payload] = []
        for number in ["1e300", "-1e300", "9000000000000000000", "-5", ".nan", ".inf", "-.Inf", "1.200", "7.112.808", "0",
                       "999999999999", "1000000000000", "1e-400", "54,9", "0x10", "2025.5"] {
            result.append(Payload(yaml: number, text: number))
        }
        let escapes: [(String, String)] = [
            (#"\0"#, "\u{0}"), (#"\a"#, "\u{7}"), (#"\b"#, "\u{8}"), (#"\t"#, "\t"), (#"\n"#, "\n"), (#"\v"#, "\u{B}"),
            (#"\f"#, "\u{C}"), (#"\r"#, "\r"), (#"\e"#, "\u{1B}"), (#"\e[2J"#, "\u{1B}[2J"), (#"\""#, "\""), (#"\/"#, "/"),
            (#"\\"#, "\\"), (#"\N"#, "\u{85}"), (#"\_"#, "\u{A0}"), (#"\L"#, "\u{2028}"), (#"\P"#, "\u{2029}"),
            (#"\x0B"#, "\u{B}"), (#"\x9B"#, "\u{9B}"), (#"\x41"#, "A"), (#"\uFFFE"#, "\u{FFFE}"), (#"\uFFFF"#, "\u{FFFF}"),
            (#"\u00e9"#, "é"), (#"\U0001F600"#, "😀"), (#"\uFDD0"#, Self.scalar(0xFDD0)), (#"\U0010FFFF"#, Self.scalar(0x10FFFF)),
        ]
        for (escape, character) in escapes {
            result.append(Payload(yaml: "\"Muy \(escape) importante\"", text: "Muy \(character) importante"))
        }
        for raw in ["\u{A0}", "\u{201C}", "\u{201D}", "\u{2019}", "\u{200B}", "\u{FEFF}"] {
            result.append(Payload(yaml: "\"texto\(raw)pegado\"", text: "texto\(raw)pegado"))
        }
        result.append(Payload(yaml: "web #gobdigital y su centro", text: "web #gobdigital y su centro"))
        result.append(Payload(yaml: "\"***Muy importante***\"", text: "***Muy importante***"))
        result.append(Payload(yaml: "\"<b>negrita</b> & <script>\"", text: "<b>negrita</b> & <script>"))
        return result
    }()

    static func scalar(_ value: UInt32) -> String {
        Unicode.Scalar(value).map { String(Character($0)) } ?? ""
    }

    /// Every text and number the model holds.
    static func values(of value: Any, into texts: inout Set<String>, _ numbers: inout Set<Double>) {
        switch value {
        case let text as String: texts.insert(text)
        case let number as Int: numbers.insert(Double(number))
        case let number as Double: numbers.insert(number)
        default:
            for child in Mirror(reflecting: value).children { values(of: child.value, into: &texts, &numbers) }
        }
    }

    @Test func everyPayloadInEveryFieldIsKeptOrReportedAtItsLine() async throws {
        await propertyCheck(
            count: PropertyCount.cases(150), input: TextGenerators.element(of: Self.slots), TextGenerators.element(of: Self.payloads)
        ) { slot, payload in
            var files: [InputFile: [UInt8]] = [:]
            for file in Self.files {
                var lines = Self.sample(file)
                if file == slot.file {
                    let line = Array(lines[slot.line])
                    // A comment after a value inside «{ }» would cut the mapping: only at line ends.
                    let typed = !slot.endsLine && payload.yaml.contains(" #") ? "\"\(payload.text)\"" : payload.yaml
                    lines[slot.line] = String(line[..<slot.range.lowerBound]) + typed + String(line[slot.range.upperBound...])
                }
                files[file] = Array(lines.joined(separator: "\n").utf8)
            }
            let loaded = WorkspaceLoader.load(files: files, directory: TestPaths.servicio)
            let here = loaded.diagnostics.filter {
                $0.location?.file.hasSuffix(slot.file.rawValue) == true && $0.location?.line == slot.line + 1
            }
            guard here.isEmpty else { return }
            #expect(loaded.diagnostics.allSatisfy { $0.severity != .error }, "\(slot) \(payload): \(loaded.diagnostics.map { $0.headline(.es) })")
            var texts: Set<String> = []
            var numbers: Set<Double> = []
            Self.values(of: loaded.workspace as Any, into: &texts, &numbers)
            // A number field holds what the text stands for: as a number, or as a whole number ("1.200").
            let readings = [NumberReader.number(payload.text), NumberReader.integer(payload.text)].compactMap { reading -> Double? in
                if case .value(let value) = reading { return value }
                return nil
            }
            #expect(texts.contains(payload.text) || readings.contains(where: numbers.contains),
                    "\(slot) \(payload): the typed value is not in the model")
        }
    }

    @Test func slotsCoverEveryInputFile() {
        #expect(Set(Self.slots.map(\.file)) == Set(Self.files))
        #expect(Self.slots.count > 300)
    }
}
